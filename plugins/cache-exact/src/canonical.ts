/**
 * The canonical form of a JSON value: one text per value, whatever the key order or whitespace
 * it arrived with, and different texts for different values. It is JSON's grammar with object
 * keys sorted (by UTF-16 code units, as `Array.prototype.sort` does), members whose value is
 * undefined left out (as JSON.stringify does), and strings written as `"<length>:<text>`
 * instead of quoted and escaped: the length says where a string ends, so its text needs no
 * escaping, which saves a pass over every prompt. A string with a lone surrogate (which UTF-8
 * cannot carry, so two of them could hash alike) is written escaped instead, as
 * `!<JSON.stringify(text)>`. A value that is not JSON (a file, a function, a non-finite number)
 * has no canonical form: it throws.
 */

/** A request holds something that is not plain JSON (an uploaded file): it cannot be keyed. */
export class NotJsonError extends Error {
  constructor(what: string) {
    super(`the request holds ${what}, which has no canonical form`);
    this.name = "NotJsonError";
  }
}

type MaybeWellFormed = { isWellFormed?: () => boolean };

/** Whether this runtime has `String.prototype.isWellFormed` (O(1) for one-byte strings in V8). */
const CHECKS_WELL_FORMED = typeof (String.prototype as MaybeWellFormed).isWellFormed === "function";

/** A string's canonical text. */
export function canonicalString(text: string): string {
  if (CHECKS_WELL_FORMED && (text as unknown as { isWellFormed(): boolean }).isWellFormed())
    return `"${text.length}:${text}`;
  return `!${JSON.stringify(text)}`;
}

/** The canonical text of `value`. */
export function canonicalForm(value: unknown): string {
  switch (typeof value) {
    case "string":
      return canonicalString(value);
    case "number":
      if (!Number.isFinite(value)) throw new NotJsonError("a non-finite number");
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "object":
      if (value === null) return "null";
      if (Array.isArray(value)) return canonicalArray(value);
      return canonicalObject(value, undefined);
    default:
      throw new NotJsonError(`a ${typeof value}`);
  }
}

function canonicalArray(items: readonly unknown[]): string {
  let text = "[";
  for (let i = 0; i < items.length; i++) {
    if (i > 0) text += ",";
    const item = items[i];
    // As JSON.stringify: a hole or undefined in an array is null.
    text += item === undefined ? "null" : canonicalForm(item);
  }
  return `${text}]`;
}

/** An object's canonical text, without the members `skip` names. */
export function canonicalObject(value: object, skip: ReadonlySet<string> | undefined): string {
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new NotJsonError(
      `a ${(value as { constructor?: { name?: string } }).constructor?.name ?? "non-plain"} object`,
    );
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let text = "{";
  let first = true;
  for (const key of keys) {
    const member = record[key];
    if (member === undefined || skip?.has(key)) continue;
    text += first ? "" : ",";
    first = false;
    text += `${canonicalString(key)}:${canonicalForm(member)}`;
  }
  return `${text}}`;
}
