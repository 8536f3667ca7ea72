/**
 * How deeply a JSON text nests, measured on its bytes before anyone parses it. A body nested
 * thousands of levels deep is tiny (`[[[[...]]]]`) yet overflows the stack of every recursive
 * walker it reaches (JSON.stringify, a hash, a schema conversion, some runtimes' JSON.parse), so
 * the gateway refuses it up front with a 400; below the limit every walker is safe.
 *
 * One pass over the bytes, and a cheap one: string contents, where nearly all of a real body's
 * bytes are (text, base64 images), are skipped with `indexOf` (native code), so the loop itself
 * only visits punctuation, numbers and literals. Invalid JSON may be measured wrongly; that is
 * fine, the parser refuses it right after.
 */

/**
 * The deepest nesting of objects and arrays a request may have. Real requests stay far below:
 * a chat body puts a content part's fields at depth 5 and a tool's parameter schema starts at
 * depth 4, each schema level adding two more (OpenAI's structured outputs allow 10 levels of
 * nesting, about 25 JSON levels in all). 128 leaves room for schemas several times deeper than
 * any provider accepts, and keeps every recursive walker a few hundred frames from trouble.
 */
export const MAX_JSON_DEPTH = 128;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;

/** Where a text nests too deeply: the top-level key under which it happens, when there is one. */
export interface TooDeep {
  /** The member of the top-level object holding the deep value (raw JSON string, quotes included). */
  readonly key: string | undefined;
}

/** Undefined when `bytes` nests at most `limit` levels; else where it goes deeper. */
export function findTooDeep(bytes: Uint8Array, limit: number = MAX_JSON_DEPTH): TooDeep | undefined {
  const length = bytes.length;
  // Valid JSON needs two bytes per level (an opening and a closing bracket), so a text this
  // short nests deeply enough only if it is invalid, and then the parser refuses it.
  if (length <= limit * 2) return undefined;
  let depth = 0;
  // The last string seen directly inside the top-level value: the key of the deep member.
  let keyStart = -1;
  let keyEnd = -1;
  let i = 0;
  while (i < length) {
    const byte = bytes[i]!;
    if (byte === QUOTE) {
      const end = closingQuote(bytes, i + 1);
      if (end < 0) return undefined;
      if (depth === 1) {
        keyStart = i;
        keyEnd = end + 1;
      }
      i = end + 1;
      continue;
    }
    if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (++depth > limit) return { key: memberKey(bytes, keyStart, keyEnd) };
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) depth--;
    i++;
  }
  return undefined;
}

/** Bytes of a string walked in JS before handing over to `indexOf`, whose call costs more. */
const SHORT_STRING = 32;

/** The index of the quote closing a string whose contents start at `from`, or -1. */
function closingQuote(bytes: Uint8Array, from: number): number {
  const length = bytes.length;
  let j = from;
  const stop = Math.min(length, from + SHORT_STRING);
  while (j < stop) {
    const byte = bytes[j]!;
    if (byte === QUOTE) return j;
    j += byte === BACKSLASH ? 2 : 1;
  }
  if (j >= length) return -1;
  // A long string: jump from quote to quote. `j` starts a fresh character (never the second
  // half of an escape), so a quote after an odd run of backslashes since `j` is escaped; each
  // run is counted once, so this stays linear.
  let end = bytes.indexOf(QUOTE, j);
  while (end >= 0) {
    let k = end - 1;
    while (k >= j && bytes[k] === BACKSLASH) k--;
    if (((end - 1 - k) & 1) === 0) return end;
    end = bytes.indexOf(QUOTE, end + 1);
  }
  return -1;
}

const decoder = new TextDecoder();

/** The string at `start..end` if a colon follows it (a member's key), else undefined. */
function memberKey(bytes: Uint8Array, start: number, end: number): string | undefined {
  if (start < 0) return undefined;
  let i = end;
  while (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09) i++;
  return bytes[i] === 0x3a ? decoder.decode(bytes.subarray(start, end)) : undefined;
}

/** The name of a deep member for an error's `param` (a JSON string's value), or undefined. */
export function keyName(found: TooDeep): string | undefined {
  if (found.key === undefined) return undefined;
  try {
    const name: unknown = JSON.parse(found.key);
    return typeof name === "string" && name !== "" ? name : undefined;
  } catch {
    return undefined;
  }
}
