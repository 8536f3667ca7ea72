// Recorded streams from Azure's documentation (see __fixtures__/README.md) replayed through the
// gateway: event by event, and split at arbitrary byte boundaries, always with the same answer.
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

/** The fixture's bytes; the docs' block lacks the blank line that ends the last event. */
function fixture(name: string): Uint8Array {
  const text = readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");
  return new TextEncoder().encode(text.endsWith("\n\n") ? text : `${text}\n`);
}

const CASES = [
  { file: "azure-async-filter-passes.sse", content: "Color is a", finish: "stop" },
  { file: "azure-async-filter-blocked.sse", content: "Hey Jude, better", finish: "content_filter" },
];

describe("recorded Azure streams", () => {
  for (const { file, content, finish } of CASES) {
    it(`${file}: OpenAI chunks only, the same however the bytes are split`, async () => {
      const body = fixture(file);
      const serve = (parts: Uint8Array[]) => bytes(200, "text/event-stream", parts);
      h = await harness(serve(sseEventParts(body)));
      const reference = await assembleStream(
        await h.post("/v1/chat/completions", chatBody({ stream: true })),
      );
      expect(reference.error).toBeUndefined();
      expect(reference.done).toBe(true);
      expect(reference.role).toBe("assistant");
      expect(reference.content).toBe(content);
      expect(reference.finishReason).toBe(finish);
      // No annotation frame reaches the client: every chunk is a chat.completion.chunk with deltas.
      for (const chunk of reference.chunks) {
        expect(chunk.object).toBe("chat.completion.chunk");
        expect(chunk.id).toMatch(/^chatcmpl-/);
        for (const choice of chunk.choices as { delta?: unknown }[]) expect(choice.delta).toBeDefined();
      }
      const gw = h;
      await forAnySplit(body, { maxCuts: 16, numRuns: 40 }, async (parts) => {
        gw.upstream.setScript(serve(parts));
        const out = await assembleStream(await gw.post("/v1/chat/completions", chatBody({ stream: true })));
        expect(out.events).toEqual(reference.events);
      });
    }, 60_000);
  }
});
