// Streams recorded from the real Mistral API (see __fixtures__/README.md) replayed through the
// gateway: event by event, and split at arbitrary byte boundaries, always with the same answer
// in OpenAI's shape.
import { readFileSync } from "node:fs";
import { bytes, forAnySplit, sseEventParts } from "@aigw/testkit";
import { assembleStream } from "@aigw/testkit/conformance";
import { afterEach, describe, expect, it } from "vitest";
import { chatBody, type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The fixture's bytes, its last event terminated as a server sends it. */
function fixture(name: string): Uint8Array {
  const text = readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");
  return new TextEncoder().encode(
    text.endsWith("\n\n") ? text : text.endsWith("\n") ? `${text}\n` : `${text}\n\n`,
  );
}

const serve = (parts: Uint8Array[]) => bytes(200, "text/event-stream", parts);

async function replay(
  name: string,
  request: Record<string, unknown>,
  check: (out: Awaited<ReturnType<typeof assembleStream>>) => void,
) {
  const body = fixture(name);
  h = await harness(serve(sseEventParts(body)));
  const finished = h.nextFinished();
  const reference = await assembleStream(await h.post("/v1/chat/completions", request));
  expect(reference.error).toBeUndefined();
  expect(reference.done).toBe(true);
  expect(reference.role).toBe("assistant");
  for (const chunk of reference.chunks) expect(chunk.object).toBe("chat.completion.chunk");
  check(reference);
  const record = await finished;
  const gw = h;
  await forAnySplit(body, { maxCuts: 16, numRuns: 40 }, async (parts) => {
    gw.upstream.setScript(serve(parts));
    const out = await assembleStream(await gw.post("/v1/chat/completions", request));
    expect(out.events).toEqual(reference.events);
  });
  return record;
}

describe("recorded Mistral streams", () => {
  it("a text answer cut at max_tokens: length, and the usage as its own chunk", async () => {
    const record = await replay(
      "mistral-large-stream-length.sse",
      chatBody({ stream: true, stream_options: { include_usage: true } }),
      (out) => {
        expect(out.content).toMatch(/^Coca-Cola, often referred to as Coke, is a carbonated soft drink/);
        expect(out.content.endsWith("Coca-Cola is one of the most recognizable")).toBe(true);
        expect(out.finishReason).toBe("length");
        expect(out.usage).toEqual({ prompt_tokens: 34, total_tokens: 134, completion_tokens: 100 });
        // The usage chunk comes last, with no choices, as OpenAI sends it.
        const last = out.chunks.at(-1)!;
        expect(last.choices).toEqual([]);
        // Only that one: the chunk Mistral sent it on no longer carries it.
        expect(out.chunks.filter((c) => c.usage).length).toBe(1);
      },
    );
    expect(record.annotations.usage).toEqual({
      prompt_tokens: 34,
      completion_tokens: 100,
      total_tokens: 134,
    });
  }, 60_000);

  it("a whole tool call in one delta: OpenAI's header and arguments, then tool_calls", async () => {
    await replay("mistral-large-stream-tool-call.sse", chatBody({ stream: true }), (out) => {
      expect(out.toolCalls).toEqual([{ id: "4dI1Jw6NX", name: "llm_version", arguments: "{}" }]);
      expect(out.finishReason).toBe("tool_calls");
      // No include_usage asked: no usage in any chunk.
      expect(out.usage).toBeUndefined();
      const header = out.chunks.find((c) => JSON.stringify(c).includes('"id":"4dI1Jw6NX"'))!;
      expect((header.choices as { delta: unknown }[])[0]!.delta).toEqual({
        tool_calls: [
          { index: 0, id: "4dI1Jw6NX", type: "function", function: { name: "llm_version", arguments: "" } },
        ],
      });
    });
  }, 60_000);
});
