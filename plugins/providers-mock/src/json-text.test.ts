/** The mock's serialiser writes what JSON.stringify writes, at any depth. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { requestKey } from "./hash.js";
import { jsonText } from "./json-text.js";

/** JSON values plus what a parsed body never holds but a plugin might add: undefined, functions. */
const looseValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(undefined, () => 1, Number.NaN, Number.POSITIVE_INFINITY, -0),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 4 }), tie("value"), { maxKeys: 4 }),
  ),
})).value;

describe("jsonText", () => {
  test("is JSON.stringify for any value an object or array holds", () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(looseValue), fc.dictionary(fc.string(), looseValue)), (value) => {
        expect(jsonText(value)).toBe(JSON.stringify(value));
      }),
    );
  });

  test("applies the replacer to every value, after toJSON, as JSON.stringify does", () => {
    const replace = (value: unknown) => (typeof value === "number" ? value * 2 : value);
    const value = { a: [1, { b: 2, c: new Date(0) }], d: "x", e: undefined };
    expect(jsonText(value, replace)).toBe(JSON.stringify(value, (_key, v: unknown) => replace(v)));
  });

  test("serialises a value nested 20,000 levels deep (deeper than JSON.stringify can go)", () => {
    let deep: unknown = "leaf";
    let open = "";
    let close = "";
    for (let i = 0; i < 20_000; i++) {
      deep = i % 2 === 0 ? [deep] : { k: deep };
      open = i % 2 === 0 ? `[${open}` : `{"k":${open}`;
      close += i % 2 === 0 ? "]" : "}";
    }
    expect(jsonText(deep)).toBe(`${open}"leaf"${close}`);
  });

  test("a request key exists for a body of any depth", () => {
    let deep: unknown = [];
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(requestKey("chat.completions", { model: "m", extra: deep })).toContain('"model":"m"');
  });
});
