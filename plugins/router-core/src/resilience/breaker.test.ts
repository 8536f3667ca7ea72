/**
 * The circuit breaker against a reference model (fast-check model-based commands): any sequence
 * of attempts (succeeding or failing), lost probes and time passing leaves the real breaker,
 * over the engine's memory store with a manual clock, in the model's state, admitting exactly
 * what the model admits.
 */
import { memoryStores } from "@aigw/engine";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type BreakerOptions, CircuitBreaker, type Verdict } from "./breaker.js";

const options: BreakerOptions = {
  windowMs: 1000,
  buckets: 5,
  minRequests: 4,
  failureRatio: 0.5,
  cooldownMs: 500,
  halfOpenProbes: 2,
};
const bucketMs = options.windowMs / options.buckets;

/** The spec, written plainly. */
class Model {
  s: "closed" | "open" = "closed";
  gen = 0;
  openedAt = 0;
  events: { gen: number; bucket: number; ok: boolean }[] = [];
  probes = new Map<string, { count: number; expires: number }>();
  constructor(public now: number) {}

  state(): string {
    if (this.s === "closed") return "closed";
    return this.now < this.openedAt + options.cooldownMs ? "open" : "half-open";
  }

  admit(): { allowed: boolean; probe: boolean; gen: number } {
    if (this.s === "closed") return { allowed: true, probe: false, gen: this.gen };
    if (this.now < this.openedAt + options.cooldownMs) return { allowed: false, probe: false, gen: this.gen };
    const key = `${this.gen}:${this.openedAt}`;
    let counter = this.probes.get(key);
    if (!counter || counter.expires <= this.now) {
      counter = { count: 0, expires: this.now + options.cooldownMs };
      this.probes.set(key, counter);
    }
    counter.count++;
    return { allowed: counter.count <= options.halfOpenProbes, probe: true, gen: this.gen };
  }

  record(verdict: { probe: boolean; gen: number }, ok: boolean): void {
    if (verdict.probe) {
      if (ok) {
        this.s = "closed";
        this.gen = verdict.gen + 1;
      } else {
        this.s = "open";
        this.gen = verdict.gen;
        this.openedAt = this.now;
      }
      return;
    }
    const bucket = Math.floor(this.now / bucketMs);
    this.events.push({ gen: verdict.gen, bucket, ok });
    if (ok) return;
    const inWindow = this.events.filter(
      (e) => e.gen === verdict.gen && e.bucket > bucket - options.buckets && e.bucket <= bucket,
    );
    const failures = inWindow.filter((e) => !e.ok).length;
    if (inWindow.length < options.minRequests || failures / inWindow.length < options.failureRatio) return;
    if (this.s === "closed" && this.gen === verdict.gen) {
      this.s = "open";
      this.openedAt = this.now;
    }
  }
}

interface Real {
  breaker: CircuitBreaker;
  clock: { t: number };
}

type Cmd = fc.AsyncCommand<Model, Real>;

class Attempt implements Cmd {
  constructor(readonly ok: boolean) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const expected = m.admit();
    const verdict: Verdict = await r.breaker.admit("t");
    expect(verdict.allowed).toBe(expected.allowed);
    if (verdict.allowed) {
      expect(verdict.probe).toBe(expected.probe);
      m.record(expected, this.ok);
      await r.breaker.record("t", verdict, this.ok);
    }
    expect(await r.breaker.state("t")).toBe(m.state());
    // The invariant the router relies on: an open breaker (in its cooldown) admits nothing.
    if (m.state() === "open") expect((await r.breaker.admit("t")).allowed).toBe(false);
  }
  toString = () => `attempt(${this.ok ? "ok" : "fail"})`;
}

/** A probe admitted whose outcome never arrives (its process died). */
class LostProbe implements Cmd {
  check = (m: Readonly<Model>) => m.state() === "half-open";
  async run(m: Model, r: Real) {
    const expected = m.admit();
    expect((await r.breaker.admit("t")).allowed).toBe(expected.allowed);
  }
  toString = () => "lostProbe";
}

class Advance implements Cmd {
  constructor(readonly ms: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    m.now += this.ms;
    r.clock.t += this.ms;
    expect(await r.breaker.state("t")).toBe(m.state());
  }
  toString = () => `advance(${this.ms})`;
}

describe("circuit breaker", () => {
  test("behaves as the reference model for any sequence of outcomes and time", async () => {
    const commands = [
      fc.boolean().map((ok) => new Attempt(ok)),
      fc.constant(new LostProbe()),
      fc.integer({ min: 1, max: 700 }).map((ms) => new Advance(ms)),
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 80 }), async (cmds) => {
        const clock = { t: 1_000_000 };
        const store = memoryStores(() => clock.t).open("breaker-test");
        const real: Real = { breaker: new CircuitBreaker(store, options, () => clock.t), clock };
        await fc.asyncModelRun(() => ({ model: new Model(clock.t), real }), cmds);
      }),
      { numRuns: 300 },
    );
  });
});
