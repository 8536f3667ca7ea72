/**
 * The one moderation call a check makes: a `/v1/moderations` request of the gateway's own,
 * carrying every text of the side being checked (one result each), sent to the terminal the
 * node uses, outside the request's route. A failed call throws: the node's `onError` decides
 * whether the request goes on without the check (open) or fails with it (closed).
 */
import type { TextPart } from "@aigw/guardrail-kit";
import { GatewayError, type GatewayRequestOf, type HookContext, type JsonValue } from "@aigw/plugin-api";

/** The moderation request for these texts (model left out when none is configured). */
export function moderationRequest(
  ctx: HookContext,
  parts: readonly TextPart[],
  model: string | undefined,
): GatewayRequestOf<"moderations"> {
  const input = parts.map((part) => part.text);
  return {
    endpoint: "moderations",
    method: "POST",
    path: "/v1/moderations",
    headers: new Headers(),
    body: model === undefined ? { input } : { model, input },
    model,
    stream: false,
    metadata: ctx.request.metadata,
    raw: undefined,
  };
}

/** Asks `node` about the texts; the moderation answer's body, or a thrown `GatewayError`. */
export async function moderate(
  ctx: HookContext,
  node: string,
  parts: readonly TextPart[],
  model: string | undefined,
): Promise<JsonValue> {
  const result = await ctx.uses(node).invoke({ request: moderationRequest(ctx, parts, model) });
  if (result.type !== "json" || result.status < 200 || result.status > 299) {
    throw new GatewayError(
      "upstream_error",
      `The moderation node "${node}" did not answer with a moderation result (got ${result.type}, status ${result.status}).`,
    );
  }
  return result.body;
}
