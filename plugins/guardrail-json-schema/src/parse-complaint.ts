/**
 * Why a text is not JSON, in words that never carry the text: JavaScript engines quote the token
 * and the start of the text they could not parse (V8: `Unexpected token 'o', "not json" is not
 * valid JSON`), and an answer's text has no place in a verdict's reason, which reaches clients and
 * logs. A parser message becomes one of a fixed set of complaints, with the position when the
 * parser gave one.
 */

/** Every complaint a reason can carry, before an optional ` at position <n>`. */
export const COMPLAINTS = [
  "Unexpected end of JSON input",
  "Unexpected token",
  "Unexpected number",
  "Unexpected string",
  "Unexpected non-whitespace character after JSON",
  "Unterminated string",
  "Bad escaped character",
  "Bad control character in string literal",
  "Bad Unicode escape",
  "No number after minus sign",
  "Exponent part is missing a number",
  "Unterminated fractional number",
  "Expected property name or '}'",
  "Expected double-quoted property name",
  "Expected ':' after property name",
  "Expected ',' or ']' after array element",
  "Expected ',' or '}' after property value",
  "Unexpected input",
] as const;

const KNOWN = new Set<string>(COMPLAINTS);
// V8 (Node 20+, Deno): `<complaint> in JSON at position <n>` (or `... after JSON at position <n>`);
// newer ones add ` (line <l> column <c>)`. Anchored at the end: a quoted snippet of the text may
// itself read "in JSON at position 5".
const AT_POSITION = /^(.*?)(?: in JSON)? at position (\d+)(?: \(line \d+ column \d+\))?$/s;

/** The complaint for a JSON parser's error `message`. */
export function parseComplaint(message: string): string {
  const positioned = AT_POSITION.exec(message);
  const said = positioned ? positioned[1]! : message;
  // Older V8 and the snippet form name the token after these words: `Unexpected token o ...`.
  const complaint = said.startsWith("Unexpected token") ? "Unexpected token" : said;
  const known = KNOWN.has(complaint) ? complaint : "Unexpected input";
  return positioned ? `${known} at position ${positioned[2]}` : known;
}
