/**
 * Test-only encoder of AWS's event-stream framing, the mirror of `../eventstream.ts`: fake
 * upstreams use it to answer ConverseStream requests with real binary frames (string headers,
 * JSON payloads, both CRCs), and tests use `frameOf` to corrupt single bytes on purpose.
 */
import { concatBytes } from "@aigw/testkit";
import { crc32 } from "../crc32.js";

const encoder = new TextEncoder();

/** One framed message with string (type 7) headers. */
export function encodeMessage(headers: Record<string, string>, payload: Uint8Array | string): Uint8Array {
  const body = typeof payload === "string" ? encoder.encode(payload) : payload;
  const headerParts: Uint8Array[] = [];
  for (const [name, value] of Object.entries(headers)) {
    const n = encoder.encode(name);
    const v = encoder.encode(value);
    const part = new Uint8Array(1 + n.length + 1 + 2 + v.length);
    const view = new DataView(part.buffer);
    part[0] = n.length;
    part.set(n, 1);
    part[1 + n.length] = 7;
    view.setUint16(2 + n.length, v.length);
    part.set(v, 4 + n.length);
    headerParts.push(part);
  }
  const headersLength = headerParts.reduce((sum, p) => sum + p.length, 0);
  const total = 12 + headersLength + body.length + 4;
  const frame = new Uint8Array(total);
  const view = new DataView(frame.buffer);
  view.setUint32(0, total);
  view.setUint32(4, headersLength);
  view.setUint32(8, crc32(frame, 0, 8));
  let at = 12;
  for (const part of headerParts) {
    frame.set(part, at);
    at += part.length;
  }
  frame.set(body, at);
  view.setUint32(total - 4, crc32(frame, 0, total - 4));
  return frame;
}

/** A ConverseStream event (`messageStart`, `contentBlockDelta`...) with its JSON payload. */
export function eventFrame(eventType: string, payload: unknown): Uint8Array {
  return encodeMessage(
    { ":event-type": eventType, ":content-type": "application/json", ":message-type": "event" },
    JSON.stringify(payload),
  );
}

/** A modeled exception inside the stream (`throttlingException`...), as Bedrock sends them. */
export function exceptionFrame(exceptionType: string, message: string): Uint8Array {
  return encodeMessage(
    { ":exception-type": exceptionType, ":content-type": "application/json", ":message-type": "exception" },
    JSON.stringify({ message }),
  );
}

/** Concatenates frames into one body. */
export const concatFrames: (frames: readonly Uint8Array[]) => Uint8Array = concatBytes;

/** A list of `{ eventType: payload }` objects (the SDKs' shape) as one event-stream body. */
export function encodeEvents(events: readonly Record<string, unknown>[]): Uint8Array {
  return concatFrames(
    events.map((event) => {
      const [type, payload] = Object.entries(event)[0]!;
      return eventFrame(type, payload);
    }),
  );
}

export const EVENTSTREAM_CONTENT_TYPE = "application/vnd.amazon.eventstream";
