/**
 * The events of a streamed Cohere answer, whatever its framing. The Chat API v2 streams
 * server-sent events (`event: ...` / `data: {...}`), parsed by plugin-api's `sseEvents`; a body
 * served as newline-delimited JSON (the v1 API's default framing, which some proxies and
 * private deployments still use; also what a client gets asking with `accept: application/json`)
 * is read line by line into the same shape. Each event is
 * yielded as soon as its last byte arrives.
 */
import { type SseEvent, sseEvents } from "@aigw/wire-kit";

/** The framing of a stream body, from its content type. */
export function streamEvents(body: AsyncIterable<Uint8Array>, contentType: string): AsyncGenerator<SseEvent> {
  const type = contentType.toLowerCase();
  // Anything declared and not an event stream (application/x-ndjson, application/stream+json,
  // application/json) is read as JSON lines; no content type at all is taken as SSE.
  const lines = type !== "" && !type.includes("text/event-stream");
  return lines ? jsonLines(body) : sseEvents(body);
}

/** Newline-delimited JSON as events whose `data` is one line; a final unterminated line counts. */
export async function* jsonLines(body: AsyncIterable<Uint8Array>): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder();
  let pending = "";
  for await (const bytes of body) {
    pending += decoder.decode(bytes, { stream: true });
    let newline = pending.indexOf("\n");
    while (newline >= 0) {
      const line = pending.slice(0, newline).trim();
      pending = pending.slice(newline + 1);
      if (line) yield { data: line };
      newline = pending.indexOf("\n");
    }
  }
  const last = (pending + decoder.decode()).trim();
  if (last) yield { data: last };
}
