/**
 * Properties of the quotas, against memory and against the real Redis with three separate
 * connections (three gateway instances) racing on the same counters:
 * - requests racing on one counter are admitted exactly up to the limit, never more;
 * - for any interleaving of reservations, settlements (with what was really used, more or less
 *   than reserved) and holders that crash and never settle: no admitted reservation took a
 *   counter past its limit, no refused one would have fit, no value is ever negative, and the
 *   counter ends at exactly what the admitted holders used (crashed ones keep their reservation);
 * - any sequence of reservations and adjustments, run in order, matches a plain model of the
 *   rules (floor at 0, limits checked on reservations only).
 */
import type { Quotas } from "@aigw/plugin-api";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { memorySubject, type Opened, redisSubject, type Subject } from "../testing/quota-subjects.js";

const MINUTE = 60_000;

/** One holder: reserves `amount`, then settles with `used`, or crashes (never settles). */
const holder = fc.record({
  client: fc.nat({ max: 2 }),
  amount: fc.integer({ min: 1, max: 40 }),
  outcome: fc.oneof(
    fc.record({ kind: fc.constant("settle" as const), used: fc.integer({ min: 0, max: 80 }) }),
    fc.record({ kind: fc.constant("crash" as const) }),
  ),
  /** Milliseconds of "work" between reserving and settling, to interleave holders. */
  workMs: fc.nat({ max: 3 }),
});

type Step = { op: "reserve"; amount: number; limit: number } | { op: "adjust"; delta: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant("reserve" as const),
    amount: fc.integer({ min: -20, max: 30 }),
    limit: fc.integer({ min: 0, max: 60 }),
  }),
  fc.record({ op: fc.constant("adjust" as const), delta: fc.integer({ min: -50, max: 50 }) }),
);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const subject of [memorySubject, redisSubject()] as Subject[]) {
  describe(`quota properties: ${subject.name}`, () => {
    let opened: Opened<Quotas>;
    let clients: Quotas[];
    let counter = 0;
    const fresh = () => `p${counter++}`;

    beforeAll(async () => {
      opened = await subject.quotas(3);
      clients = opened.clients;
    });
    afterAll(async () => opened.close());

    test("racing requests are admitted exactly up to the limit", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 30 }),
          fc.array(fc.nat({ max: 40 }), { minLength: 3, maxLength: 3 }),
          async (limit, attempts) => {
            const key = fresh();
            const verdicts = await Promise.all(
              attempts.flatMap((n, c) =>
                Array.from({ length: n }, () =>
                  clients[c]!.reserve([{ key, limit, amount: 1, ttlMs: MINUTE }]),
                ),
              ),
            );
            const total = attempts.reduce((a, b) => a + b, 0);
            expect(verdicts.filter((v) => v.admitted)).toHaveLength(Math.min(limit, total));
            expect(await clients[0]!.read([key])).toEqual([Math.min(limit, total)]);
          },
        ),
        { numRuns: 40 },
      );
    }, 60_000);

    test("reservations, settlements and crashed holders: never past the limit, never negative", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 200 }),
          fc.array(holder, { minLength: 1, maxLength: 30 }),
          async (limit, holders) => {
            const key = fresh();
            const seen: number[] = [];
            const finals = await Promise.all(
              holders.map(async (h) => {
                const quotas = clients[h.client]!;
                const verdict = await quotas.reserve([{ key, limit, amount: h.amount, ttlMs: MINUTE }]);
                seen.push(...verdict.values);
                if (verdict.admitted) expect(verdict.values[0]).toBeLessThanOrEqual(limit);
                else expect(verdict.values[0]! + h.amount).toBeGreaterThan(limit);
                if (!verdict.admitted) return 0;
                await sleep(h.workMs);
                if (h.outcome.kind === "crash") return h.amount;
                await quotas.adjust([{ key, delta: h.outcome.used - h.amount, ttlMs: MINUTE }]);
                return h.outcome.used;
              }),
            );
            const [value] = await clients[0]!.read([key]);
            seen.push(value!);
            expect(Math.min(...seen)).toBeGreaterThanOrEqual(0);
            // Each settlement gives back at most what its own reservation added, so the floor
            // never clips and the counter is exactly what the admitted holders account for.
            expect(value).toBe(finals.reduce((a, b) => a + b, 0));
          },
        ),
        { numRuns: 40 },
      );
    }, 60_000);

    test("any sequence in order matches the model: floor at 0, limits on reservations only", async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
          const key = fresh();
          let model = 0;
          for (const [i, s] of steps.entries()) {
            const quotas = clients[i % clients.length]!;
            if (s.op === "adjust") {
              await quotas.adjust([{ key, delta: s.delta, ttlMs: MINUTE }]);
              model = Math.max(0, model + s.delta);
              continue;
            }
            const verdict = await quotas.reserve([{ key, limit: s.limit, amount: s.amount, ttlMs: MINUTE }]);
            const fits = model + s.amount <= s.limit;
            expect(verdict.admitted).toBe(fits);
            if (fits) model = Math.max(0, model + s.amount);
            expect(verdict.values).toEqual([model]);
          }
          expect(await clients[0]!.read([key])).toEqual([model]);
        }),
        { numRuns: 40 },
      );
    }, 60_000);
  });
}
