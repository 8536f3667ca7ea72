/**
 * Chaos: two real HTTP upstreams that randomly answer 429/500/503, reset connections, stall, cut
 * streams before their first event or after their role chunk, or answer 200 with broken JSON, a
 * broken first stream event or an error body, load-balanced behind a fallback to a healthy upstream.
 * 10,000 requests (half streamed, 64 at a time): every one must be answered with exactly its
 * own nonce, once (nothing lost, nothing duplicated into the client's answer).
 */
import { createGateway } from "@aigw/engine";
import {
  type FakeUpstream,
  json,
  RawSse,
  type RecordedRequest,
  type Reply,
  reset,
  sse,
  stall,
  startFakeUpstream,
} from "@aigw/testkit";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { plugins } from "./index.js";
import { silentLogger } from "./testing/harness.js";
import { wireProvider } from "./testing/wire-provider.js";

const TOTAL = 10_000;
const CONCURRENCY = 64;

function nonceOf(request: RecordedRequest): { nonce: string; stream: boolean } {
  const body = request.json<{ messages: { content: string }[]; stream?: boolean }>();
  return { nonce: body.messages[0]!.content, stream: body.stream === true };
}

function healthy(request: RecordedRequest): Reply {
  const { nonce, stream } = nonceOf(request);
  if (!stream)
    return json(200, {
      id: "c",
      object: "chat.completion",
      choices: [{ index: 0, message: { role: "assistant", content: nonce }, finish_reason: "stop" }],
    });
  const third = Math.ceil(nonce.length / 3);
  const parts = [nonce.slice(0, third), nonce.slice(third, 2 * third), nonce.slice(2 * third)];
  return sse(
    parts.map((content) => ({
      id: "c",
      object: "chat.completion.chunk",
      choices: [{ index: 0, delta: { content } }],
    })),
  );
}

const seen = { ok: 0, chaos: 0 };

function chaotic(request: RecordedRequest): Reply {
  const r = Math.random();
  if (r < 0.45) {
    seen.ok++;
    return healthy(request);
  }
  seen.chaos++;
  if (r < 0.55) return json(429, { error: { message: "slow down" } }, { "retry-after": "0" });
  if (r < 0.65) return json(500, { error: { message: "boom" } });
  if (r < 0.7) return json(503, { error: { message: "overloaded" } });
  if (r < 0.76) return reset();
  if (r < 0.8) return stall();
  if (r < 0.84) return reset({ afterHeaders: true });
  if (r < 0.88) return sse([], { done: false, ending: "reset" });
  if (r < 0.91) return sse([], { done: false, ending: "stall" });
  // 200s that are broken: they must fail like any other fault, never reach the client.
  const { stream } = nonceOf(request);
  if (r < 0.94)
    return stream
      ? sse([new RawSse('data: {"choices":[{"delta":{"con\n\n')], { done: false })
      : json(200, '{"id":"c","object":"chat.completion","choices":[{"index":0,"mess');
  if (r < 0.97)
    return stream
      ? sse([ROLE], { done: false, ending: "reset" })
      : json(200, { error: { message: "an error inside a 200" } });
  return stream ? sse([ROLE], { done: false, ending: "stall" }) : json(200, "<html>Bad gateway</html>");
}

/** An opening chunk with the role only: not yet an answer. */
const ROLE = {
  id: "c",
  object: "chat.completion.chunk",
  choices: [{ index: 0, delta: { role: "assistant" } }],
};

let upstreams: FakeUpstream[] = [];

beforeAll(async () => {
  upstreams = await Promise.all([
    startFakeUpstream(chaotic),
    startFakeUpstream(chaotic),
    startFakeUpstream(healthy),
  ]);
});
afterAll(async () => {
  await Promise.all(upstreams.map((u) => u.close()));
});

function contentOf(text: string, stream: boolean): string {
  if (!stream)
    return (JSON.parse(text) as { choices: { message: { content: string } }[] }).choices[0]!.message.content;
  const events = text.split("\n\n").filter((e) => e.startsWith("data: "));
  expect(events.at(-1)).toBe("data: [DONE]");
  return events
    .slice(0, -1)
    .map((e) => {
      const data = JSON.parse(e.slice(6)) as { error?: unknown; choices: { delta: { content?: string } }[] };
      expect(data.error).toBeUndefined();
      return data.choices[0]?.delta.content ?? "";
    })
    .join("");
}

describe("chaos", () => {
  test("10,000 requests through flaky upstreams are each answered once with their own content", async () => {
    const [c1, c2, good] = upstreams as [FakeUpstream, FakeUpstream, FakeUpstream];
    const gateway = await createGateway({
      config: {
        pipeline: {
          nodes: [
            // The top breaker would soon shield the pool (that is its job); off, so chaos is exercised.
            {
              id: "top",
              plugin: "router-fallback",
              targets: ["pool", "good"],
              config: { breaker: { enabled: false } },
            },
            {
              id: "pool",
              plugin: "router-loadbalance",
              targets: ["c1", "c2"],
              config: {
                retry: { attempts: 1, baseMs: 1, capMs: 5 },
                timeouts: { attemptMs: 150, totalMs: 400 },
                breaker: { minRequests: 20, failureRatio: 0.7, cooldownMs: 200, windowMs: 2000 },
              },
            },
            { id: "c1", plugin: "wire-openai", config: { url: c1.url } },
            { id: "c2", plugin: "wire-openai", config: { url: c2.url } },
            { id: "good", plugin: "wire-openai", config: { url: good.url } },
          ],
        },
        logging: { level: "silent" },
      },
      plugins: [...plugins, wireProvider],
      services: { logger: silentLogger() },
    });
    const t0 = performance.now();
    const failures: string[] = [];
    const answered = new Set<string>();
    let next = 0;
    const worker = async () => {
      while (next < TOTAL) {
        const i = next++;
        const nonce = `nonce-${i}-${Math.random().toString(36).slice(2, 8)}`;
        const stream = i % 2 === 0;
        const response = await gateway.fetch(
          new Request("http://gw/v1/chat/completions", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ model: "m", stream, messages: [{ role: "user", content: nonce }] }),
          }),
        );
        const text = await response.text();
        try {
          expect(response.status).toBe(200);
          expect(contentOf(text, stream)).toBe(nonce);
          expect(answered.has(nonce)).toBe(false);
          answered.add(nonce);
        } catch (error) {
          failures.push(
            `${i} (${stream ? "stream" : "json"}): ${response.status} ${text.slice(0, 200)} ${error}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - t0) / 1000;
    await gateway.close();
    console.log(
      `chaos: ${TOTAL} requests in ${seconds.toFixed(1)} s; chaotic upstream replies: ${seen.ok} good, ${seen.chaos} faulty; healthy upstream served ${good.requests.length}`,
    );
    expect(failures.slice(0, 5)).toEqual([]);
    expect(answered.size).toBe(TOTAL);
    expect(seen.chaos).toBeGreaterThan(1000);
  }, 120_000);
});
