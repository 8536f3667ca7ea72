// The admin APIs' query parameters: what is accepted, what it means, and that every other value
// is refused naming its parameter.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRange, limitParam, oneOf, ParamError, parseTime, singleParams, textParam } from "./params.js";

const paramOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof ParamError) return error.param;
    throw error;
  }
  return undefined;
};

describe("parseTime", () => {
  it.each([
    ["2025-03-01", "2025-03-01T00:00:00.000Z"],
    ["2025-03-01T10:20", "2025-03-01T10:20:00.000Z"],
    ["2025-03-01T10:20:30.123Z", "2025-03-01T10:20:30.123Z"],
    ["2025-03-01T10:20:30.123456Z", "2025-03-01T10:20:30.123Z"],
    ["2025-03-01T12:20:30+02:00", "2025-03-01T10:20:30.000Z"],
    ["2025-03-01 10:20:30", "2025-03-01T10:20:30.000Z"],
    ["1740824430123", "2025-03-01T10:20:30.123Z"],
    ["0", "1970-01-01T00:00:00.000Z"],
  ])("reads %s as %s", (text, iso) => {
    expect(parseTime("from", text).toISOString()).toBe(iso);
  });

  it.each([
    "",
    "yesterday",
    "2025-02-30",
    "2025-02-30x",
    "2025-13-01",
    "-5",
    "1e12",
    "99999999999999999",
    "2025-03-01T25:00Z",
  ])("refuses %j", (text) => {
    expect(paramOf(() => parseTime("from", text))).toBe("from");
  });

  it("reads back any instant it printed", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(0), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true }),
        (d) => {
          expect(parseTime("to", d.toISOString()).getTime()).toBe(d.getTime());
          expect(parseTime("to", String(d.getTime())).getTime()).toBe(d.getTime());
        },
      ),
    );
  });
});

describe("singleParams", () => {
  it("gives each allowed parameter's value", () => {
    const values = singleParams(new URLSearchParams("a=1&b=x"), ["a", "b", "c"]);
    expect([...values]).toEqual([
      ["a", "1"],
      ["b", "x"],
    ]);
  });
  it("refuses an unknown or repeated parameter, naming it", () => {
    expect(paramOf(() => singleParams(new URLSearchParams("a=1&zz=2"), ["a"]))).toBe("zz");
    expect(paramOf(() => singleParams(new URLSearchParams("a=1&a=2"), ["a"]))).toBe("a");
  });
});

describe("values", () => {
  it("takes text of 1 to 256 characters", () => {
    expect(textParam("key", "k")).toBe("k");
    expect(paramOf(() => textParam("key", ""))).toBe("key");
    expect(paramOf(() => textParam("key", "x".repeat(257)))).toBe("key");
  });
  it("takes one of a set", () => {
    expect(oneOf("cache", "hit", ["hit", "miss"] as const)).toBe("hit");
    expect(paramOf(() => oneOf("cache", "warm", ["hit", "miss"]))).toBe("cache");
  });
  it("takes a limit from 1 to the maximum, and nothing else", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const n = Number(text);
        const valid = /^\d+$/.test(text) && n >= 1 && n <= 1000;
        if (valid) expect(limitParam(text, 5, 1000)).toBe(n);
        else expect(paramOf(() => limitParam(text, 5, 1000))).toBe("limit");
      }),
    );
    expect(limitParam(undefined, 5, 1000)).toBe(5);
  });
  it("refuses a range that ends before it starts", () => {
    checkRange(new Date(1), new Date(1));
    checkRange(undefined, new Date(1));
    expect(paramOf(() => checkRange(new Date(2), new Date(1)))).toBe("to");
  });
});
