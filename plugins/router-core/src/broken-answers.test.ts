/**
 * Upstreams that answer 200 with something broken, behind the routers, through the real engine
 * and real HTTP upstreams: JSON cut short, a stream whose first event is not JSON, a stream cut
 * before its first content. Each is a failed attempt (502 upstream_error): retried, sent to the
 * fallback, counted by the breaker, in the route record; the client sees only the good answer.
 * A stream cut after its content went out is the client's: an error event, no retry.
 */
import { createGateway, type Gateway } from "@aigw/engine";
import {
  chatChunks,
  chatCompletion,
  collectSse,
  type FakeUpstream,
  json,
  RawSse,
  type Reply,
  type Script,
  sequence,
  sse,
  startFakeUpstream,
} from "@aigw/testkit";
import { afterEach, describe, expect, test } from "vitest";
import { plugins } from "./index.js";
import { silentLogger } from "./testing/harness.js";
import { type ObservedRequest, recorder } from "./testing/scripted.js";
import { wireProvider } from "./testing/wire-provider.js";

const GOOD = JSON.stringify(chatCompletion({ content: "from a good answer" }));
const CUT_JSON = json(200, GOOD.slice(0, 50));
const CHUNKS = chatChunks(["Hello", " there"]);
const GOOD_STREAM = sse(CHUNKS);
const NOT_JSON_FIRST = sse([new RawSse('data: {"choices":[{"delta":{"cont\n\n'), ...CHUNKS]);
const CUT_BEFORE_CONTENT = sse([chatChunks([])[0]!], { done: false, ending: "reset" });
const CUT_AFTER_CONTENT = sse(CHUNKS.slice(0, 1), { done: false, ending: "reset" });

let upstreams: FakeUpstream[] = [];
let gateway: Gateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
  await Promise.all(upstreams.map((u) => u.close()));
  upstreams = [];
});

/** A fallback router over targets `a` and `b`, each a real upstream answering by its script. */
async function behindFallback(a: Script, b: Script, router: Record<string, unknown> = {}) {
  upstreams = await Promise.all([startFakeUpstream(a), startFakeUpstream(b)]);
  const [ua, ub] = upstreams as [FakeUpstream, FakeUpstream];
  const records = new Map<string, ObservedRequest>();
  const gw = await createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "rec", plugin: "recorder" },
          { id: "r", plugin: "router-fallback", targets: ["a", "b"], config: router },
          { id: "a", plugin: "wire-openai", config: { url: ua.url } },
          { id: "b", plugin: "wire-openai", config: { url: ub.url } },
        ],
      },
      logging: { level: "silent" },
    },
    plugins: [...plugins, wireProvider, recorder(records)],
    services: { logger: silentLogger() },
  });
  gateway = gw;
  const send = async (stream = false) => {
    const response = await gw.fetch(
      new Request("http://gw/v1/chat/completions", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ model: "m", stream, messages: [{ role: "user", content: "hi" }] }),
      }),
    );
    const text = await response.text();
    await gw.idle();
    return { response, text, record: records.get(response.headers.get("x-request-id")!)! };
  };
  return { a: ua, b: ub, send };
}

const NO_RETRY = { retry: { attempts: 0 }, breaker: { enabled: false } };

describe("a 200 with JSON cut short", () => {
  test("is retried on the same target, and the retry's answer is sent", async () => {
    const gw = await behindFallback(sequence(CUT_JSON, json(200, GOOD)), json(200, GOOD), {
      retry: { attempts: 1, baseMs: 0 },
      breaker: { enabled: false },
    });
    const { response, text, record } = await gw.send();
    expect(response.status).toBe(200);
    expect(text).toBe(GOOD);
    expect(response.headers.get("x-aigw-route")).toBe("a:502,a:200");
    expect(gw.a.requests).toHaveLength(2);
    expect(gw.b.requests).toHaveLength(0);
    expect(record.tags["r.retries"]).toBe(1);
    expect(record.attempts.map((r) => r.error)).toEqual(["upstream_error", undefined]);
  });

  test("moves on to the fallback, whose answer is sent; the route shows both attempts", async () => {
    const gw = await behindFallback(CUT_JSON, json(200, GOOD), NO_RETRY);
    const { response, text, record } = await gw.send();
    expect(response.status).toBe(200);
    expect(text).toBe(GOOD);
    expect(response.headers.get("x-aigw-route")).toBe("a:502,b:200");
    expect(response.headers.get("x-aigw-attempts")).toBe("2");
    expect(response.headers.get("x-aigw-target")).toBe("b");
    expect(record.outcome).toBe("ok");
    expect(record.attempts).toMatchObject([
      { target: "a", status: 502, error: "upstream_error" },
      { target: "b", status: 200 },
    ]);
    expect(record.annotations.servedBy?.node).toBe("b");
  });

  test("is counted by the breaker: after enough of them the target is skipped", async () => {
    const gw = await behindFallback(CUT_JSON, json(200, GOOD), {
      retry: { attempts: 0 },
      breaker: { minRequests: 2, failureRatio: 0.5, cooldownMs: 60_000 },
    });
    for (let i = 0; i < 2; i++)
      expect((await gw.send()).response.headers.get("x-aigw-route")).toBe("a:502,b:200");
    const third = await gw.send();
    expect(third.response.status).toBe(200);
    expect(third.response.headers.get("x-aigw-route")).toBe("b:200");
    expect(third.record.tags["r.skipped"]).toEqual(["a"]);
    expect(gw.a.requests).toHaveLength(2);
  });

  test("with nothing to fall back to, is the client's 502 upstream_error, logged as an error", async () => {
    const gw = await behindFallback(CUT_JSON, CUT_JSON, NO_RETRY);
    const { response, text, record } = await gw.send();
    expect(response.status).toBe(502);
    expect(JSON.parse(text)).toMatchObject({ error: { code: "upstream_error", type: "server_error" } });
    expect(response.headers.get("x-aigw-route")).toBe("a:502,b:502");
    expect(record).toMatchObject({ status: 502, outcome: "error", error: { code: "upstream_error" } });
  });
});

describe("a stream that fails before its first content", () => {
  test.each<[string, Reply]>([
    ["whose first data line is not JSON", NOT_JSON_FIRST],
    ["cut after its role chunk", CUT_BEFORE_CONTENT],
  ])("%s falls back; the client sees a clean stream from the second target", async (_name, broken) => {
    const gw = await behindFallback(broken, GOOD_STREAM, NO_RETRY);
    const { response, text, record } = await gw.send(true);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-aigw-route")).toBe("a:502,b:200");
    expect(await collectSse(new Response(text))).toEqual([...CHUNKS.map((c) => JSON.stringify(c)), "[DONE]"]);
    expect(record.outcome).toBe("ok");
    expect(record.attempts).toMatchObject([
      { target: "a", status: 502, error: "upstream_error" },
      { target: "b", status: 200 },
    ]);
  });

  test.each<[string, Reply]>([
    ["whose first data line is not JSON", NOT_JSON_FIRST],
    ["cut after its role chunk", CUT_BEFORE_CONTENT],
  ])("%s is retried on the same target", async (_name, broken) => {
    const gw = await behindFallback(sequence(broken, GOOD_STREAM), GOOD_STREAM, {
      retry: { attempts: 1, baseMs: 0 },
      breaker: { enabled: false },
    });
    const { response, text } = await gw.send(true);
    expect(response.headers.get("x-aigw-route")).toBe("a:502,a:200");
    expect(await collectSse(new Response(text))).toEqual([...CHUNKS.map((c) => JSON.stringify(c)), "[DONE]"]);
    expect(gw.b.requests).toHaveLength(0);
  });
});

describe("a stream cut after its first content", () => {
  test("is the client's: its content, then an error event, never [DONE]; not retried, no fallback", async () => {
    const gw = await behindFallback(CUT_AFTER_CONTENT, GOOD_STREAM, {
      retry: { attempts: 2, baseMs: 0 },
      breaker: { enabled: false },
    });
    const { response, text, record } = await gw.send(true);
    expect(response.status).toBe(200);
    const events = await collectSse(new Response(text));
    expect(events[0]).toBe(JSON.stringify(CHUNKS[0]));
    expect(events).not.toContain("[DONE]");
    expect(JSON.parse(events.at(-1)!)).toMatchObject({ error: { code: "upstream_error" } });
    expect(gw.a.requests).toHaveLength(1);
    expect(gw.b.requests).toHaveLength(0);
    expect(record.outcome).toBe("stream_error");
  });
});
