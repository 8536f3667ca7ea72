/**
 * Reading server-sent events from an upstream body, for providers: bytes in as they arrive,
 * events out as soon as each is complete (no extra buffering). Parsing is eventsource-parser's.
 */
import { createParser, type EventSourceMessage } from "eventsource-parser";

export type SseEvent = EventSourceMessage;

/**
 * Yields each SSE event of `body` the moment its terminating blank line arrives. A body that
 * ends mid-event yields nothing for that partial event.
 */
export async function* sseEvents(body: AsyncIterable<Uint8Array>): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder();
  const ready: SseEvent[] = [];
  const parser = createParser({ onEvent: (event) => ready.push(event) });
  for await (const bytes of body) {
    parser.feed(decoder.decode(bytes, { stream: true }));
    while (ready.length > 0) yield ready.shift()!;
  }
  parser.feed(decoder.decode());
  while (ready.length > 0) yield ready.shift()!;
}
