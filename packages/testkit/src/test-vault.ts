/**
 * A stand-in credential vault for tests: a plugin that registers a `Map` the test owns as the
 * gateway's credential source, so a test changes a value (a rotation) or removes it between
 * requests. No encryption, no persistence: only the `services.credentials` contract.
 */
import { definePlugin, type Plugin } from "@aigw/plugin-api";

export const TEST_VAULT_PLUGIN = "test-vault";

/** The vault plugin (node config `{}`), reading from `values` on every lookup. */
export function testVault(values: ReadonlyMap<string, string>): Plugin<never> {
  return definePlugin({
    manifest: {
      name: TEST_VAULT_PLUGIN,
      kind: "observer",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: [],
      services: ["credentials"],
      configSchema: { type: "object", additionalProperties: false },
    },
    create(_config: Record<string, never>, init) {
      init.services.credentials.register({ get: (name) => values.get(name) });
      return {};
    },
  }) as Plugin<never>;
}
