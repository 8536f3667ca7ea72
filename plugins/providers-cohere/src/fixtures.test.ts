/**
 * Replays the streams published in Cohere's documentation (src/__fixtures__, each file says
 * where it came from) through the real engine: whole, one SSE event per write, one byte per
 * write, and split at arbitrary byte boundaries (fast-check). Every way gives the same OpenAI
 * chunks, and those chunks say what the documented stream says.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { byteParts, bytes, forAnySplit, sseEventParts } from "@aigw/testkit";
import { type AssembledStream, assembleStream } from "@aigw/testkit/conformance";
import { afterEach, describe, expect, it } from "vitest";
import { chatBody, type Harness, harness, NOW_MS } from "./testing/harness.js";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))));

const TEXT = fixture("chat-v2-reference-text.sse");
const TOOLS = fixture("chat-v2-guide-tool-calls.sse");
const CITATIONS = fixture("chat-v2-guide-citations.sse");

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const serve = (parts: Uint8Array[]) => bytes(200, "text/event-stream", parts);

async function replay(parts: Uint8Array[], extra: Record<string, unknown> = {}): Promise<AssembledStream> {
  h!.upstream.setScript(serve(parts));
  const response = await h!.post(
    "/v1/chat/completions",
    chatBody({ stream: true, stream_options: { include_usage: true }, ...extra }),
  );
  expect(response.status).toBe(200);
  return assembleStream(response);
}

describe.each([
  ["the API reference's text stream", TEXT],
  ["the tool-use guide's tool-call stream", TOOLS],
  ["the tool-use guide's cited answer stream", CITATIONS],
])("recorded stream: %s", (_name, body) => {
  it("translates the same whole, per event, per byte and split at arbitrary byte boundaries", async () => {
    h = await harness(serve([body]));
    const whole = await replay([body]);
    expect(whole.error).toBeUndefined();
    expect(whole.done).toBe(true);
    expect(sseEventParts(body).length).toBeGreaterThan(5);
    expect((await replay(sseEventParts(body))).events).toEqual(whole.events);
    expect((await replay(byteParts(body))).events).toEqual(whole.events);
    const gw = h;
    await forAnySplit(body, { maxCuts: 24, numRuns: 40 }, async (parts) => {
      gw.upstream.setScript(serve(parts));
      const out = await assembleStream(
        await gw.post(
          "/v1/chat/completions",
          chatBody({ stream: true, stream_options: { include_usage: true } }),
        ),
      );
      expect(out.events).toEqual(whole.events);
    });
  }, 60_000);
});

describe("what the recorded streams say", () => {
  it("reference text stream: text, stop, billed usage, Cohere's id on every chunk", async () => {
    h = await harness(serve([TEXT]));
    const out = await replay([TEXT]);
    expect(out.role).toBe("assistant");
    expect(out.content).toBe("Hello! How can I help you today?");
    expect(out.finishReason).toBe("stop");
    expect(out.usage).toEqual({ prompt_tokens: 3, completion_tokens: 9, total_tokens: 12 });
    for (const chunk of out.chunks) {
      expect(chunk).toMatchObject({
        id: "29f14a5a-11de-4cae-9800-25e4747408ea",
        object: "chat.completion.chunk",
        created: NOW_MS / 1000,
        model: "command-a-03-2025",
      });
    }
    // The last chunk before [DONE] is the usage chunk, with no choices.
    expect(out.chunks.at(-1)).toMatchObject({ choices: [], usage: { total_tokens: 12 } });
  });

  it("tool-call stream: two calls with their streamed arguments, the tool plan kept out of content", async () => {
    h = await harness(serve([TOOLS]));
    const out = await replay([TOOLS]);
    expect(out.content).toBe("");
    expect(out.events.join("\n")).not.toContain("I will search");
    expect(out.finishReason).toBe("tool_calls");
    expect(out.toolCalls).toEqual([
      { id: "get_weather_p1t92w7gfgq7", name: "get_weather", arguments: '{\n    "location": "Madrid"\n}' },
      { id: "get_weather_ay6nmvjgp9vn", name: "get_weather", arguments: '{\n    "location": "Brasilia"\n}' },
    ]);
    expect(out.toolCalls.map((c) => JSON.parse(c.arguments))).toEqual([
      { location: "Madrid" },
      { location: "Brasilia" },
    ]);
    expect(out.usage).toEqual({ prompt_tokens: 37, completion_tokens: 28, total_tokens: 65 });
  });

  it("cited answer stream: multi-byte text intact, citations add nothing", async () => {
    h = await harness(serve([CITATIONS]));
    const out = await replay(byteParts(CITATIONS));
    expect(out.content).toBe("It is currently 24°C in Madrid and 28°C in Brasilia.");
    expect(out.finishReason).toBe("stop");
    expect(out.events.join("\n")).not.toContain("get_weather_m3kdvxncg1p8");
    expect(out.usage).toEqual({ prompt_tokens: 87, completion_tokens: 19, total_tokens: 106 });
  });

  it("uses the model's processed tokens instead when usageSource is tokens", async () => {
    h = await harness(serve([TEXT]), { config: { usageSource: "tokens" } });
    const out = await replay([TEXT]);
    expect(out.usage).toEqual({ prompt_tokens: 69, completion_tokens: 9, total_tokens: 78 });
  });

  it("each recorded stream cut short ends in an error event, never [DONE]", async () => {
    h = await harness(serve([TEXT]));
    for (const body of [TEXT, TOOLS, CITATIONS]) {
      // Everything before the final event (message-end), then the connection drops.
      const text = new TextDecoder().decode(body);
      const cut = new TextEncoder().encode(text.slice(0, text.lastIndexOf("event: ")));
      h.upstream.setScript(bytes(200, "text/event-stream", [cut], { cut: true }));
      const out = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
      expect(out.done).toBe(false);
      expect(out.error).toMatchObject({ type: "server_error" });
    }
  });
});
