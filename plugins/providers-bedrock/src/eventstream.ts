/**
 * Decoder of AWS's binary event stream (`application/vnd.amazon.eventstream`), the framing of
 * ConverseStream answers. Each message is:
 *
 *   total length (u32 BE) | headers length (u32 BE) | prelude CRC32 (u32 BE)
 *   headers (name len u8, name, value type u8, value) | payload | message CRC32 (u32 BE)
 *
 * Bytes may arrive split anywhere: the decoder buffers until a whole message is there, checks
 * the prelude CRC as soon as the prelude is complete (so a corrupt length is caught before we
 * wait for bytes that will never come) and the message CRC before handing the message over.
 * Any framing or checksum fault is an `EventStreamError`: a corrupt stream is never guessed at.
 */
import { crc32 } from "./crc32.js";

/** A header value, by wire type: 0/1 bool, 2 byte, 3 short, 4 int, 5 long (bigint), 6 bytes, 7 string, 8 timestamp, 9 uuid. */
export type HeaderValue = boolean | number | bigint | string | Uint8Array | Date;

export interface EventStreamMessage {
  readonly headers: Readonly<Record<string, HeaderValue>>;
  readonly payload: Uint8Array;
}

export class EventStreamError extends Error {
  override readonly name = "EventStreamError";
}

const PRELUDE = 12;
const OVERHEAD = 16;
/** Limits of the format (AWS SDKs enforce the same): bigger lengths mean a corrupt prelude. */
const MAX_MESSAGE = 16 * 1024 * 1024;
const MAX_HEADERS = 128 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Incremental decoder: `push` bytes as they come, get back the messages they complete. */
export class EventStreamDecoder {
  private chunks: Uint8Array[] = [];
  private buffered = 0;
  /** The current message's total length once its prelude has been read and checked. */
  private expected: number | undefined;

  /** Adds bytes; returns every message they complete, in order. Throws on a corrupt stream. */
  push(bytes: Uint8Array): EventStreamMessage[] {
    if (bytes.length > 0) {
      this.chunks.push(bytes);
      this.buffered += bytes.length;
    }
    const out: EventStreamMessage[] = [];
    for (;;) {
      if (this.expected === undefined) {
        if (this.buffered < PRELUDE) break;
        this.expected = checkPrelude(this.peek(PRELUDE));
      }
      if (this.buffered < this.expected) break;
      const frame = this.take(this.expected);
      this.expected = undefined;
      out.push(decodeMessage(frame));
    }
    return out;
  }

  /** Bytes held that do not yet form a whole message. */
  get pending(): number {
    return this.buffered;
  }

  /** Concatenates the buffered chunks into one (kept as the only chunk) and returns its first `n` bytes. */
  private peek(n: number): Uint8Array {
    if (this.chunks.length > 1) this.chunks = [concat(this.chunks, this.buffered)];
    return this.chunks[0]!.subarray(0, n);
  }

  /** Removes and returns the first `n` buffered bytes. */
  private take(n: number): Uint8Array {
    const all = this.chunks.length === 1 ? this.chunks[0]! : concat(this.chunks, this.buffered);
    const frame = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    return frame;
  }
}

/**
 * Decodes a whole body as it arrives, yielding each message the moment it is complete. A body
 * that ends in the middle of a message throws (the stream was cut).
 */
export async function* eventStreamMessages(
  body: AsyncIterable<Uint8Array>,
): AsyncGenerator<EventStreamMessage> {
  const decoder = new EventStreamDecoder();
  for await (const bytes of body) {
    for (const message of decoder.push(bytes)) yield message;
  }
  if (decoder.pending > 0) {
    throw new EventStreamError(
      `the event stream ended inside a message (${decoder.pending} bytes left over)`,
    );
  }
}

/** Decodes exactly one framed message (its bytes, whole). */
export function decodeMessage(frame: Uint8Array): EventStreamMessage {
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  if (frame.length < OVERHEAD) throw new EventStreamError("event stream message shorter than its overhead");
  const total = checkPrelude(frame.subarray(0, PRELUDE));
  if (total !== frame.length) throw new EventStreamError("event stream message length mismatch");
  const headersLength = view.getUint32(4);
  const expectedCrc = view.getUint32(total - 4);
  if (crc32(frame, 0, total - 4) !== expectedCrc) {
    throw new EventStreamError("event stream message CRC mismatch (corrupt message)");
  }
  const headers = decodeHeaders(frame.subarray(PRELUDE, PRELUDE + headersLength));
  return { headers, payload: frame.slice(PRELUDE + headersLength, total - 4) };
}

/** Validates a 12-byte prelude; returns the message's total length. */
function checkPrelude(prelude: Uint8Array): number {
  const view = new DataView(prelude.buffer, prelude.byteOffset, PRELUDE);
  const total = view.getUint32(0);
  const headersLength = view.getUint32(4);
  if (crc32(prelude, 0, 8) !== view.getUint32(8)) {
    throw new EventStreamError("event stream prelude CRC mismatch (corrupt lengths)");
  }
  if (total < OVERHEAD || total > MAX_MESSAGE) {
    throw new EventStreamError(`event stream message length ${total} out of range`);
  }
  if (headersLength > MAX_HEADERS || headersLength > total - OVERHEAD) {
    throw new EventStreamError(`event stream headers length ${headersLength} out of range`);
  }
  return total;
}

function decodeHeaders(bytes: Uint8Array): Record<string, HeaderValue> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headers: Record<string, HeaderValue> = {};
  let at = 0;
  const need = (n: number) => {
    if (at + n > bytes.length)
      throw new EventStreamError("event stream header runs past the headers section");
  };
  while (at < bytes.length) {
    need(1);
    const nameLength = bytes[at]!;
    at += 1;
    need(nameLength + 1);
    const name = text(bytes.subarray(at, at + nameLength));
    at += nameLength;
    const type = bytes[at]!;
    at += 1;
    let value: HeaderValue;
    switch (type) {
      case 0:
        value = true;
        break;
      case 1:
        value = false;
        break;
      case 2:
        need(1);
        value = view.getInt8(at);
        at += 1;
        break;
      case 3:
        need(2);
        value = view.getInt16(at);
        at += 2;
        break;
      case 4:
        need(4);
        value = view.getInt32(at);
        at += 4;
        break;
      case 5:
        need(8);
        value = view.getBigInt64(at);
        at += 8;
        break;
      case 6:
      case 7: {
        need(2);
        const length = view.getUint16(at);
        at += 2;
        need(length);
        const raw = bytes.slice(at, at + length);
        at += length;
        value = type === 6 ? raw : text(raw);
        break;
      }
      case 8:
        need(8);
        value = new Date(Number(view.getBigInt64(at)));
        at += 8;
        break;
      case 9: {
        need(16);
        const hex = [...bytes.subarray(at, at + 16)].map((b) => b.toString(16).padStart(2, "0")).join("");
        value = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
        at += 16;
        break;
      }
      default:
        throw new EventStreamError(`unknown event stream header value type ${type}`);
    }
    headers[name] = value;
  }
  return headers;
}

function text(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new EventStreamError("event stream header is not valid UTF-8");
  }
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
