/** The nesting measure on raw bytes agrees with the parsed value's depth, strings and escapes included. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { findTooDeep, keyName, MAX_JSON_DEPTH } from "./json-depth.js";

const encoder = new TextEncoder();

/** Objects and arrays on the deepest path of a parsed value (a scalar is depth 0). */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== "object") return 0;
  let deepest = 0;
  for (const child of Object.values(value)) deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}

/** Strings full of what could fool a byte scanner: quotes, backslashes, brackets, non-ASCII. */
const trickyString = fc.string({
  unit: fc.constantFrom('"', "\\", "[", "]", "{", "}", ":", ",", "a", "é", "😀", "\u0000", "\n"),
  maxLength: 40,
});

const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "medium" },
    trickyString,
    fc.integer(),
    fc.constant(null),
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(trickyString, tie("node"), { maxKeys: 3 }),
  ),
})).node;

describe("findTooDeep", () => {
  test("finds a text too deep exactly when its value nests deeper than the limit", () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 6 }), fc.boolean(), (v, limit, pretty) => {
        const text = pretty ? JSON.stringify(v, null, 2) : JSON.stringify(v);
        const found = findTooDeep(encoder.encode(text), limit);
        expect(found !== undefined).toBe(depthOf(v) > limit);
      }),
      { numRuns: 500 },
    );
  });

  test("names the top-level member holding the deep value", () => {
    const deep = `${"[".repeat(200)}${"]".repeat(200)}`;
    const text = `{"model":"m","a \\"quoted\\" key":${deep}}`;
    const found = findTooDeep(encoder.encode(text));
    expect(found).toBeDefined();
    expect(keyName(found!)).toBe('a "quoted" key');
    expect(keyName(findTooDeep(encoder.encode(`[${deep}]`))!)).toBeUndefined();
  });

  test("measures a body nested 10,000 levels deep without parsing it", () => {
    const text = `{"model":"m","x":${"[".repeat(10_000)}${"]".repeat(10_000)}}`;
    expect(keyName(findTooDeep(encoder.encode(text))!)).toBe("x");
  });

  test("takes a real request's depth, and long strings with escaped quotes", () => {
    let schema: Record<string, unknown> = { type: "string" };
    for (let i = 0; i < 10; i++) schema = { type: "object", properties: { p: schema } };
    const body = {
      model: "m",
      messages: [{ role: "user", content: [{ type: "text", text: `${'say \\"hi\\" '.repeat(500)}[[[[` }] }],
      tools: [{ type: "function", function: { name: "f", parameters: schema } }],
    };
    expect(depthOf(body)).toBeLessThan(MAX_JSON_DEPTH);
    expect(findTooDeep(encoder.encode(JSON.stringify(body)))).toBeUndefined();
  });
});
