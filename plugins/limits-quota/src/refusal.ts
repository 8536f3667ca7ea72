/**
 * The words and the answer of a refusal: 429 `rate_limited` naming the scope, the limit and how
 * long to wait, or 429 `budget_exceeded` (OpenAI's `insufficient_quota` type) naming the scope
 * and its cap. Ids are the key's, team's or user's ids, never a secret.
 */
import { type Denial, deny } from "@aigw/plugin-api";
import type { BucketInfo } from "./buckets.js";
import { MICROS_PER_USD } from "./buckets.js";
import { formatDuration } from "./headers.js";

const RATE_WORDS = {
  rpm: "requests per minute",
  rpd: "requests per day",
  tpm: "tokens per minute",
  tpd: "tokens per day",
} as const;

const PERIOD_WORDS = { day: "per day", month: "per month", total: "in total", minute: "per minute" } as const;

/** Dollars with cents, and with the smaller digits a small amount needs ($0.015, $0.005015). */
function usd(micros: number): string {
  const dollars = micros / MICROS_PER_USD;
  if (dollars >= 1 || Number.isInteger(dollars * 100)) return `$${dollars.toFixed(2)}`;
  return `$${dollars.toFixed(6).replace(/0+$/, "")}`;
}

/** What refused the request, for the message and the record's `limit` tag. */
export interface Refused {
  readonly info: BucketInfo;
  readonly limit: number;
  readonly used: number;
  readonly requested: number;
  readonly retryAfterMs: number;
}

/** The record's tag for a refusal: `<scope>:<kind>`, e.g. `team:tpm` or `key:usd`. */
export function refusalTag(info: BucketInfo): string {
  return `${info.scope}:${info.kind}`;
}

/** The client's answer to a refused reservation. */
export function refusal(refused: Refused, headers: Record<string, string>): Denial {
  const { info } = refused;
  const who = `${info.scope} '${info.id}'`;
  const wait = formatDuration(refused.retryAfterMs);
  if (info.kind === "usd") {
    const resets = info.window === "total" ? "" : ` It resets in ${wait}.`;
    return deny(
      "budget_exceeded",
      `Budget exceeded for ${who}: ${usd(refused.limit)} ${PERIOD_WORDS[info.window]}, ${usd(refused.used)} spent, ` +
        `this request may cost up to ${usd(refused.requested)}.${resets}`,
      { headers },
    );
  }
  return deny(
    "rate_limited",
    `Rate limit reached for ${who} on ${RATE_WORDS[info.kind]}: limit ${refused.limit}, used ${refused.used}, ` +
      `requested ${refused.requested}. Try again in ${wait}.`,
    { headers },
  );
}
