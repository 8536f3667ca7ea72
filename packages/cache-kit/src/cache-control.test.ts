// Caller directives: each header form, their combinations, the defaults, and bad values.
import { describe, expect, test } from "vitest";
import { cacheControl, isCacheControlError } from "./cache-control.js";

const of = (init: Record<string, string>) => cacheControl(new Headers(init));

describe("cacheControl", () => {
  test("no header: look up and store, any fresh entry", () => {
    expect(of({})).toEqual({ mode: "use", store: true });
  });

  test("x-aigw-cache values, alone and together, any case and spacing", () => {
    expect(of({ "x-aigw-cache": "refresh" })).toMatchObject({ mode: "refresh", store: true });
    expect(of({ "x-aigw-cache": "no-store" })).toMatchObject({ mode: "use", store: false });
    expect(of({ "x-aigw-cache": "bypass" })).toEqual({ mode: "bypass", store: false });
    expect(of({ "x-aigw-cache": " Refresh , NO-STORE " })).toMatchObject({ mode: "refresh", store: false });
    expect(of({ "x-aigw-cache": "refresh, bypass" })).toEqual({ mode: "bypass", store: false });
  });

  test("Cache-Control: no-cache refreshes, no-store does not store, max-age bounds the age", () => {
    expect(of({ "cache-control": "no-cache" })).toMatchObject({ mode: "refresh", store: true });
    expect(of({ "cache-control": "no-store" })).toMatchObject({ mode: "use", store: false });
    expect(of({ "cache-control": "max-age=30" })).toMatchObject({ mode: "use", maxAgeMs: 30_000 });
    expect(of({ "cache-control": 'max-age="5", no-store' })).toMatchObject({ store: false, maxAgeMs: 5000 });
    expect(of({ "cache-control": "max-age=0" })).toMatchObject({ maxAgeMs: 0 });
  });

  test("unknown or malformed Cache-Control directives are ignored", () => {
    expect(of({ "cache-control": "private, max-age=abc, max-age=-1, stale-while-revalidate=5" })).toEqual({
      mode: "use",
      store: true,
      maxAgeMs: undefined,
    });
  });

  test("both headers combine", () => {
    expect(of({ "x-aigw-cache": "no-store", "cache-control": "no-cache, max-age=60" })).toEqual({
      mode: "refresh",
      store: false,
      maxAgeMs: 60_000,
    });
  });

  test("an unknown x-aigw-cache value is an error naming the header and the accepted values", () => {
    const result = of({ "x-aigw-cache": "refresh, forever" });
    expect(isCacheControlError(result)).toBe(true);
    expect(result).toEqual({
      header: "x-aigw-cache",
      error: 'Unknown x-aigw-cache value "forever": use refresh, no-store or bypass.',
    });
  });
});
