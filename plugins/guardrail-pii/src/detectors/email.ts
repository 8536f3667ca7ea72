/**
 * `email`: addresses in the practical dot-atom form (`local@domain.tld`). The scan is anchored
 * on each `@` and walks outwards over the characters an address may hold, so it is linear in
 * the text and needs no backtracking regex.
 *
 * Accepted: a local part of `A-Z a-z 0-9 . _ % + -` (1-64 characters, no leading, trailing or
 * doubled dot) and a domain of at least two dot-separated labels (1-63 letters, digits or
 * inner hyphens each) ending in an alphabetic top-level label of 2-63 letters or an `xn--`
 * label. Quoted local parts, IP-literal domains and non-ASCII addresses are not recognised.
 */
import { codeAt, isAsciiAlnum, isAsciiLetter } from "../chars.js";
import type { Finder } from "../finder.js";

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/** `A-Z a-z 0-9 . _ % + -`: the local-part characters people actually use. */
function isLocalChar(code: number): boolean {
  return isAsciiAlnum(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
}

/** Letters, digits, `.` and `-`: what a host name is made of. */
function isDomainChar(code: number): boolean {
  return isAsciiAlnum(code) || code === 46 || code === 45;
}

/** Checks `text[start, end)` is a host name of two or more labels with an alphabetic TLD. */
function validDomain(text: string, start: number, end: number): boolean {
  let labels = 0;
  let labelStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== 46) continue;
    const length = i - labelStart;
    if (length < 1 || length > 63) return false;
    if (text.charCodeAt(labelStart) === 45 || text.charCodeAt(i - 1) === 45) return false;
    labels++;
    if (i === end) {
      // The top-level label: letters only, or a punycode (`xn--`) label.
      if (length < 2) return false;
      if (text.startsWith("xn--", labelStart)) return labels >= 2;
      for (let j = labelStart; j < end; j++) if (!isAsciiLetter(text.charCodeAt(j))) return false;
    }
    labelStart = i + 1;
  }
  return labels >= 2;
}

/** The `email` finder. */
export function createEmailFinder(): Finder {
  return (text, out) => {
    let at = text.indexOf("@");
    while (at !== -1) {
      let start = at;
      while (start > 0 && at - start < MAX_LOCAL + 1 && isLocalChar(text.charCodeAt(start - 1))) start--;
      // Dots before the address belong to the sentence, not to it.
      while (start < at && text.charCodeAt(start) === 46) start++;
      let end = at + 1;
      while (end < text.length && end - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(end))) end++;
      const truncated = isDomainChar(codeAt(text, end));
      // So do dots (and stray hyphens) after it: "write to a@b.com."
      while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
      if (
        start < at &&
        !truncated &&
        at - start <= MAX_LOCAL &&
        !isLocalChar(codeAt(text, start - 1)) &&
        validLocal(text, start, at) &&
        validDomain(text, at + 1, end)
      ) {
        out.push({ start, end, label: "email" });
      }
      at = text.indexOf("@", at + 1);
    }
  };
}

/** No leading, trailing or doubled dot in `text[start, end)`. */
function validLocal(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) === 46 || text.charCodeAt(end - 1) === 46) return false;
  for (let i = start + 1; i < end; i++) {
    if (text.charCodeAt(i) === 46 && text.charCodeAt(i - 1) === 46) return false;
  }
  return true;
}
