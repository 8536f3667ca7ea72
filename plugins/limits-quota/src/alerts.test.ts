// Budget alerts through two gateways sharing one quota store: each crossing of an alert fraction
// is POSTed once in all, whichever instance saw it, and a failed delivery is retried.
import { memoryQuotas } from "@aigw/engine";
import { json, sequence, startFakeUpstream } from "@aigw/testkit";
import { afterEach, expect, it } from "vitest";
import { T0, type TestGateway, testGateway } from "./testing/gateway.js";

const open: TestGateway[] = [];
afterEach(async () => {
  for (const g of open.splice(0)) await g.gateway.close();
});

it("fires each crossing once across instances, retrying a failed delivery", async () => {
  const hook = await startFakeUpstream(sequence(json(503, {}), json(200, {}), json(200, {}), json(200, {})));
  try {
    const shared = memoryQuotas(() => T0);
    const config = {
      alerts: {
        webhook: { url: `${hook.url}/alerts`, headers: { authorization: "Bearer hook" }, retries: 2 },
      },
    };
    const a = await testGateway(config, { quotas: shared });
    const b = await testGateway(config, { quotas: shared });
    open.push(a, b);
    const caller = {
      keyId: "k",
      team: "t",
      quotas: [{ scope: "team", id: "t", budget: { limitUsd: 0.02, period: "daily", alertAt: [0.5, 0.9] } }],
    };
    // $0.0075 each: after two, 75 % (crosses 0.5); after three, 112 % (crosses 0.9).
    for (const [i, g] of [a, b, a, b].entries()) {
      const response = await g.chat(caller, { body: { max_tokens: 10 } });
      expect(response.status, `request ${i}`).toBe(i < 3 ? 200 : 429);
      await g.gateway.idle();
    }
    await a.gateway.close();
    await b.gateway.close();
    open.length = 0;
    const bodies = hook.requests.map((r) => r.json() as { fraction: number; scope: string; id: string });
    // The first delivery failed (503) and was retried: three requests for two alerts.
    expect(hook.requests).toHaveLength(3);
    expect(hook.requests[0]!.headers.authorization).toBe("Bearer hook");
    // The retry of 0.5 came half a second later, after 0.9 had gone out.
    expect(bodies.map((body) => body.fraction)).toEqual([0.5, 0.9, 0.5]);
    expect(bodies[1]).toMatchObject({
      type: "budget.threshold",
      scope: "team",
      id: "t",
      period: "daily",
      limitUsd: 0.02,
      thresholdUsd: 0.018,
      spentUsd: 0.0225,
    });
  } finally {
    await hook.close();
  }
});
