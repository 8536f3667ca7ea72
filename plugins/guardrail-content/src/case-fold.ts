/**
 * The case-insensitive comparison key of a string, exactly as ECMAScript regular expressions with
 * the `i` flag and without `u` compare characters (the spec's Canonicalize): each UTF-16 unit is
 * upper-cased when that gives a single unit, except that a non-ASCII unit never becomes ASCII.
 * The phrase finder's regex uses that mode, so keys built here agree with what it matches.
 */

const NON_ASCII = /[\u0080-\uffff]/;

/** The canonical (case-folded) form of `text`, unit for unit. */
export function foldCase(text: string): string {
  if (!NON_ASCII.test(text)) return text.toUpperCase();
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text[i]!;
    const upper = unit.toUpperCase();
    out += upper.length === 1 && !(unit.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128) ? upper : unit;
  }
  return out;
}

let unitTable: Uint16Array | undefined;

/**
 * `foldCase` of a single UTF-16 unit, from a table of all 65 536 built on first use (about
 * 15 ms, once per process): the trie walker folds every unit it reads.
 */
export function foldUnitTable(): Uint16Array {
  if (unitTable === undefined) {
    const table = new Uint16Array(0x10000);
    for (let unit = 0; unit < 0x10000; unit++)
      table[unit] = foldCase(String.fromCharCode(unit)).charCodeAt(0);
    unitTable = table;
  }
  return unitTable;
}
