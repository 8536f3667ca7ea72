/**
 * Counting characters (Unicode code points) and words (runs of non-whitespace) without
 * allocating: the length rule runs them on every request.
 */
import { isWhiteSpace } from "@aigw/guardrail-kit";

const LEAD_SURROGATE = /[\ud800-\udbff]/;

/** The number of code points: UTF-16 length less one per surrogate pair. */
export function countChars(text: string): number {
  // Most text has no astral characters; the regex settles that in one native scan.
  if (!LEAD_SURROGATE.test(text)) return text.length;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** The number of words: maximal runs of non-whitespace (what `text.split(/\s+/)` finds). */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isWhiteSpace(text.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      count++;
    }
  }
  return count;
}
