// Properties of the limiter under any interleaving of reservations, settlements and requests
// that never settle (fast-check's scheduler decides the order in which every store call runs):
// - rate limits: requests admitted never exceed the limit, a token counter never holds more than
//   its limit at an admission, and no counter goes negative; each counter ends exactly at what
//   the settled requests used plus what the unsettled ones still hold;
// - budgets: the spend counted never passes the cap by more than what the requests in flight when
//   the last one was admitted cost beyond their reservations.
import { memoryQuotas } from "@aigw/engine";
import type { GatewayRequest, Pricing, QuotaPolicy, Quotas } from "@aigw/plugin-api";
import { sampleRecord } from "@aigw/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Limiter, type Reservation } from "./limiter.js";
import { StoreHealth } from "./store-health.js";

const NOW = Date.UTC(2025, 0, 1, 0, 0, 30);

// $1 per million prompt tokens, $10 per million completion tokens.
const pricing: Pricing = {
  version: "t",
  price: () => undefined,
  cost: () => undefined,
  costForModel: (_model, usage) => ({
    totalUsd: usage.promptTokens * 1e-6 + usage.completionTokens * 1e-5,
    inputUsd: 0,
    outputUsd: 0,
    priceVersion: "t",
  }),
};

const silent = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

function chat(maxTokens: number): GatewayRequest {
  return {
    endpoint: "chat.completions",
    method: "POST",
    path: "/v1/chat/completions",
    headers: new Headers(),
    body: { model: "m", messages: [{ role: "user", content: "abcd".repeat(10) }], max_tokens: maxTokens },
    model: "m",
    stream: false,
    metadata: {},
    raw: undefined,
  };
}

type Request = { maxTokens: number; settles: boolean; failed: boolean; usedTokens: number };

/** One request: what it asks for, whether it settles (or is lost), what it really used. */
const requestArb: fc.Arbitrary<Request> = fc.record({
  maxTokens: fc.integer({ min: 0, max: 400 }),
  settles: fc.boolean(),
  failed: fc.boolean(),
  usedTokens: fc.integer({ min: 0, max: 800 }),
});

/**
 * Quotas whose every call is released by the scheduler, noting when each request's reservation
 * and settlement really ran (the request's index is in its own `user` counter's name).
 */
function observed(inner: Quotas, schedule: fc.Scheduler) {
  let seq = 0;
  const admittedAt = new Map<number, number>();
  const settledAt = new Map<number, number>();
  const indexOf = (keys: readonly string[]) => {
    for (const key of keys) {
      const match = /:user:r(\d+):/.exec(key);
      if (match) return Number(match[1]);
    }
    return -1;
  };
  const quotas: Quotas = {
    shared: false,
    reserve: schedule.scheduleFunction(async (buckets) => {
      const verdict = await inner.reserve(buckets);
      if (verdict.admitted) admittedAt.set(indexOf(buckets.map((b) => b.key)), seq++);
      return verdict;
    }),
    adjust: schedule.scheduleFunction(async (changes) => {
      await inner.adjust(changes);
      settledAt.set(indexOf(changes.map((c) => c.key)), seq++);
    }),
    read: (keys) => inner.read(keys),
  };
  return { quotas, admittedAt, settledAt };
}

async function run(requests: Request[], policy: Omit<QuotaPolicy, "scope" | "id">, schedule: fc.Scheduler) {
  const inner = memoryQuotas(() => NOW);
  const { quotas, admittedAt, settledAt } = observed(inner, schedule);
  const limiter = new Limiter(
    {
      prefix: "p",
      onStoreUnavailable: "closed",
      estimate: { charsPerToken: 4, completionTokens: 256, imageTokens: 765 },
    },
    { quotas, pricing, logger: silent, now: () => NOW, health: new StoreHealth(quotas, silent, () => NOW) },
  );
  const reservations: (Reservation | undefined)[] = [];
  const used: { tokens: number; micros: number }[] = [];
  const flows = requests.map(async (r, i) => {
    const admission = await limiter.admit(chat(r.maxTokens), [
      { scope: "key", id: "k", ...policy },
      // The request's own counter, only so the observer can tell requests apart.
      { scope: "user", id: `r${i}`, tokensPerMinute: 1e9 },
    ]);
    if (admission.kind !== "admit") return;
    const reservation = admission.reservation;
    reservations[i] = reservation;
    // Completion tokens cost 10x prompt tokens; a failed request used nothing.
    const tokens = r.failed ? 0 : r.usedTokens;
    const micros = r.failed ? 0 : tokens * 10;
    used[i] = { tokens, micros };
    if (!r.settles) return; // lost: never settles
    const record = sampleRecord({
      cache: undefined,
      tokens: { prompt: 0, completion: tokens, total: tokens },
      cost: { totalUsd: micros / 1e6, inputUsd: 0, outputUsd: 0, priceVersion: "t" },
    });
    await limiter.settle(reservation, record);
  });
  await schedule.waitFor(Promise.all(flows));
  return { inner, reservations, used, admittedAt, settledAt };
}

describe("limiter properties", () => {
  it("rate limits: admitted <= limit, counters never negative, exact accounting, for any interleaving", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(requestArb, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 3000 }),
        async (schedule, requests, rpm, tpm) => {
          const { inner, reservations } = await run(
            requests,
            { requestsPerMinute: rpm, tokensPerMinute: tpm },
            schedule,
          );
          const admitted = reservations.filter((r) => r !== undefined);
          expect(admitted.length).toBeLessThanOrEqual(rpm);
          for (const r of admitted) {
            const tpmIndex = r!.plan.info.findIndex((info) => info.kind === "tpm" && info.scope === "key");
            expect(r!.values[tpmIndex]).toBeLessThanOrEqual(tpm);
          }
          const [requestsCounted, tokensCounted] = await inner.read([
            "p:rpm:key:k:m28928160",
            "p:tpm:key:k:m28928160",
          ]);
          expect(requestsCounted).toBe(admitted.length);
          let expected = 0;
          requests.forEach((r, i) => {
            const reservation = reservations[i];
            if (!reservation) return;
            expected += r.settles ? (r.failed ? 0 : r.usedTokens) : reservation.tokens;
          });
          expect(tokensCounted).toBeGreaterThanOrEqual(0);
          expect(tokensCounted).toBe(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("budgets: spend <= cap + what the requests in flight at the last admission cost beyond their reservations", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(requestArb, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 0, max: 20_000 }),
        async (schedule, requests, capMicros) => {
          const everyoneSettles = requests.map((r) => ({ ...r, settles: true }));
          const { inner, reservations, used, admittedAt, settledAt } = await run(
            everyoneSettles,
            { budget: { limitUsd: capMicros / 1e6, period: "daily" } },
            schedule,
          );
          const [spent] = await inner.read(["p:usd:key:k:d20089"]);
          const last = Math.max(-1, ...admittedAt.values());
          let excess = 0;
          let total = 0;
          reservations.forEach((r, i) => {
            if (!r) return;
            total += used[i]!.micros;
            const settled = settledAt.get(i);
            const inFlightAtLast = admittedAt.get(i)! <= last && (settled === undefined || settled > last);
            if (inFlightAtLast) excess += Math.max(0, used[i]!.micros - r.costMicros);
          });
          expect(spent).toBe(total);
          expect(spent).toBeLessThanOrEqual(capMicros + excess);
        },
      ),
      { numRuns: 200 },
    );
  });
});
