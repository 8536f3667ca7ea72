// The query parameters and the page cursor, without a database: what is accepted, what it means,
// and that every other value is refused naming its parameter.

import { ParamError } from "@aigw/pg-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor.js";
import { parseAggregateParams, parseListParams, parseStatus } from "./params.js";

const q = (text: string) => new URLSearchParams(text);

describe("parseStatus", () => {
  it("reads a code and a class", () => {
    expect(parseStatus("404")).toEqual({ min: 404, max: 404 });
    expect(parseStatus("5xx")).toEqual({ min: 500, max: 599 });
    expect(parseStatus("2XX")).toEqual({ min: 200, max: 299 });
  });
});

describe("parseListParams", () => {
  it("reads every filter", () => {
    const params = parseListParams(
      q(
        "from=2025-01-01&to=2025-02-01&key=k&team=t&user=u&model=m&provider=p&status=4xx&error=any&cache=hit&guardrail=failed&endpoint=embeddings&outcome=ok&limit=5",
      ),
    );
    expect(params.limit).toBe(5);
    expect(params.filters).toMatchObject({
      key: "k",
      team: "t",
      user: "u",
      model: "m",
      provider: "p",
      status: { min: 400, max: 499 },
      error: "any",
      cache: "hit",
      guardrail: "failed",
      endpoint: "embeddings",
      outcome: "ok",
    });
  });

  it("names the parameter of any value it refuses", () => {
    const names = ["limit", "status", "cache", "guardrail", "endpoint", "outcome", "from", "to", "before"];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.string({ maxLength: 12 }), (name, value) => {
        try {
          parseListParams(new URLSearchParams([[name, value]]));
        } catch (error) {
          expect(error).toBeInstanceOf(ParamError);
          expect((error as ParamError).param).toBe(name);
        }
      }),
    );
  });

  it("requires group_by for aggregates and refuses list-only parameters there", () => {
    expect(() => parseAggregateParams(q(""))).toThrow(expect.objectContaining({ param: "group_by" }));
    expect(() => parseAggregateParams(q("group_by=day&before=x"))).toThrow(
      expect.objectContaining({ param: "before" }),
    );
    expect(parseAggregateParams(q("group_by=hour")).groupBy).toBe("hour");
  });
});

describe("the cursor", () => {
  const ts = fc
    .date({ min: new Date(0), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
    .chain((d) =>
      fc
        .integer({ min: 0, max: 999 })
        .map((us) => `${d.toISOString().slice(0, 23)}${String(us).padStart(3, "0")}Z`),
    );
  const id = fc.bigInt({ min: 1n, max: 9_223_372_036_854_775_807n }).map(String);

  it("round-trips and is URL-safe", () => {
    fc.assert(
      fc.property(ts, id, (t, i) => {
        const token = encodeCursor({ ts: t, id: i });
        expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(decodeCursor(token)).toEqual({ ts: t, id: i });
      }),
    );
  });

  it("refuses anything it did not make", () => {
    fc.assert(
      fc.property(fc.string(), (token) => {
        const cursor = decodeCursor(token);
        if (cursor) expect(encodeCursor(cursor)).toBe(token);
      }),
    );
    expect(decodeCursor(btoa(JSON.stringify(["2025-01-01T00:00:00.000000Z", "-1"])))).toBeUndefined();
    expect(
      decodeCursor(btoa(JSON.stringify(["2025-01-01T00:00:00.000000Z", "9223372036854775808"]))),
    ).toBeUndefined();
  });
});
