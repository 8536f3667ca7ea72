/**
 * The body of a call to the check service (schema/wire.json's WebhookRequest): the side and the
 * text parts, and, when the node includes `request`, who asked for what. Only named fields are
 * copied: the client's headers (its credentials among them) and the principal's free-form
 * attributes never leave the gateway.
 */
import type { GuardrailSide, TextPart } from "@aigw/guardrail-kit";
import type { HookContext } from "@aigw/plugin-api";

/** The principal as the service sees it. */
export interface WirePrincipal {
  readonly keyId: string;
  readonly team?: string | undefined;
  readonly user?: string | undefined;
}

/** What one call sends. */
export interface WebhookPayload {
  readonly side: GuardrailSide;
  readonly parts: readonly { readonly text: string; readonly role: string; readonly path: string }[];
  readonly model?: string | undefined;
  readonly endpoint?: string;
  readonly requestId?: string;
  readonly principal?: WirePrincipal | undefined;
}

function principalOf(ctx: HookContext): WirePrincipal | undefined {
  const principal = ctx.annotations.principal;
  if (!principal) return undefined;
  // JSON.stringify leaves out the fields that are undefined.
  return { keyId: principal.keyId, team: principal.team, user: principal.user };
}

/** The JSON text of one call. */
export function payloadText(
  parts: readonly TextPart[],
  side: GuardrailSide,
  ctx: HookContext,
  includeRequest: boolean,
): string {
  // Parts are rebuilt field by field: a part object may carry more than the contract names.
  const wireParts = parts.map(({ text, role, path }) => ({ text, role, path }));
  if (!includeRequest) return JSON.stringify({ side, parts: wireParts } satisfies WebhookPayload);
  const payload: WebhookPayload = {
    side,
    parts: wireParts,
    model: ctx.request.model,
    endpoint: ctx.request.endpoint,
    requestId: ctx.requestId,
    principal: principalOf(ctx),
  };
  return JSON.stringify(payload);
}
