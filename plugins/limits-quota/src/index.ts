/**
 * @aigw/limits-quota: rate limits and budgets per key, team and user, enforced exactly across
 * gateway instances through the `quotas` service (one atomic reservation per request, one Redis
 * round trip when the stores are Redis), settled from the request record's real usage and cost;
 * a spend ledger in PostgreSQL, soft-limit webhooks, and `/admin/spend`.
 *
 * Its kind is `auth`: like the node that resolves the caller, it decides whether that caller may
 * go on, before anything is spent on the request (a cache lookup, a guardrail model, a
 * provider). Place it after the auth node (it reads the principal the auth node wrote).
 */
import { type Denial, definePlugin } from "@aigw/plugin-api";
import { BudgetAlerts } from "./alerts.js";
import { handleAdmin, LIMITS_PATH, SPEND_PATH } from "./api/handler.js";
import { LIMITS_OPERATION, SPEND_OPERATION } from "./api/openapi.js";
import type { LimitsQuotaConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { HeldReservations } from "./held.js";
import { type Ledger, openLedger } from "./ledger/ledger.js";
import { type Admission, Limiter } from "./limiter.js";
import { PolicyMemory } from "./policy-memory.js";
import { StoreHealth } from "./store-health.js";

export type { LimitsQuotaConfig } from "./config.gen.js";
export { type Admission, Limiter, type Reservation } from "./limiter.js";

/** Reservations awaiting their settlement, at most. */
const MAX_HELD = 100_000;

export default definePlugin({
  manifest: {
    name: "limits-quota",
    kind: "auth",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["request", "finish", "serve"],
    services: ["quotas", "clock", "pricing", "http", "env"],
    configSchema,
    configValidator: validateConfig,
    serves: [
      { method: "GET", path: SPEND_PATH, access: "viewer", openapi: SPEND_OPERATION },
      { method: "GET", path: LIMITS_PATH, access: "viewer", openapi: LIMITS_OPERATION },
    ],
    description:
      "Rate limits and budgets per key, team and user, exact across instances; a spend ledger, budget alerts and /admin/spend.",
  },
  async create(config: LimitsQuotaConfig, init) {
    const { quotas, clock, pricing, http, env } = init.services;
    const now = () => clock.now();
    const prefix = config.keyPrefix ?? "limits";
    const logger = init.logger;
    const health = new StoreHealth(quotas, logger, now);
    const ledger: Ledger | undefined = config.postgres
      ? await openLedger(config.postgres, { env, logger, now })
      : undefined;
    const limiter = new Limiter(
      {
        prefix,
        onStoreUnavailable: config.onStoreUnavailable ?? "open",
        defaults: config.defaults,
        estimate: {
          charsPerToken: config.estimate?.charsPerToken ?? 4,
          completionTokens: config.estimate?.completionTokens ?? 256,
          imageTokens: config.estimate?.imageTokens ?? 765,
        },
      },
      { quotas, pricing, logger, now, health, seed: ledger?.seed },
    );
    const webhook = config.alerts?.webhook;
    const alerts = webhook
      ? new BudgetAlerts({
          quotas,
          http,
          logger,
          now,
          prefix,
          webhook: {
            url: webhook.url,
            headers: webhook.headers ?? {},
            timeoutMs: webhook.timeoutMs ?? 5_000,
            retries: webhook.retries ?? 3,
          },
        })
      : undefined;
    // A handed-over request is reserved once (see held.ts).
    const held = new HeldReservations(MAX_HELD);
    const seen = new PolicyMemory();
    return {
      // Synchronous until the one store call: a request with nothing to count costs no tick.
      request(ctx) {
        const annotations = ctx.annotations;
        if (!annotations.principal || held.has(annotations)) return;
        const policies = limiter.policies(annotations.principal);
        if (policies.length === 0) return;
        seen.note(policies);
        const pending = limiter.prepare(ctx.request, policies);
        if (!pending) return;
        const apply = (admission: Admission): Denial | undefined => {
          if (admission.kind === "none") return;
          if (admission.kind === "refuse") {
            Object.assign(annotations.tags, admission.tags);
            return admission.denial;
          }
          held.hold(annotations, admission.reservation);
          if (!admission.reservation.reserved) annotations.tags.limits_store = "unavailable";
          for (const name in admission.headers) ctx.setHeader(name, admission.headers[name]!);
          return;
        };
        return quotas.reserve(pending.plan.buckets).then(
          (verdict) => apply(limiter.decide(pending, verdict)),
          (error: unknown) => apply(limiter.storeFailed(error, pending)),
        );
      },
      finish(record, ctx) {
        ledger?.record(record);
        const reservation = held.take(ctx.annotations);
        if (!reservation) return;
        const changes = limiter.settlement(reservation, record);
        const written = health.adjust(changes);
        if (!alerts) return written;
        const check = () => alerts.check(reservation, new Map(changes.map((c) => [c.key, c.delta])));
        if (!written) return check();
        return written.then(check);
      },
      serve: (request, ctx) =>
        handleAdmin(request, ctx.path, {
          ledger,
          quotas,
          prefix,
          now,
          logger: ctx.logger,
          policy: (scope, id) => seen.get(scope, id),
        }),
      async close() {
        await alerts?.idle();
        await health.flush();
        health.close();
        await ledger?.close();
      },
    };
  },
});
