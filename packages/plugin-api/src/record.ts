/**
 * What the gateway learns about one request while it runs: the caller, the route taken, cache
 * and guardrail outcomes, tokens and cost, and per-node timings. Plugins write the parts they
 * own; loggers, metrics and spend trackers read the finished record in their `finish` hook.
 */
import type { JsonValue, Usage } from "./openai/common.js";
import type { RequestAdaptation } from "./request-record.gen.js";

/** The authenticated caller, as an auth plugin resolved it. */
export interface Principal {
  /** The virtual key's id (never the secret). */
  keyId: string;
  team?: string | undefined;
  user?: string | undefined;
  /** Free-form attributes routers and guardrails may match on. */
  attributes?: Record<string, JsonValue> | undefined;
  /**
   * The rate limits and budgets that apply to this caller, one entry per scope (its key, its team,
   * its user): an auth plugin sets them, a limits plugin enforces them.
   */
  quotas?: QuotaPolicy[] | undefined;
}

/** The limits and budget of one scope (a key, a team or a user). */
export interface QuotaPolicy {
  scope: "key" | "team" | "user";
  /** The key's, team's or user's id: counters are kept per scope and id. */
  id: string;
  requestsPerMinute?: number | undefined;
  requestsPerDay?: number | undefined;
  /** Prompt and completion tokens together. */
  tokensPerMinute?: number | undefined;
  tokensPerDay?: number | undefined;
  budget?: QuotaBudget | undefined;
}

/** A spending cap in US dollars over a period (`total`: since the scope was created). */
export interface QuotaBudget {
  limitUsd: number;
  period: "daily" | "monthly" | "total";
  /** Fractions of the cap (e.g. 0.5, 0.8) at which a soft alert fires, once per crossing. */
  alertAt?: number[] | undefined;
}

/** One attempt a router or provider made upstream. */
export interface RouteAttempt {
  /** When it began, ms after the request arrived. */
  startMs: number;
  /** The node that made the attempt. */
  target: string;
  provider?: string | undefined;
  model?: string | undefined;
  /** Upstream HTTP status, or 0 when no response came (timeout, connection error). */
  status: number;
  durationMs: number;
  error?: string | undefined;
}

/** What a cache node did with the request (the record's `cache`). */
export interface CacheOutcome {
  status: "hit" | "miss" | "refresh" | "bypass";
  kind?: "exact" | "semantic" | undefined;
  node?: string | undefined;
  /** Whether the answer was stored for later requests. */
  stored?: boolean | undefined;
  similarity?: number | undefined;
  /** Hits: the usage the stored answer had when it was made (priced into `savedUsd`). */
  savedUsage?: Usage | undefined;
}

/** The W3C trace context of the request, when a tracing plugin took or started one. */
export interface TraceContext {
  traceId: string;
  /** The gateway's span for the request. */
  spanId: string;
  /** The caller's span, from its `traceparent`. */
  parentSpanId?: string | undefined;
  sampled: boolean;
}

/** A stretch of checked text a verdict points at (offsets only: the record never holds content). */
export interface VerdictSpan {
  /** Index of the text part (see the guardrail kit's text parts) the offsets refer to. */
  part: number;
  start: number;
  end: number;
  label: string;
}

/** One check's verdict on one side of a request, and what the node did about it. */
export interface GuardrailVerdict {
  /** The node that ran the check. */
  node: string;
  /** The check's name (e.g. `pii`, `injection`, a content rule's name). */
  check: string;
  verdict: "pass" | "fail";
  /** What the node did: nothing (`allow`), or its configured action on a failing verdict. */
  action: "allow" | "deny" | "flag" | "mask" | "fallback";
  /** Which side was checked: the request, a complete answer, or a stream as it passed. */
  phase: "input" | "output" | "stream";
  score?: number | undefined;
  reason: string;
  spans?: VerdictSpan[] | undefined;
}

/** The parts of the record that plugins fill in while the request runs. */
export interface RequestAnnotations {
  principal?: Principal | undefined;
  route: RouteAttempt[];
  cache?: CacheOutcome | undefined;
  guardrails: GuardrailVerdict[];
  usage?: Usage | undefined;
  /** The provider and model that answered. */
  servedBy?: { provider: string; model?: string | undefined; node: string } | undefined;
  trace?: TraceContext | undefined;
  /** Changes provider nodes made so their models accept the request (none: absent or empty). */
  adaptations?: RequestAdaptation[] | undefined;
  /** Small, named facts a plugin wants in the log (no request or response content). */
  tags: Record<string, JsonValue>;
}

export type NodeStepOutcome = "ok" | "ended" | "error" | "failed_open" | "timeout" | "skipped" | "aborted";

export type RequestOutcome = "ok" | "ended_early" | "error" | "stream_error" | "client_closed";
