/**
 * @aigw/auth-virtual-key: virtual keys for the gateway's clients. The `request` hook resolves
 * the presented key from memory, refuses what it may not do (401 for an unknown, revoked or
 * expired key, 403 for a model, endpoint or config outside its scope), sets the principal and
 * applies the key's default config. The `serve` hook is the admin API: keys, teams, users,
 * provider credentials (an encrypted vault, registered as `services.credentials`), admin tokens
 * with roles (registered as `services.admins`) and the audit log.
 */
import { definePlugin } from "@aigw/plugin-api";
import { adminServer, servedRoutes } from "./admin/serve.js";
import { authenticator } from "./authenticate.js";
import type { VirtualKeyAuthConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { startRuntime } from "./runtime.js";

export type { VirtualKeyAuthConfig } from "./config.gen.js";
export { KEY_PREFIX } from "./secrets.js";

export default definePlugin({
  manifest: {
    name: "auth-virtual-key",
    kind: "auth",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["request", "serve"],
    services: ["clock", "env", "bus", "stores", "credentials", "admins"],
    configSchema,
    configValidator: validateConfig,
    serves: servedRoutes(),
    description:
      "Virtual keys (hashed, scoped, with owners, limits and budgets), an encrypted vault of provider credentials, admin tokens with roles and the admin API.",
  },
  async create(config: VirtualKeyAuthConfig, init) {
    const runtime = await startRuntime(config, init);
    return {
      request: authenticator(runtime.directory, init.services.clock),
      serve: adminServer(runtime.admin),
      close: () => runtime.release(),
    };
  },
});
