/**
 * The `serve` hook of the admin API: finds the operation of the matched route, reads its path
 * parameters and JSON body, runs it, and answers JSON. The engine has checked the caller's role
 * before this runs. Every failure is an OpenAI-shaped error; an unexpected one is logged by its
 * message only and answered as a 500 without details.
 */
import { GatewayError, isGatewayError, type ServeContext, type ServedRoute } from "@aigw/plugin-api";
import { operationOf } from "./openapi.js";
import type { AdminDeps, AdminOperation } from "./routes.js";
import { OPERATIONS } from "./routes.js";

const JSON_HEADERS = { "content-type": "application/json" };

/** The route an operation is served under: its template, or the prefix before its first parameter + `*`. */
export function servedPathOf(template: string): string {
  const brace = template.indexOf("{");
  return brace < 0 ? template : `${template.slice(0, brace)}*`;
}

/** Every operation as a route for `manifest.serves`, with its OpenAPI operation. */
export function servedRoutes(): ServedRoute[] {
  return OPERATIONS.map((op) => ({
    method: op.method,
    path: servedPathOf(op.template),
    access: op.access,
    openapi: operationOf(op),
  }));
}

const byRoute = new Map(OPERATIONS.map((op) => [`${op.method} ${servedPathOf(op.template)}`, op]));

/** The path parameters of `path` under `template`, or undefined when it does not fit. */
export function matchTemplate(template: string, path: string): string[] | undefined {
  const want = template.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return undefined;
  const params: string[] = [];
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    if (part.startsWith("{")) {
      if (!got[i]) return undefined;
      try {
        params.push(decodeURIComponent(got[i]!));
      } catch {
        return undefined;
      }
    } else if (part !== got[i]) return undefined;
  }
  return params;
}

export function errorResponse(error: GatewayError): Response {
  return new Response(JSON.stringify(error.toBody()), {
    status: error.status,
    headers: { ...JSON_HEADERS, ...error.headers },
  });
}

async function readBody(request: Request, op: AdminOperation): Promise<unknown> {
  if (!op.body) return undefined;
  const text = await request.text();
  if (text.trim() === "") {
    if (op.bodyOptional) return {};
    throw new GatewayError("invalid_request", "This operation needs a JSON body.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new GatewayError("invalid_json", "The body is not valid JSON.");
  }
}

export function adminServer(deps: AdminDeps): (request: Request, ctx: ServeContext) => Promise<Response> {
  return async (request, ctx) => {
    try {
      const op = byRoute.get(`${ctx.route.method} ${ctx.route.path}`);
      const params = op && matchTemplate(op.template, ctx.path.replace(/\/+$/, "") || "/");
      if (!op || !params)
        throw new GatewayError("not_found", `No admin operation at ${request.method} ${ctx.path}.`);
      if (!ctx.caller) throw new GatewayError("unauthorized", "This admin route needs an admin token.");
      const result = await op.run(
        {
          params,
          query: new URL(request.url).searchParams,
          body: await readBody(request, op),
          caller: ctx.caller,
        },
        deps,
      );
      const status = result.status ?? 200;
      if (status === 204) return new Response(null, { status });
      return new Response(JSON.stringify(result.body), { status, headers: JSON_HEADERS });
    } catch (error) {
      if (isGatewayError(error)) return errorResponse(error);
      ctx.logger.error(
        {
          route: `${ctx.route.method} ${ctx.route.path}`,
          reason: error instanceof Error ? error.message : "unknown",
        },
        "an admin operation failed",
      );
      return errorResponse(
        new GatewayError("internal_error", "The admin operation failed; see the gateway's log."),
      );
    }
  };
}
