/** Builds the request a node sees after body patches: a new object, the original untouched. */
import type { GatewayRequest, JsonObject, JsonValue } from "@aigw/plugin-api";
import { mergePatch } from "./merge-patch.js";

export function withPatches(request: GatewayRequest, patches: readonly JsonObject[]): GatewayRequest {
  let body = request.body as unknown as JsonValue;
  for (const p of patches) body = mergePatch(body, p);
  const record = body as Record<string, unknown>;
  return {
    ...request,
    body,
    raw: undefined,
    native: undefined,
    model: typeof record.model === "string" ? record.model : undefined,
    stream: record.stream === true,
  } as unknown as GatewayRequest;
}
