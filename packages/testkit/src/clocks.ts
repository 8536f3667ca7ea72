/**
 * Clocks for the engine's `clock` service in tests: one the test moves by hand (token expiry,
 * cache periods), and one whose wall time stands still (so `created` in translated chunks is
 * the same on every run) while durations still pass.
 */
import type { Clock } from "@aigw/plugin-api";

export interface ManualClock extends Clock {
  /** Moves both the wall and the monotonic time forward. */
  advance(ms: number): void;
}

/** A clock at `start` (epoch ms) that only moves when told to. */
export function manualClock(start = 1_700_000_000_000): ManualClock {
  let now = start;
  return {
    now: () => now,
    monotonic: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

/** Wall time fixed at `nowMs`; monotonic time is real. */
export function fixedClock(nowMs: number): Clock {
  return { now: () => nowMs, monotonic: () => performance.now() };
}
