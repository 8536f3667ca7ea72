/**
 * The terminal's checks through the gateway: a provider's broken 200 is a failed call (502, in
 * the route record, seen by a router as a thrown error), a stream is held until its first
 * content inside the call (so the node's timeout covers that wait), and a router given such a
 * failure moves on so the client gets the next target's clean answer.
 */
import { describe, expect, test } from "vitest";
import { settled, testGateway } from "../testing/harness.js";

const chat = (extra: Record<string, unknown> = {}) => ({
  model: "test-model",
  messages: [{ role: "user", content: "hi" }],
  ...extra,
});

describe("the terminal's checks", () => {
  test("a node's timeout covers a stream's wait for its first content", async () => {
    const t = await testGateway({
      pipeline: {
        nodes: [
          { id: "rec", plugin: "probe" },
          {
            id: "llm",
            plugin: "scripted-provider",
            timeoutMs: 50,
            config: { chunks: ["late"], chunkDelayMs: 2000 },
          },
        ],
      },
    });
    const started = performance.now();
    const response = await t.chat(chat({ stream: true }));
    expect(response.status).toBe(504);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await response.json()).toMatchObject({ error: { code: "plugin_timeout" } });
    await settled(t.gateway);
    const record = t.journal.finished.get("rec")!;
    expect(record.attempts).toMatchObject([{ target: "llm", status: 504, error: "plugin_timeout" }]);
    expect(record.timings.nodes.find((x) => x.node === "llm" && x.hook === "call")?.outcome).toBe("timeout");
  });

  test("a stream that fails before any content is a 502 answer, recorded on the attempt", async () => {
    const t = await testGateway({
      pipeline: {
        nodes: [
          { id: "rec", plugin: "probe" },
          { id: "llm", plugin: "scripted-provider", config: { chunks: ["a"], cutAfter: 0 } },
        ],
      },
    });
    const response = await t.chat(chat({ stream: true }));
    expect(response.status).toBe(502);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("upstream_error");
    expect(body.error.message).toContain("scripted-provider");
    await settled(t.gateway);
    const record = t.journal.finished.get("rec")!;
    expect(record).toMatchObject({
      status: 502,
      outcome: "error",
      error: { code: "upstream_error", node: "llm" },
    });
    expect(record.attempts).toMatchObject([{ target: "llm", status: 502, error: "upstream_error" }]);
    expect(record.annotations.servedBy).toBeUndefined();
  });

  test("a router sees the failure and moves on; the client gets the next target's clean stream", async () => {
    const t = await testGateway({
      pipeline: {
        nodes: [
          { id: "rec", plugin: "probe" },
          { id: "r", plugin: "test-router", targets: ["bad", "good"], config: { strategy: "fallback" } },
          { id: "bad", plugin: "scripted-provider", config: { chunks: ["x"], cutAfter: 0 } },
          { id: "good", plugin: "scripted-provider", config: { chunks: ["fine"] } },
        ],
      },
    });
    const response = await t.chat(chat({ stream: true }));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-aigw-route")).toBe("bad:502,good:200");
    const text = await response.text();
    expect(text).toContain('"content":"fine"');
    expect(text).not.toContain("error");
    expect(text.trimEnd().endsWith("data: [DONE]")).toBe(true);
    await settled(t.gateway);
    expect(t.journal.finished.get("rec")!.annotations.servedBy?.node).toBe("good");
  });
});
