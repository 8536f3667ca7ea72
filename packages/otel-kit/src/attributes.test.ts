// The attribute list builder: each setter writes the OTLP/JSON form its type calls for and skips
// absent or ill-typed values; `scalar` and `value` agree on every config value.
import { attributeMap } from "@aigw/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AttributeList } from "./attributes.js";

describe("AttributeList", () => {
  it("writes each type as OTLP/JSON spells it", () => {
    const list = new AttributeList()
      .str("s", "")
      .int("i", 42.9)
      .int("big", 2 ** 60)
      .double("d", 1)
      .bool("b", false)
      .strings("one", "END")
      .strings("many", ["a", 7, "b"])
      .value("v", { n: [1, null] }).list;
    expect(list).toEqual([
      { key: "s", value: { stringValue: "" } },
      { key: "i", value: { intValue: "42" } },
      { key: "big", value: { doubleValue: 2 ** 60 } },
      { key: "d", value: { doubleValue: 1 } },
      { key: "b", value: { boolValue: false } },
      { key: "one", value: { arrayValue: { values: [{ stringValue: "END" }] } } },
      { key: "many", value: { arrayValue: { values: [{ stringValue: "a" }, { stringValue: "b" }] } } },
      {
        key: "v",
        value: {
          kvlistValue: { values: [{ key: "n", value: { arrayValue: { values: [{ intValue: "1" }, {}] } } }] },
        },
      },
    ]);
  });

  it("skips absent and ill-typed values", () => {
    const list = new AttributeList()
      .str("s", 1)
      .int("i", "1")
      .int("nan", Number.NaN)
      .double("inf", Number.POSITIVE_INFINITY)
      .bool("b", "true")
      .strings("none", [1, 2])
      .strings("obj", { a: "x" })
      .scalar("u", undefined)
      .value("null", null)
      .value("undef", undefined).list;
    expect(list).toEqual([]);
  });

  it("encodes a config value alike through scalar and value", () => {
    const configValue = fc.oneof(
      fc.string(),
      fc.boolean(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(configValue, (value) => {
        const scalar = new AttributeList().scalar("k", value).list;
        expect(scalar).toEqual(new AttributeList().value("k", value).list);
        expect(attributeMap(scalar).k).toEqual(typeof value === "number" ? value + 0 : value);
      }),
    );
  });
});
