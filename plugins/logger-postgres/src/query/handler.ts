/**
 * The `serve` hook: `/admin/logs` (a page of records), `/admin/logs/aggregates` and
 * `/admin/logs/{requestId}`. The engine has checked the admin token before this runs. Every
 * failure is answered in OpenAI's error shape: a bad parameter is a 400 naming it, an unknown
 * request id a 404, the database unreachable a 503.
 */

import { describeError, ParamError, type Sql, sqlState } from "@aigw/pg-kit";
import { type ErrorCode, GatewayError, type Logger } from "@aigw/plugin-api";
import { parseAggregateParams, parseListParams } from "./params.js";
import { aggregateLogs, getLog, listLogs } from "./queries.js";

/** The path prefix of every route. */
export const BASE_PATH = "/admin/logs";

export interface QueryHandlerOptions {
  sql: Sql;
  schema: string;
  logger: Logger;
  queryTimeoutMs: number;
}

const JSON_HEADERS = { "content-type": "application/json" };

function json(text: string, status = 200): Response {
  return new Response(text, { status, headers: JSON_HEADERS });
}

function errorResponse(code: ErrorCode, message: string, param: string | null = null): Response {
  const error = new GatewayError(code, message, { param });
  return json(JSON.stringify(error.toBody()), error.status);
}

/**
 * True when the failure is the database being unreachable or overloaded rather than a fault in
 * the query: a connection failure (no SQLSTATE), class 08 (connection), 53 (resources), 57
 * (operator intervention, statement timeout) or the table not created yet (42P01, 3F000).
 */
function unavailable(error: unknown): boolean {
  const state = sqlState(error);
  if (state === undefined) return true;
  return ["08", "53", "57"].includes(state.slice(0, 2)) || state === "42P01" || state === "3F000";
}

/** Answers one request to a served route. */
export async function handleQuery(
  request: Request,
  path: string,
  options: QueryHandlerOptions,
): Promise<Response> {
  if (request.method !== "GET")
    return errorResponse("method_not_allowed", `${request.method} is not supported here.`);
  const { sql, schema, queryTimeoutMs } = options;
  const search = new URL(request.url).searchParams;
  try {
    if (path === BASE_PATH || path === `${BASE_PATH}/`) {
      const page = await listLogs(sql, schema, parseListParams(search), queryTimeoutMs);
      return json(
        `{"object":"list","data":[${page.records.join(",")}],"next_cursor":${JSON.stringify(page.nextCursor)}}`,
      );
    }
    if (path === `${BASE_PATH}/aggregates`) {
      const params = parseAggregateParams(search);
      const data = await aggregateLogs(sql, schema, params, queryTimeoutMs);
      return json(JSON.stringify({ object: "list", group_by: params.groupBy, data }));
    }
    const rest = path.startsWith(`${BASE_PATH}/`) ? path.slice(BASE_PATH.length + 1) : "";
    let requestId: string;
    try {
      requestId = decodeURIComponent(rest);
    } catch {
      return errorResponse(
        "invalid_request",
        "The request id in the path is not valid URL encoding.",
        "requestId",
      );
    }
    if (requestId.length === 0 || requestId.length > 256 || rest.includes("/"))
      return errorResponse("not_found", `No route ${path}.`);
    const [first] = search.keys();
    if (first !== undefined) return errorResponse("invalid_request", `Unknown parameter '${first}'.`, first);
    const record = await getLog(sql, schema, requestId, queryTimeoutMs);
    if (record === undefined)
      return errorResponse("not_found", `No request with id '${requestId}' is logged.`, "requestId");
    return json(record);
  } catch (error) {
    if (error instanceof ParamError) return errorResponse("invalid_request", error.message, error.param);
    if (unavailable(error)) {
      options.logger.warn(
        { err: describeError(error) },
        "the request log query failed: PostgreSQL unavailable",
      );
      return errorResponse(
        "upstream_unavailable",
        "The request log database is unavailable; try again later.",
      );
    }
    options.logger.error({ err: describeError(error) }, "the request log query failed");
    return errorResponse("internal_error", "The request log query failed.");
  }
}
