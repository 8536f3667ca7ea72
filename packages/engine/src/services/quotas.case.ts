/**
 * The quota conformance suite: what every `Quotas` promises (admission exactly at the limit,
 * all or nothing across buckets, counters never below 0, seeds, expiry and `retryAfterMs`, exact
 * values), run against memory and the real Redis. Windows are real time (Redis keeps its own
 * clock), so expiry cases wait a few hundred milliseconds.
 */
import type { Quotas } from "@aigw/plugin-api";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Opened, Subject } from "../testing/quota-subjects.js";

const MINUTE = 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const bucket = (key: string, limit: number, amount = 1, ttlMs = MINUTE, seed?: number) => ({
  key,
  limit,
  amount,
  ttlMs,
  seed,
});

export function describeQuotas(subject: Subject): void {
  describe(`quotas: ${subject.name}`, () => {
    let opened: Opened<Quotas>;
    let quotas: Quotas;
    let key = 0;
    /** A counter name no other case uses. */
    const fresh = () => `k${key++}`;

    beforeAll(async () => {
      opened = await subject.quotas(2);
      quotas = opened.clients[0]!;
    });
    afterAll(async () => opened.close());

    test("admits up to the limit exactly, then refuses with the window's remaining time", async () => {
      const k = fresh();
      const values: number[] = [];
      for (let i = 0; i < 3; i++) {
        const verdict = await quotas.reserve([bucket(k, 3)]);
        expect(verdict.admitted).toBe(true);
        values.push(verdict.values[0]!);
      }
      expect(values).toEqual([1, 2, 3]);
      const refused = await quotas.reserve([bucket(k, 3)]);
      expect(refused).toMatchObject({ admitted: false, bucket: 0, values: [3] });
      if (refused.admitted) throw new Error("unreachable");
      expect(refused.retryAfterMs).toBeGreaterThan(MINUTE - 5_000);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(MINUTE);
      expect(await quotas.read([k])).toEqual([3]);
    });

    test("a reservation larger than the limit is refused on a fresh counter, which it does not create", async () => {
      const k = fresh();
      const refused = await quotas.reserve([bucket(k, 5, 6, 30_000)]);
      expect(refused).toEqual({ admitted: false, bucket: 0, values: [0], retryAfterMs: 30_000 });
      expect(await quotas.read([k])).toEqual([0]);
      expect((await quotas.reserve([bucket(k, 5, 5)])).values).toEqual([5]);
    });

    test("all or nothing: one full bucket refuses the reservation in every bucket", async () => {
      const [wide, narrow, third] = [fresh(), fresh(), fresh()];
      const reserve = () => quotas.reserve([bucket(wide, 10), bucket(narrow, 1), bucket(third, 10, 2)]);
      expect(await reserve()).toEqual({ admitted: true, values: [1, 1, 2] });
      const refused = await reserve();
      expect(refused).toMatchObject({ admitted: false, bucket: 1, values: [1, 1, 2] });
      expect(await quotas.read([wide, narrow, third])).toEqual([1, 1, 2]);
    });

    test("the first bucket that would overrun is the one named", async () => {
      const [a, b] = [fresh(), fresh()];
      await quotas.reserve([bucket(a, 1), bucket(b, 1)]);
      expect(await quotas.reserve([bucket(a, 1), bucket(b, 1)])).toMatchObject({
        admitted: false,
        bucket: 0,
      });
    });

    test("counters never go below 0: settlements, negative reservations, missing counters", async () => {
      const k = fresh();
      await quotas.reserve([bucket(k, 10, 2)]);
      await quotas.adjust([{ key: k, delta: -5, ttlMs: MINUTE }]);
      expect(await quotas.read([k])).toEqual([0]);
      const missing = fresh();
      await quotas.adjust([{ key: missing, delta: -3, ttlMs: MINUTE }]);
      expect(await quotas.read([missing])).toEqual([0]);
      expect((await quotas.reserve([bucket(k, 10, -4)])).values).toEqual([0]);
      await quotas.adjust([{ key: k, delta: 4, ttlMs: MINUTE }]);
      expect(await quotas.read([k])).toEqual([4]);
    });

    test("settlements add and give back; they are not limited", async () => {
      const k = fresh();
      await quotas.reserve([bucket(k, 100, 40)]);
      await quotas.adjust([{ key: k, delta: -15, ttlMs: MINUTE }]);
      expect(await quotas.read([k])).toEqual([25]);
      await quotas.adjust([{ key: k, delta: 200, ttlMs: MINUTE }]);
      expect(await quotas.read([k])).toEqual([225]);
      expect(await quotas.reserve([bucket(k, 100, 1)])).toMatchObject({ admitted: false, values: [225] });
    });

    test("a seed is where a missing counter starts; an existing counter ignores it", async () => {
      const k = fresh();
      expect(await quotas.reserve([bucket(k, 6, 1, MINUTE, 5)])).toEqual({ admitted: true, values: [6] });
      expect(await quotas.reserve([bucket(k, 6, 1, MINUTE, 5)])).toMatchObject({
        admitted: false,
        values: [6],
      });
      expect(await quotas.reserve([bucket(k, 100, 1, MINUTE, 50)])).toEqual({ admitted: true, values: [7] });
      const over = fresh();
      expect(await quotas.reserve([bucket(over, 10, 1, MINUTE, 10)])).toMatchObject({
        admitted: false,
        values: [10],
      });
      expect(await quotas.read([over])).toEqual([0]);
      const settled = fresh();
      await quotas.adjust([{ key: settled, delta: 2, ttlMs: MINUTE, seed: 30 }]);
      expect(await quotas.read([settled])).toEqual([32]);
      const negative = fresh();
      expect(await quotas.reserve([bucket(negative, 10, 1, MINUTE, -7)])).toEqual({
        admitted: true,
        values: [1],
      });
    });

    test("a counter lives for the ttl given when it was created; later additions keep that expiry", async () => {
      const k = fresh();
      await quotas.reserve([bucket(k, 2, 1, 300)]);
      await sleep(150);
      await quotas.reserve([bucket(k, 2, 1, 300)]);
      const refused = await quotas.reserve([bucket(k, 2, 1, 300)]);
      if (refused.admitted) throw new Error("expected a refusal");
      expect(refused.retryAfterMs).toBeGreaterThan(0);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(160);
      await sleep(refused.retryAfterMs + 60);
      expect(await quotas.read([k])).toEqual([0]);
      expect(await quotas.reserve([bucket(k, 2, 1, 300)])).toEqual({ admitted: true, values: [1] });
    });

    test("an adjustment that creates a counter gives it the ttl", async () => {
      const k = fresh();
      await quotas.adjust([{ key: k, delta: 3, ttlMs: 100 }]);
      expect(await quotas.read([k])).toEqual([3]);
      await sleep(180);
      expect(await quotas.read([k])).toEqual([0]);
    });

    test("values are exact: fractions, large integers, several keys in one read", async () => {
      const [f, big] = [fresh(), fresh()];
      await quotas.reserve([bucket(f, 10, 0.5)]);
      await quotas.reserve([bucket(f, 10, 0.25)]);
      await quotas.adjust([{ key: f, delta: 0.125, ttlMs: MINUTE }]);
      // Micro-dollars: a budget of a million dollars, counted to the micro-dollar.
      const limit = 1_000_000_000_000;
      await quotas.reserve([bucket(big, limit, 999_999_999_999)]);
      expect(await quotas.reserve([bucket(big, limit, 2)])).toMatchObject({ admitted: false });
      expect((await quotas.reserve([bucket(big, limit, 1)])).values).toEqual([limit]);
      expect(await quotas.read([f, big, fresh()])).toEqual([0.875, limit, 0]);
    });

    test("no buckets: admitted with no values; no changes and no keys: nothing to do", async () => {
      expect(await quotas.reserve([])).toEqual({ admitted: true, values: [] });
      await quotas.adjust([]);
      expect(await quotas.read([])).toEqual([]);
    });

    test("two clients see and count the same counters", async () => {
      const [one, two] = opened.clients as [Quotas, Quotas];
      const k = fresh();
      await one.reserve([bucket(k, 2)]);
      await two.reserve([bucket(k, 2)]);
      expect(await one.reserve([bucket(k, 2)])).toMatchObject({ admitted: false, values: [2] });
      expect(await two.read([k])).toEqual([2]);
    });

    test("concurrent reservations on one counter admit exactly the limit", async () => {
      const k = fresh();
      const verdicts = await Promise.all(
        Array.from({ length: 60 }, (_, i) => opened.clients[i % 2]!.reserve([bucket(k, 25)])),
      );
      expect(verdicts.filter((v) => v.admitted)).toHaveLength(25);
      expect(
        verdicts
          .filter((v) => v.admitted)
          .map((v) => v.values[0])
          .sort((a, b) => a! - b!),
      ).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      expect(await quotas.read([k])).toEqual([25]);
    });

    test("shared says whether instances count together", async () => {
      expect(quotas.shared).toBe(subject.name !== "memory");
    });
  });
}
