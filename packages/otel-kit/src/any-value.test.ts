// JSON values to OTLP/JSON AnyValues and back (through an independent decoder): every JSON value
// survives; integers travel as decimal strings, other numbers as doubles, null as the empty value.
import { decodeAnyValue } from "@aigw/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyValue, keyValues } from "./any-value.js";

describe("anyValue", () => {
  it("encodes every JSON value so that it decodes to the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        // JSON has no -0; the encoded text must parse as JSON too (what the receiver reads).
        const normalised = JSON.parse(JSON.stringify(value)) as unknown;
        const encoded = JSON.parse(JSON.stringify(anyValue(normalised))) as Record<string, unknown>;
        expect(decodeAnyValue(encoded)).toEqual(normalised);
      }),
    );
  });

  it("spells each kind as OTLP/JSON does", () => {
    expect(anyValue("a")).toEqual({ stringValue: "a" });
    expect(anyValue(true)).toEqual({ boolValue: true });
    expect(anyValue(42)).toEqual({ intValue: "42" });
    expect(anyValue(2 ** 60)).toEqual({ doubleValue: 2 ** 60 });
    expect(anyValue(1.5)).toEqual({ doubleValue: 1.5 });
    expect(anyValue(Number.NaN)).toEqual({ doubleValue: "NaN" });
    expect(anyValue(Number.NEGATIVE_INFINITY)).toEqual({ doubleValue: "-Infinity" });
    expect(anyValue(10n ** 20n)).toEqual({ intValue: "100000000000000000000" });
    expect(anyValue(null)).toEqual({});
    expect(anyValue([1, "x"])).toEqual({ arrayValue: { values: [{ intValue: "1" }, { stringValue: "x" }] } });
    expect(anyValue({ a: { b: false } })).toEqual({
      kvlistValue: {
        values: [
          { key: "a", value: { kvlistValue: { values: [{ key: "b", value: { boolValue: false } }] } } },
        ],
      },
    });
  });

  it("leaves out undefined entries, and sends what nests too deep as JSON text", () => {
    expect(keyValues({ a: 1, b: undefined })).toEqual([{ key: "a", value: { intValue: "1" } }]);
    let deep: unknown = "leaf";
    for (let i = 0; i < 40; i++) deep = { d: deep };
    let node = anyValue(deep) as Record<string, unknown>;
    let levels = 0;
    while ("kvlistValue" in node) {
      node = (node.kvlistValue as { values: { value: Record<string, unknown> }[] }).values[0]!.value;
      levels++;
    }
    expect(levels).toBe(32);
    // The 8 levels left, with the leaf.
    let rest: unknown = "leaf";
    for (let i = 0; i < 8; i++) rest = { d: rest };
    expect(JSON.parse(node.stringValue as string)).toEqual(rest);
  });
});
