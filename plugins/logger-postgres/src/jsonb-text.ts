/**
 * JSON text that PostgreSQL's `jsonb` accepts. `jsonb` refuses two things JSON.stringify writes:
 * the NUL character (`\u0000`) and unpaired UTF-16 surrogates (`\ud800` alone). A client-chosen
 * header or metadata value can carry either, and one such record would fail its whole batch, so
 * they become U+FFFD. The common case pays one regular-expression test over the text.
 */

/** What JSON.stringify writes for a NUL or any surrogate: the only escapes that may be refused. */
const SUSPECT = /\\u(?:0000|d[89a-f])/;

const HIGH = 0xd800;
const LOW = 0xdc00;
const END = 0xe000;

/** `value` without NULs and unpaired surrogates (String.prototype.toWellFormed, plus NUL). */
export function wellFormed(value: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit !== 0 && (unit < HIGH || unit >= END)) continue;
    if (unit >= HIGH && unit < LOW) {
      const next = value.charCodeAt(i + 1);
      if (next >= LOW && next < END) {
        i++;
        continue;
      }
    }
    out += `${value.slice(from, i)}\ufffd`;
    from = i + 1;
  }
  return from === 0 ? value : out + value.slice(from);
}

function clean(_key: string, value: unknown): unknown {
  if (typeof value === "string") return wellFormed(value);
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const entries = Object.entries(value);
  if (entries.every(([name]) => wellFormed(name) === name)) return value;
  return Object.fromEntries(entries.map(([name, inner]) => [wellFormed(name), inner]));
}

/**
 * `value` as JSON text that `jsonb` accepts. Throws as JSON.stringify does (a cycle, a BigInt)
 * and when the value has no JSON form at all (undefined, a function).
 */
export function jsonbText(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError("the value has no JSON form");
  return acceptable(text, value);
}

/** `text` (JSON.stringify of `value`), or `value` written again without what PostgreSQL refuses. */
export function acceptable(text: string, value: unknown): string {
  return SUSPECT.test(text) ? JSON.stringify(value, clean) : text;
}
