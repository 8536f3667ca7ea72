/**
 * The request path: one finished record into the tables. Runs in every request's `finish`, so it
 * is written for speed: each label value goes through its bound once (a `Map` lookup), each
 * metric finds its series by the values' ids (array reads), then adds; nothing is allocated for
 * values and series seen before. A field the record lacks (or holds in the wrong shape) is left
 * out of the metrics it feeds, never an exception.
 */
import type { RequestRecord } from "@aigw/plugin-api";
import { BREAKER_TAG_PREFIX, breakerGaugeValue } from "./breaker-tags.js";
import type { Tables } from "./families.js";
import type { LabelBound, LabelBounds } from "./labels.js";
import { rateLimitScope } from "./rate-limit.js";

/** The bound of every label, looked up once. */
export interface Bounds {
  readonly endpoint: LabelBound;
  readonly provider: LabelBound;
  readonly model: LabelBound;
  readonly status: LabelBound;
  readonly outcome: LabelBound;
  readonly cache: LabelBound;
  readonly key: LabelBound;
  readonly code: LabelBound;
  readonly kind: LabelBound;
  readonly node: LabelBound;
  readonly check: LabelBound;
  readonly verdict: LabelBound;
  readonly action: LabelBound;
  readonly target: LabelBound;
  readonly scope: LabelBound;
}

/** The bounds of every label the metrics use. */
export function boundsOf(bounds: LabelBounds): Bounds {
  return {
    endpoint: bounds.for("endpoint"),
    provider: bounds.for("provider"),
    model: bounds.for("model"),
    status: bounds.for("status"),
    outcome: bounds.for("outcome"),
    cache: bounds.for("cache"),
    key: bounds.for("key"),
    code: bounds.for("code"),
    kind: bounds.for("kind"),
    node: bounds.for("node"),
    check: bounds.for("check"),
    verdict: bounds.for("verdict"),
    action: bounds.for("action"),
    target: bounds.for("target"),
    scope: bounds.for("scope"),
  };
}

/** HTTP statuses as label text, made once (`String(n)` would allocate per request). */
const STATUS_TEXT: string[] = [];
for (let code = 0; code < 600; code++) STATUS_TEXT.push(String(code));

function statusText(status: unknown): string | undefined {
  if (typeof status !== "number" || !Number.isInteger(status) || status < 0) return undefined;
  return status < 600 ? STATUS_TEXT[status] : String(status);
}

function finite(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** A count or amount to add to a counter: finite and not negative, else nothing. */
function amount(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : 0;
}

/** Adds one finished request to the tables. */
export function observeRecord(t: Tables, b: Bounds, includeKey: boolean, r: RequestRecord): void {
  const endpoint = b.endpoint.of(r.endpoint);
  const provider = b.provider.of(r.provider);
  const model = b.model.of(r.modelServed ?? r.modelRequested);
  const status = b.status.of(statusText(r.status));
  const outcome = b.outcome.of(r.outcome);
  const cache = r.cache;
  const cacheStatus = b.cache.of(cache?.status);
  t.requests.at(endpoint, provider, model, status, outcome, cacheStatus).value++;

  const timings = r.timings;
  if (timings !== undefined && timings !== null) {
    if (finite(timings.totalMs)) {
      const d = t.duration;
      d.observe(d.at(endpoint, provider), timings.totalMs / 1000);
    }
    if (finite(timings.overheadMs)) t.overhead.observe(t.overhead.at(endpoint), timings.overheadMs / 1000);
    if (r.stream === true && finite(timings.ttftMs)) {
      const f = t.ttft;
      f.observe(f.at(provider, model), timings.ttftMs / 1000);
    }
  }

  const tokens = r.tokens;
  const cost = r.cost;
  if ((tokens !== undefined && tokens !== null) || (cost !== undefined && cost !== null)) {
    const u = includeKey ? t.usage.at(provider, model, b.key.of(r.keyId)) : t.usage.at(provider, model);
    if (tokens !== undefined && tokens !== null) {
      u.prompt += amount(tokens.prompt);
      u.completion += amount(tokens.completion);
      u.cached += amount(tokens.cached);
      u.cacheWrite += amount(tokens.cacheWrite);
      u.reasoning += amount(tokens.reasoning);
    }
    if (cost !== undefined && cost !== null) u.costUsd += amount(cost.totalUsd);
  }

  const error = r.error;
  if (error !== undefined && error !== null) {
    t.errors.at(b.code.of(error.code)).value++;
  }
  const scope = rateLimitScope(r);
  if (scope !== undefined) t.rateLimits.at(b.scope.of(scope)).value++;

  if (cache !== undefined && cache !== null) {
    t.cacheRequests.at(cacheStatus, b.kind.of(cache.kind)).value++;
    const saved = amount(cache.savedUsd);
    if (saved > 0) t.cacheSavedUsd.at().value += saved;
  }

  const verdicts = r.guardrails;
  if (Array.isArray(verdicts)) for (let i = 0; i < verdicts.length; i++) observeVerdict(t, b, verdicts[i]);

  const attempts = r.attempts;
  if (Array.isArray(attempts)) {
    for (let i = 0; i < attempts.length; i++) {
      const a = attempts[i];
      if (a === undefined || a === null) continue;
      t.attempts.at(b.target.of(a.target), b.provider.of(a.provider), b.status.of(statusText(a.status)))
        .value++;
    }
  }
  const retries = amount(r.retries);
  if (retries > 0) t.retries.at().value += retries;
  const fallbacks = amount(r.fallbacks);
  if (fallbacks > 0) t.fallbacks.at().value += fallbacks;

  const tags = r.tags;
  if (tags !== undefined && tags !== null) {
    for (const name in tags) {
      if (!name.startsWith(BREAKER_TAG_PREFIX)) continue;
      const state = breakerGaugeValue(tags[name]);
      if (state === undefined) continue;
      t.breakers.at(b.target.of(name.slice(BREAKER_TAG_PREFIX.length))).value = state;
    }
  }
}

function observeVerdict(t: Tables, b: Bounds, v: RequestRecord["guardrails"][number] | undefined): void {
  if (v === undefined || v === null) return;
  t.verdicts.at(b.node.of(v.node), b.check.of(v.check), b.verdict.of(v.verdict), b.action.of(v.action))
    .value++;
}
