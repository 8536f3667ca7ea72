// The SQL helpers: identifiers quoted so any name round-trips, a timeout that ends the wait, and
// the server's errors read by class, against the real database; messages never carry a URL.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sql } from "./pool.js";
import {
  describeError,
  isDataError,
  isMissingRelation,
  QueryTimeoutError,
  quoteIdent,
  sqlState,
  withTimeout,
} from "./sql.js";
import { testSql } from "./testing/index.js";

let sql: Sql;
beforeAll(() => {
  sql = testSql();
});
afterAll(async () => {
  await sql.end();
});

describe("quoteIdent", () => {
  it("names exactly the identifier it was given, whatever its characters", async () => {
    const names = fc.sample(
      fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !s.includes("\0")),
      25,
    );
    for (const name of names) {
      const [row] = await sql.unsafe<{ name: string }[]>(`SELECT 1 AS ${quoteIdent(name)}`);
      expect(Object.keys(row!)).toEqual([name]);
    }
  });
});

describe("withTimeout", () => {
  it("gives the answer when it comes in time", async () => {
    await expect(withTimeout(Promise.resolve(7), 50)).resolves.toBe(7);
  });
  it("fails with a QueryTimeoutError when it does not", async () => {
    const never = new Promise<never>(() => undefined);
    const failure = await withTimeout(never, 20).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryTimeoutError);
    expect((failure as QueryTimeoutError).code).toBe("QUERY_TIMEOUT");
  });
});

describe("errors", () => {
  const failureOf = (text: string): Promise<unknown> =>
    sql.unsafe(text).then(
      () => undefined,
      (error: unknown) => error,
    );

  it("tells a value the database refuses from a missing table and from anything else", async () => {
    const data = await failureOf("SELECT 1/0");
    expect(sqlState(data)).toBe("22012");
    expect(isDataError(data)).toBe(true);
    expect(isMissingRelation(data)).toBe(false);

    const missing = await failureOf("SELECT * FROM aigw_no_such_table");
    expect(sqlState(missing)).toBe("42P01");
    expect(isMissingRelation(missing)).toBe(true);
    expect(isDataError(missing)).toBe(false);

    expect(sqlState(new Error("connect ECONNREFUSED"))).toBeUndefined();
    expect(isDataError(new Error("connect ECONNREFUSED"))).toBe(false);
  });

  it("describes a failure with its SQLSTATE and without a connection string", async () => {
    expect(describeError(await failureOf("SELECT 1/0"))).toBe("22012: division by zero");
    const leaky = new Error("cannot reach postgres://admin:secret@db:5432/aigw (timeout)");
    expect(describeError(leaky)).toBe("cannot reach postgres://… (timeout)");
    expect(describeError("postgresql://u:p@h/d")).toBe("postgres://…");
  });
});
