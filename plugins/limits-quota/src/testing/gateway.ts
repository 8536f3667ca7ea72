/**
 * A gateway for the tests (excluded from the build): the test principal, the limits node, a
 * recorder of finished records and the test provider, on a clock the test moves and quotas in
 * memory on the same clock (or the quotas the test passes).
 */
import { createGateway, type Gateway, memoryQuotas } from "@aigw/engine";
import { definePlugin, type Logger, type Quotas, type RequestRecord } from "@aigw/plugin-api";
import { type ManualClock, manualClock } from "@aigw/testkit";
import plugin from "../index.js";
import { PRINCIPAL_HEADER, principalPlugin, type TestProvider, testProvider } from "./fixtures.js";

export const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => quiet };

export interface TestGateway {
  gateway: Gateway;
  clock: ManualClock;
  quotas: Quotas;
  provider: TestProvider;
  records: RequestRecord[];
  /** POSTs a chat completion as `principal`, with extra headers and body fields. */
  chat(
    principal: object | undefined,
    options?: { headers?: Record<string, string>; body?: object; stream?: boolean },
  ): Promise<Response>;
  admin(path: string, token?: string): Promise<Response>;
}

/** A minute boundary plus 10 s: tests have 50 s before the window turns. */
export const T0 = Date.UTC(2025, 5, 10, 12, 0, 10);

/** A logger keeping every finished record in `records`. */
export function recorderPlugin(records: RequestRecord[]) {
  return definePlugin({
    manifest: {
      name: "test-recorder",
      kind: "logger",
      version: "0",
      engine: "^0.1.0",
      hooks: ["finish"],
      configSchema: { type: "object" },
    },
    create: () => ({
      finish(record) {
        records.push(record);
      },
    }),
  });
}

export async function testGateway(
  limitsConfig: object = {},
  options: { quotas?: Quotas; logger?: Logger; env?: Record<string, string> } = {},
): Promise<TestGateway> {
  const clock = manualClock(T0);
  const quotas = options.quotas ?? memoryQuotas(() => clock.now());
  const provider = testProvider();
  const records: RequestRecord[] = [];
  const recorder = recorderPlugin(records);
  const gateway = await createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "auth", plugin: "test-principal" },
          { id: "limits", plugin: "limits-quota", needs: ["auth"], config: limitsConfig },
          { id: "log", plugin: "test-recorder" },
          { id: "llm", plugin: "test-llm" },
        ],
      },
    },
    plugins: [principalPlugin, plugin, recorder, provider.plugin],
    services: { logger: options.logger ?? quiet, clock, quotas },
    env: { AIGW_ADMIN_TOKEN: "admin-token", ...options.env },
  });
  return {
    gateway,
    clock,
    quotas,
    provider,
    records,
    chat(principal, o = {}) {
      const headers: Record<string, string> = { "content-type": "application/json", ...o.headers };
      if (principal) headers[PRINCIPAL_HEADER] = JSON.stringify(principal);
      return gateway.fetch(
        new Request("http://gw/v1/chat/completions", {
          method: "POST",
          headers,
          body: JSON.stringify({
            model: "gpt-4o",
            messages: [{ role: "user", content: "hello" }],
            ...(o.stream ? { stream: true } : {}),
            ...o.body,
          }),
        }),
      );
    },
    admin: (path, token = "admin-token") =>
      gateway.fetch(new Request(`http://gw${path}`, { headers: { authorization: `Bearer ${token}` } })),
  };
}
