/** Every request is observed: also refusals (unknown path, bad input, shutting down). */
import { describe, expect, test } from "vitest";
import { testGateway } from "./testing/harness.js";

describe("observers see every request", () => {
  test("unknown paths, invalid bodies and refusals while draining are recorded", async () => {
    const t = await testGateway({
      pipeline: {
        nodes: [
          { id: "watch", plugin: "probe" },
          { id: "llm", plugin: "scripted-provider" },
        ],
      },
    });
    const send = async (path: string, body: string) => {
      const response = await t.gateway.fetch(new Request(`http://gw${path}`, { method: "POST", body }));
      await response.arrayBuffer();
      await t.gateway.idle();
      return { status: response.status, record: t.journal.finished.get("watch") };
    };
    const unknown = await send("/v1/nope", "{}");
    expect(unknown.status).toBe(404);
    expect(unknown.record).toMatchObject({
      status: 404,
      outcome: "error",
      path: "/v1/nope",
      error: { code: "not_found" },
    });
    expect(unknown.record).not.toHaveProperty("endpoint");
    const invalid = await send("/v1/chat/completions", "{");
    expect(invalid.record).toMatchObject({
      status: 400,
      endpoint: "chat.completions",
      error: { code: "invalid_json" },
    });
    await t.gateway.drain(100);
    const refused = await send("/v1/chat/completions", "{}");
    expect(refused.status).toBe(503);
    expect(refused.record).toMatchObject({ status: 503, error: { code: "shutting_down" } });
  });
});

describe("the record's duration", () => {
  test("ends when the answer was handed over, not when the observers got to run", async () => {
    const t = await testGateway({
      pipeline: {
        nodes: [
          { id: "watch", plugin: "probe" },
          { id: "llm", plugin: "scripted-provider" },
        ],
      },
    });
    const response = await t.chat();
    await response.arrayBuffer();
    // Busy for 60 ms before the observers' turn comes (a loaded process): not the request's time.
    const until = performance.now() + 60;
    while (performance.now() < until) {}
    await t.gateway.idle();
    const record = t.journal.finished.get("watch")!;
    expect(record.timings.totalMs).toBeLessThan(50);
  });
});
