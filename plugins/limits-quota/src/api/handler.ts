/**
 * The `serve` hook: `/admin/spend` from the ledger and `/admin/spend/limits` from the quota
 * store. The engine has checked the admin token (role viewer) before this runs. Every failure is
 * an OpenAI-shaped error: a bad parameter 400 naming it, no ledger configured 404, a store or
 * database away 503.
 */

import { describeError, ParamError } from "@aigw/pg-kit";
import { type ErrorCode, GatewayError, type Logger, type QuotaPolicy, type Quotas } from "@aigw/plugin-api";
import type { Ledger } from "../ledger/ledger.js";
import { readLimits } from "./limits-read.js";
import { parseLimitsParams, parseSpendParams } from "./params.js";
import { querySpend } from "./spend-query.js";

export const SPEND_PATH = "/admin/spend";
export const LIMITS_PATH = "/admin/spend/limits";

export interface ApiDeps {
  ledger: Ledger | undefined;
  quotas: Quotas;
  prefix: string;
  now: () => number;
  logger: Logger;
  /** The limits last seen for a scope and id. */
  policy(scope: QuotaPolicy["scope"], id: string): QuotaPolicy | undefined;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

function failure(code: ErrorCode, message: string, param: string | null = null): Response {
  const error = new GatewayError(code, message, { param });
  return json(error.toBody(), error.status);
}

export async function handleAdmin(request: Request, path: string, deps: ApiDeps): Promise<Response> {
  const search = new URL(request.url).searchParams;
  try {
    if (path === LIMITS_PATH) {
      const params = parseLimitsParams(search);
      try {
        return json(
          await readLimits(
            deps.quotas,
            deps.prefix,
            deps.now(),
            params,
            deps.policy(params.scope, params.id),
          ),
        );
      } catch (error) {
        deps.logger.warn({ err: error }, "the limits query failed: the quota store is unavailable");
        return failure("store_unavailable", "The quota store is unavailable; try again later.");
      }
    }
    if (path !== SPEND_PATH) return failure("not_found", `No route ${path}.`);
    const params = parseSpendParams(search);
    const ledger = deps.ledger;
    if (!ledger)
      return failure(
        "not_found",
        "No spend ledger is configured: give the limits-quota node a `postgres` section to keep one.",
      );
    try {
      const data = await querySpend(ledger.sql, ledger.schema, params, ledger.queryTimeoutMs);
      return json({ object: "list", group_by: params.groupBy, data });
    } catch (error) {
      deps.logger.warn({ err: describeError(error) }, "the spend query failed");
      return failure("upstream_unavailable", "The spend ledger's database is unavailable; try again later.");
    }
  } catch (error) {
    if (error instanceof ParamError) return failure("invalid_request", error.message, error.param);
    throw error;
  }
}
