// The shared SSE-to-chunk stream, fed from in-memory bodies: payloads pass as their exact text
// however the bytes are split, [DONE] ends cleanly (stray whitespace tolerated), a body without
// it is a cut-off, errors inside the stream and from a rewrite end it, usage is reported.

import { type HttpResponse, isGatewayError, type Usage } from "@aigw/plugin-api";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type SseChunkStreamOptions, sseChunkStream } from "./sse-chunks.js";
import type { UpstreamExchange } from "./transport.js";

const encoder = new TextEncoder();

function exchange(parts: string[] | Uint8Array[]): UpstreamExchange & { aborted: boolean } {
  const bytes = parts.map((p) => (typeof p === "string" ? encoder.encode(p) : p));
  const ex = {
    aborted: false,
    response: {
      status: 200,
      headers: { "content-type": "text/event-stream" },
      body: (async function* () {
        for (const b of bytes) yield b;
      })(),
    } as unknown as HttpResponse,
    abort() {
      ex.aborted = true;
    },
  };
  return ex;
}

async function run(parts: string[] | Uint8Array[], options: Partial<SseChunkStreamOptions> = {}) {
  const usages: Usage[] = [];
  const texts: string[] = [];
  let error: unknown;
  try {
    for await (const chunk of sseChunkStream(exchange(parts), {
      signal: new AbortController().signal,
      label: "Upstream",
      requireDone: true,
      onUsage: (u) => usages.push(u),
      ...options,
    }))
      texts.push(chunk.text!);
  } catch (e) {
    error = e;
  }
  return { texts, usages, error };
}

const a = '{"id":"1","choices":[{"index":0,"delta":{"content":"é🦊"}}]}';
const b = '{"id":"1","choices":[],"usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}}';
const body = `data: ${a}\n\n: keep-alive\n\ndata: ${b}\n\ndata: [DONE]\n\n`;

describe("sseChunkStream", () => {
  it("yields each payload's exact text however the bytes are split, and reports usage", async () => {
    const whole = encoder.encode(body);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: whole.byteLength }), { maxLength: 10 }), async (cuts) => {
        const points = [...new Set(cuts)].filter((c) => c > 0 && c < whole.byteLength).sort((x, y) => x - y);
        const parts = [0, ...points].map((p, i) => whole.slice(p, points[i] ?? whole.byteLength));
        const out = await run(parts);
        expect(out.error).toBeUndefined();
        expect(out.texts).toEqual([a, b]);
        expect(out.usages).toEqual([{ prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 }]);
      }),
    );
  });

  it("accepts [DONE] with stray whitespace around it", async () => {
    expect((await run([`data: ${a} \n\ndata: [DONE] \n\n`])).error).toBeUndefined();
  });

  it("throws a cut-off (upstream_error) when the body ends without [DONE]", async () => {
    const out = await run([`data: ${a}\n\n`]);
    expect(out.texts).toEqual([a]);
    expect(isGatewayError(out.error) && out.error.code).toBe("upstream_error");
    expect((out.error as Error).message).toMatch(/cut off/);
  });

  it("a typed event stream may end on its final event instead", async () => {
    const done = '{"type":"transcript.text.done","text":"hi"}';
    expect((await run([`data: ${done}\n\n`], { requireDone: false })).error).toBeUndefined();
    expect(isGatewayError((await run([`data: {"type":"x.delta"}\n\n`], { requireDone: false })).error)).toBe(
      true,
    );
  });

  it("an error payload ends the stream with the upstream's error", async () => {
    const out = await run([`data: ${a}\n\ndata: {"error":{"message":"overloaded","code":503}}\n\n`]);
    expect(out.texts).toEqual([a]);
    expect(isGatewayError(out.error) && [out.error.status, out.error.message]).toEqual([503, "overloaded"]);
  });

  it("a rewrite replaces, multiplies or drops payloads, and may end the stream", async () => {
    const out = await run([`data: 1\n\ndata: 2\n\ndata: 3\n\ndata: [DONE]\n\n`], {
      rewrite: (data) => (data === "1" ? [] : data === "2" ? ["2a", "2b"] : [data]),
    });
    expect(out.texts).toEqual(["2a", "2b", "3"]);
    const failing = await run([`data: 1\n\ndata: [DONE]\n\n`], {
      rewrite: () => {
        throw new Error("not a gateway error");
      },
    });
    expect(isGatewayError(failing.error) && failing.error.code).toBe("upstream_error");
    expect((failing.error as Error).message).toBe("Upstream sent a stream event that could not be read.");
  });

  it("releases the upstream when the consumer stops early", async () => {
    const ex = exchange([`data: ${a}\n\ndata: ${a}\n\ndata: [DONE]\n\n`]);
    const stream = sseChunkStream(ex, {
      signal: new AbortController().signal,
      label: "Upstream",
      requireDone: true,
      onUsage: () => {},
    });
    await stream.next();
    await stream.return(undefined);
    expect(ex.aborted).toBe(true);
  });
});
