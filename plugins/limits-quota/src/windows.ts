/**
 * Fixed windows aligned to UTC: the minute, the day, the month, or all time. A counter's name
 * carries its window's id, so a new window is a new counter, and the counter lives until its
 * window ends (its ttl), which is also what a refused caller is told to wait.
 */

export type WindowKind = "minute" | "day" | "month" | "total";

export interface Window {
  /** Put in the counter's name: `m29410455`, `d20426`, `M2025-06`, `all`. */
  readonly id: string;
  /** When the window began (ms since the epoch; 0 for `total`). */
  readonly startMs: number;
  /** Milliseconds from `nowMs` until the window ends (at least 1). */
  readonly ttlMs: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/**
 * `total` never ends; its counter still needs a lifetime. Ten years: a counter lost at that age
 * (or any other) is seeded again from the ledger.
 */
export const TOTAL_TTL_MS = 10 * 365 * DAY;

/** The window of `kind` holding `nowMs`. */
export function windowAt(kind: WindowKind, nowMs: number): Window {
  switch (kind) {
    case "minute": {
      const index = Math.floor(nowMs / MINUTE);
      return { id: `m${index}`, startMs: index * MINUTE, ttlMs: Math.max(1, (index + 1) * MINUTE - nowMs) };
    }
    case "day": {
      const index = Math.floor(nowMs / DAY);
      return { id: `d${index}`, startMs: index * DAY, ttlMs: Math.max(1, (index + 1) * DAY - nowMs) };
    }
    case "month": {
      const date = new Date(nowMs);
      const year = date.getUTCFullYear();
      const month = date.getUTCMonth();
      const startMs = Date.UTC(year, month, 1);
      const endMs = Date.UTC(year, month + 1, 1);
      const id = `M${year}-${String(month + 1).padStart(2, "0")}`;
      return { id, startMs, ttlMs: Math.max(1, endMs - nowMs) };
    }
    case "total":
      return { id: "all", startMs: 0, ttlMs: TOTAL_TTL_MS };
  }
}

/** The window a budget's period counts in. */
export function budgetWindow(period: "daily" | "monthly" | "total"): WindowKind {
  return period === "daily" ? "day" : period === "monthly" ? "month" : "total";
}

/** A window with its end, for reuse while the clock stays in it. */
interface CachedWindow {
  readonly id: string;
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * The current window of each kind, recomputed only when the clock leaves it: a request reads its
 * window ids (strings made once a window, not once a request) and its ttl without allocating.
 */
export class WindowCache {
  private readonly current: Partial<Record<WindowKind, CachedWindow>> = {};

  /** The id of the window of `kind` holding `nowMs`. */
  id(kind: WindowKind, nowMs: number): string {
    return this.at(kind, nowMs).id;
  }

  /** Milliseconds from `nowMs` until that window ends (at least 1), as `windowAt` says. */
  ttlMs(kind: WindowKind, nowMs: number): number {
    if (kind === "total") return TOTAL_TTL_MS;
    return Math.max(1, this.at(kind, nowMs).endMs - nowMs);
  }

  private at(kind: WindowKind, nowMs: number): CachedWindow {
    const cached = this.current[kind];
    if (cached && nowMs >= cached.startMs && nowMs < cached.endMs) return cached;
    const window = windowAt(kind, nowMs);
    const fresh = {
      id: window.id,
      startMs: window.startMs,
      endMs: kind === "total" ? Number.POSITIVE_INFINITY : nowMs + window.ttlMs,
    };
    this.current[kind] = fresh;
    return fresh;
  }
}
