/**
 * Drives a `StreamEncoder` over the pipeline's chunks: each chunk's events are yielded before the
 * next chunk is awaited (nothing is held back). If the upstream breaks (the chunk iterator
 * throws) or a chunk cannot be read, the stream ends with Anthropic's `error` event and no
 * `message_stop`. A client that goes away stops the upstream too.
 */
import type { ChatCompletionChunk, SseFrame, StreamChunk } from "@aigw/plugin-api";
import type { StreamEncoder } from "./stream-encoder.js";

export async function* anthropicFrames(
  chunks: AsyncIterable<StreamChunk>,
  encoder: StreamEncoder,
): AsyncGenerator<SseFrame> {
  const iterator = chunks[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      let frames: SseFrame[];
      try {
        const next = await iterator.next();
        if (next.done) {
          finished = true;
          break;
        }
        frames = encoder.push(next.value.data as ChatCompletionChunk);
      } catch (thrown) {
        finished = true;
        yield encoder.fail(thrown);
        return;
      }
      for (const frame of frames) yield frame;
    }
    for (const frame of encoder.end()) yield frame;
  } finally {
    if (!finished) await iterator.return?.();
  }
}
