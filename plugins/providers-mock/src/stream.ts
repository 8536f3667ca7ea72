/**
 * Plays a prepared list of chunks as a stream: waits `chunkDelayMs` between chunks (abortable),
 * cuts the stream with an upstream error after `cutStreamAfter` chunks when configured, and
 * reports how much content was actually sent (so usage reflects a cut or cancelled stream).
 */
import { chunkFromText, type StreamChunk, type StreamResult } from "@aigw/plugin-api";
import type { MockCall } from "./mock-call.js";
import { sleep } from "./sleep.js";

/** One chunk to send: its JSON text and the generated text it carries (for usage). */
export interface PlannedChunk {
  readonly json: string;
  readonly emitted: string;
}

export function playStream(
  call: MockCall,
  planned: readonly PlannedChunk[],
  onEnd: (emitted: string) => void,
): StreamResult {
  const { ctx, options } = call;
  async function* chunks(): AsyncGenerator<StreamChunk> {
    let emitted = "";
    try {
      for (let i = 0; i < planned.length; i++) {
        if (options.cutStreamAfter !== undefined && i >= options.cutStreamAfter) {
          ctx.error("upstream_error", `Mock stream cut after ${options.cutStreamAfter} chunks.`, {
            status: 502,
          });
        }
        if (i > 0 && options.chunkDelayMs > 0) await sleep(options.chunkDelayMs, ctx.cancellation);
        const chunk = planned[i]!;
        emitted += chunk.emitted;
        yield chunkFromText(chunk.json);
      }
    } finally {
      // Runs on completion, on a cut, and when the client goes away (the engine calls return()).
      onEnd(emitted);
    }
  }
  return { type: "stream", status: 200, chunks: chunks() };
}
