// JSON text for jsonb: never a NUL or an unpaired surrogate, everything else unchanged, and
// PostgreSQL takes whatever string it is given.

import { testSql } from "@aigw/pg-kit/testing";
import fc from "fast-check";
import type postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonbText, wellFormed } from "./jsonb-text.js";

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Strings of any UTF-16 code units, NULs and lone surrogates included. */
const anyString = fc.string({
  unit: fc.oneof(
    fc.constantFrom("\u0000", "\ud800", "\udfff", "\\", '"'),
    fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
  ),
});

describe("wellFormed", () => {
  it("leaves no NUL and no unpaired surrogate, and keeps everything else", () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const out = wellFormed(text);
        expect(out.includes("\u0000")).toBe(false);
        expect(LONE.test(out)).toBe(false);
        expect(out.length).toBe(text.length);
        if (!text.includes("\u0000") && !LONE.test(text)) expect(out).toBe(text);
      }),
    );
  });
});

describe("jsonbText", () => {
  let sql: postgres.Sql;
  beforeAll(() => {
    sql = testSql();
  });
  afterAll(async () => {
    await sql.end();
  });

  it("round-trips clean values exactly", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        fc.pre(!LONE.test(JSON.stringify(value)) && !JSON.stringify(value).includes("\\u0000"));
        expect(jsonbText(value)).toBe(JSON.stringify(value));
      }),
    );
  });

  it("is accepted by jsonb for any strings, as values and as keys", async () => {
    const samples = fc.sample(fc.tuple(anyString, anyString), 200);
    const texts = samples.map(([key, value]) => jsonbText({ [key]: value, list: [value] }));
    const [row] = await sql.unsafe<{ n: string }[]>(
      "SELECT count(*) AS n FROM unnest($1::text[]) AS t(doc) WHERE doc::jsonb IS NOT NULL",
      [texts],
    );
    expect(Number(row?.n)).toBe(samples.length);
  });

  it("refuses what has no JSON form", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => jsonbText(cycle)).toThrow();
    expect(() => jsonbText(undefined)).toThrow(/no JSON form/);
  });
});
