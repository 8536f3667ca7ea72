/**
 * The request record as JSON text, made once per request however many sinks write it: every
 * `finish` hook of a request is handed the same record object, so the first sink that asks
 * serialises it and the others reuse the text. A finished record is never changed, which is what
 * makes the memo sound; an entry goes when its record is collected.
 */
import type { RequestRecord } from "./request-record.gen.js";

const texts = new WeakMap<RequestRecord, string>();

/** `JSON.stringify(record)`, shared by every caller that passes the same record. */
export function recordJson(record: RequestRecord): string {
  let text = texts.get(record);
  if (text === undefined) {
    text = JSON.stringify(record);
    texts.set(record, text);
  }
  return text;
}
