// A request handed to another named config (as an auth node hands a key's requests to the key's
// own config) is reserved exactly once and settled once, whether the hand-off comes before the
// limits node (it runs only in the config handed to) or after it (it runs in both plans: the one
// in the second plan finds the reservation and goes on, and settles it when the request ends).
import { createGateway, type Gateway, memoryQuotas } from "@aigw/engine";
import { definePlugin, handOff, type RequestRecord } from "@aigw/plugin-api";
import { manualClock } from "@aigw/testkit";
import { afterEach, expect, it } from "vitest";
import { counterKey } from "./buckets.js";
import plugin from "./index.js";
import { PRINCIPAL_HEADER, principalPlugin, testProvider } from "./testing/fixtures.js";
import { quiet, recorderPlugin, T0 } from "./testing/gateway.js";
import { windowAt } from "./windows.js";

/** Hands every request of the main pipeline to `configs.red`. */
const handPlugin = definePlugin({
  manifest: {
    name: "test-hand",
    kind: "transform",
    version: "0",
    engine: "^0.1.0",
    hooks: ["request"],
    configSchema: { type: "object" },
  },
  create: () => ({
    request: (ctx) => (ctx.config === "default" ? handOff("red") : undefined),
  }),
});

let gateway: Gateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

async function boot(mainNodes: object[]) {
  const clock = manualClock(T0);
  const quotas = memoryQuotas(() => clock.now());
  const provider = testProvider();
  const records: RequestRecord[] = [];
  const recorder = recorderPlugin(records);
  gateway = await createGateway({
    config: {
      pipeline: { nodes: [...mainNodes, { id: "llm", plugin: "test-llm" }] },
      configs: {
        red: {
          nodes: [
            { id: "auth", plugin: "test-principal" },
            { id: "limits", plugin: "limits-quota", needs: ["auth"] },
            { id: "log", plugin: "test-recorder" },
            { id: "llm", plugin: "test-llm" },
          ],
        },
      },
    },
    plugins: [principalPlugin, plugin, handPlugin, recorder, provider.plugin],
    services: { logger: quiet, clock, quotas },
  });
  const g = gateway;
  const minute = windowAt("minute", T0).id;
  return {
    records,
    provider,
    chat: async (principal: object) => {
      const response = await g.fetch(
        new Request("http://gw/v1/chat/completions", {
          method: "POST",
          headers: { "content-type": "application/json", [PRINCIPAL_HEADER]: JSON.stringify(principal) },
          body: JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: "hello" }] }),
        }),
      );
      await response.arrayBuffer();
      await g.idle();
      return response.status;
    },
    counter: async (kind: "rpm" | "tpm", id: string) =>
      (await quotas.read([counterKey("limits", kind, "key", id, minute)]))[0],
  };
}

const caller = (id: string) => ({
  keyId: id,
  quotas: [{ scope: "key", id, requestsPerMinute: 3, tokensPerMinute: 1_000_000 }],
});

it.each([
  [
    "before the limits node",
    [
      { id: "auth", plugin: "test-principal" },
      { id: "hand", plugin: "test-hand", needs: ["auth"] },
      { id: "limits", plugin: "limits-quota", needs: ["hand"] },
    ],
  ],
  [
    "after the limits node",
    [
      { id: "auth", plugin: "test-principal" },
      { id: "limits", plugin: "limits-quota", needs: ["auth"] },
      { id: "hand", plugin: "test-hand", needs: ["limits"] },
    ],
  ],
])("reserves and settles a handed-over request once, handed %s", async (_where, nodes) => {
  const g = await boot(nodes);
  const statuses: number[] = [];
  for (let i = 0; i < 5; i++) statuses.push(await g.chat(caller("k1")));
  expect(statuses).toEqual([200, 200, 200, 429, 429]);
  expect(g.provider.calls()).toBe(3);
  expect(g.records.every((record) => record.config === "red")).toBe(true);
  expect(await g.counter("rpm", "k1")).toBe(3);
  // Settled from each record's real usage (1,500 tokens an answer), not left at the estimate.
  expect(await g.counter("tpm", "k1")).toBe(3 * 1_500);
});
