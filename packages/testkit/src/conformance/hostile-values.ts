/**
 * The values hostile request bodies are made of: JSON values of each kind with their odd corners
 * (lone surrogates, control characters, right-to-left marks, huge and negative numbers, empty
 * and mixed arrays), values of any kind but the ones a field takes, and raw JSON text the
 * serialiser cannot write (numbers past float range, nesting 10,000 levels deep) spliced into a
 * body's text through markers.
 */
import fc from "fast-check";

/** A JSON value's kind, as JSON schema names them (`integer` is a number without fraction). */
export type Kind = "string" | "number" | "integer" | "boolean" | "null" | "object" | "array";

const MARKER = "\u0000raw:";

/** A string the serialiser writes as `"<marker>"`, replaced in the text by `raw` (see spliceRaw). */
export function rawJson(raw: string): string {
  return `${MARKER}${raw}\u0000`;
}

/** The JSON text of `value` with every rawJson marker replaced by its raw text. */
export function spliceRaw(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0000raw:(?:[^"\\]|\\.)*?\\u0000"/g, (literal) =>
    (JSON.parse(literal) as string).slice(MARKER.length, -1),
  );
}

/** JSON text nested `levels` deep around a scalar. */
export function nestedText(levels: number, open: "[" | "{" = "["): string {
  if (open === "[") return `${"[".repeat(levels)}1${"]".repeat(levels)}`;
  return `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;
}

/** Strings a careless translator trips on, and some ordinary ones. */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\ud800",
    "a\udfffb",
    "\u202e\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
    "😀👩‍👩‍👧‍👦",
    "\r\n\t",
    "null",
    "{}",
    "[1]",
    "%",
    "%E0%A4%A",
    "data:,%",
    "data:image/png;base64,@@@",
    "__proto__",
    "constructor",
    "../../etc",
    "a/b",
    "x".repeat(4000),
  ),
);

const integers: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1, 2 ** 53 + 2, -(2 ** 53), 1e21, 1e308, -1e308),
);

/** Numbers with a fraction (never an integer). */
const fractions: fc.Arbitrary<number> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
  fc.constantFrom(0.5, -0.5, 1e-300, 2.000001),
);

/** Number literals JSON.stringify cannot write: past float range, and odd spellings. */
const rawNumbers: fc.Arbitrary<string> = fc
  .constantFrom("1e400", "-1e400", "123456789012345678901234567890", "-0.0", "1E+2", "0e0")
  .map(rawJson);

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  oddString,
  integers,
  fractions,
  fc.boolean(),
  fc.constant(null),
);

/** Shallow objects and arrays of odd scalars. */
const shallowObject: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.constant({}),
  fc.dictionary(oddString, scalar, { maxKeys: 3 }),
  fc.constantFrom(
    { type: 5 },
    { type: "text" },
    { url: null },
    { name: [] },
    { ["__proto__"]: { polluted: true } },
  ),
);
const shallowArray: fc.Arbitrary<unknown[]> = fc.oneof(
  fc.constant<unknown[]>([]),
  fc.constantFrom<unknown[]>([null], [1, "a"], [[]], [{}], [[1, 2], "x"]),
  fc.array(scalar, { maxLength: 4 }),
  fc.array(fc.string({ maxLength: 3 }), { minLength: 50, maxLength: 120 }),
);

const byKind: Record<Kind, fc.Arbitrary<unknown>> = {
  string: oddString,
  integer: integers,
  number: fc.oneof(fractions, rawNumbers),
  boolean: fc.boolean(),
  null: fc.constant(null),
  object: shallowObject,
  array: shallowArray,
};

const ALL_KINDS: readonly Kind[] = ["string", "number", "integer", "boolean", "null", "object", "array"];

/** Any value at all, deep text included (nested far past any limit). */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(...ALL_KINDS.map((kind) => byKind[kind])) },
  { weight: 1, arbitrary: fc.constantFrom(10_000, 200).map((n) => rawJson(nestedText(n))) },
);

/** A value of a kind `accepts` does not include (integers count as numbers). */
export function wrongValue(accepts: readonly Kind[]): fc.Arbitrary<unknown> {
  const kinds = ALL_KINDS.filter((kind) => {
    if (accepts.includes(kind)) return false;
    if (kind === "integer" && accepts.includes("number")) return false;
    // 1e400 and friends are numbers to the parser (Infinity): wrong only where numbers are.
    return true;
  });
  return fc.oneof(
    ...kinds.map((kind) =>
      kind === "number"
        ? fractions
        : kind === "string"
          ? oddString.filter((s) => !s.startsWith(MARKER))
          : byKind[kind],
    ),
  );
}
