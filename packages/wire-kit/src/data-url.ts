/**
 * `data:` URLs (RFC 2397), as OpenAI requests carry inline images and files
 * (`data:image/png;base64,...`): split into a media type and base64 bytes, whichever way the
 * URL encoded them, and built back for wire formats that keep media type and bytes apart.
 */
import { bytesToBase64 } from "./base64.js";

export interface DataUrl {
  /** Lower-cased, without parameters; `text/plain` when the URL names none (RFC 2397). */
  mediaType: string;
  /** The payload as base64 (white space removed), whatever the URL's own encoding. */
  data: string;
  /** True when the URL itself carried base64 (`;base64`), false when it was percent-encoded. */
  base64: boolean;
}

const DATA_URL = /^data:([^;,]*)((?:;[^;,]*)*),(.*)$/is;

/** Splits a `data:` URL; undefined for any other URL or a malformed one. */
export function parseDataUrl(url: string): DataUrl | undefined {
  const match = DATA_URL.exec(url.trim());
  if (!match) return undefined;
  const mediaType = match[1]!.trim().toLowerCase() || "text/plain";
  const payload = match[3]!;
  if (/;base64$/i.test(match[2]!)) return { mediaType, data: payload.replace(/\s+/g, ""), base64: true };
  const bytes = percentDecode(payload);
  return bytes && { mediaType, data: bytesToBase64(bytes), base64: false };
}

/** Builds `data:<mediaType>;base64,<data>` from base64 data. */
export function toDataUrl(mediaType: string, data: string): string {
  return `data:${mediaType};base64,${data}`;
}

/** The bytes of a percent-encoded payload (`%89PNG...`: escapes are bytes, not UTF-8 text). */
function percentDecode(text: string): Uint8Array | undefined {
  const utf8 = new TextEncoder().encode(text);
  const bytes = new Uint8Array(utf8.length);
  let n = 0;
  for (let i = 0; i < utf8.length; i++) {
    if (utf8[i] !== PERCENT) {
      bytes[n++] = utf8[i]!;
      continue;
    }
    const hex = String.fromCharCode(utf8[i + 1] ?? 0, utf8[i + 2] ?? 0);
    if (!HEX_PAIR.test(hex)) return undefined;
    bytes[n++] = Number.parseInt(hex, 16);
    i += 2;
  }
  return bytes.subarray(0, n);
}

const PERCENT = 37;
const HEX_PAIR = /^[0-9a-f]{2}$/i;
