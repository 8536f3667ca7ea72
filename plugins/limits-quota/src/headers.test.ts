import type { QuotaBucket } from "@aigw/plugin-api";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BucketInfo } from "./buckets.js";
import { formatDuration, rateLimitHeaders, retryAfterSeconds } from "./headers.js";

describe("formatDuration", () => {
  it.each([
    [0, "0ms"],
    [17, "17ms"],
    [1000, "1s"],
    [59_750, "59.75s"],
    [360_000, "6m0s"],
    [3_723_000, "1h2m3s"],
    [86_400_000, "24h0m0s"],
  ])("%d ms is %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it("property: writes the seconds as their shortest decimal (Go's format)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 200 * 3_600_000 }), (ms) => {
        const seconds = (ms % 60_000) / 1000;
        const expected = `${Number.isInteger(seconds) ? seconds : seconds.toFixed(3).replace(/0+$/, "")}s`;
        expect(formatDuration(ms).endsWith(expected)).toBe(true);
        expect(formatDuration(ms)).toMatch(/^(\d+h)?(\d+m)?\d+(\.\d*[1-9])?s$/);
      }),
    );
  });
});

const info = (kind: BucketInfo["kind"], scope: BucketInfo["scope"] = "key"): BucketInfo => ({
  kind,
  scope,
  id: "k",
  window: kind.endsWith("m") ? "minute" : "day",
  windowId: "w",
});
const bucket = (limit: number, ttlMs: number): QuotaBucket => ({ key: "x", limit, amount: 1, ttlMs });

describe("rateLimitHeaders", () => {
  it("reports, per family, the counter with the least left", () => {
    const headers = rateLimitHeaders(
      [bucket(10, 30_000), bucket(1000, 3_600_000), bucket(5000, 30_000), bucket(100, 30_000)],
      [info("rpm"), info("rpd"), info("tpm"), info("rpm", "team")],
      [4, 999, 1200, 50],
    );
    expect(headers).toEqual({
      "x-ratelimit-limit-requests": "1000",
      "x-ratelimit-remaining-requests": "1",
      "x-ratelimit-reset-requests": "1h0m0s",
      "x-ratelimit-limit-tokens": "5000",
      "x-ratelimit-remaining-tokens": "3800",
      "x-ratelimit-reset-tokens": "30s",
    });
  });

  it("sends no header for a family nothing limits, and never a negative remainder", () => {
    expect(rateLimitHeaders([bucket(10, 1000), bucket(5, 2000)], [info("usd"), info("tpm")], [3, 9])).toEqual(
      {
        "x-ratelimit-limit-tokens": "5",
        "x-ratelimit-remaining-tokens": "0",
        "x-ratelimit-reset-tokens": "2s",
      },
    );
  });

  it("rounds retry-after up to a whole second, at least 1", () => {
    expect(retryAfterSeconds(1)).toBe("1");
    expect(retryAfterSeconds(1001)).toBe("2");
    expect(retryAfterSeconds(0)).toBe("1");
  });
});
