/**
 * What the cache looks up for one request: the text to embed and the partition to search, or
 * why this request is not cached. Only chat and legacy completion requests are cached, streamed
 * or not (a stored answer is replayed in whichever form a request asks for); every other
 * endpoint passes untouched.
 */
import type { Endpoint, GatewayRequest, Principal } from "@aigw/plugin-api";
import { partitionOf } from "./partition.js";
import { chatText, completionText, type Turns } from "./prompt-text.js";

/** The settings a lookup depends on. */
export interface LookupSettings {
  readonly turns: Turns;
  readonly partition: "none" | "key" | "team";
  readonly maxChars: number;
  readonly embeddingModel: string;
  readonly dimensions?: number | undefined;
}

export type Lookup =
  | { readonly kind: "search"; readonly text: string; readonly partition: string }
  | { readonly kind: "bypass"; readonly reason: string };

/** The caller part of the partition, or why there is none to be had. */
function callerOf(
  partition: LookupSettings["partition"],
  principal: Principal | undefined,
): { caller?: string } | { bypass: string } {
  if (partition === "none") return {};
  if (!principal) return { bypass: `partition: ${partition}, and no caller is known` };
  if (partition === "key") return { caller: `key:${principal.keyId}` };
  return principal.team === undefined
    ? { bypass: "partition: team, and the caller has no team" }
    : { caller: `team:${principal.team}` };
}

/** Whether the cache serves requests to `endpoint` (chat and legacy completions). */
export function cachesEndpoint(endpoint: Endpoint): boolean {
  return endpoint === "chat.completions" || endpoint === "completions";
}

/** The lookup for `request`; `undefined` for endpoints the cache does not serve. */
export function lookupOf(
  request: GatewayRequest,
  settings: LookupSettings,
  principal: Principal | undefined,
): Lookup | undefined {
  let counted: ReturnType<typeof chatText>;
  if (request.endpoint === "chat.completions") counted = chatText(request.body.messages, settings.turns);
  else if (request.endpoint === "completions") counted = completionText(request.body.prompt);
  else return undefined;
  if ("bypass" in counted) return { kind: "bypass", reason: counted.bypass };
  if (counted.text.length > settings.maxChars)
    return { kind: "bypass", reason: `the text is longer than maxChars (${settings.maxChars})` };
  const caller = callerOf(settings.partition, principal);
  if ("bypass" in caller) return { kind: "bypass", reason: caller.bypass };
  const partition = partitionOf(request.endpoint, request.body as unknown as Record<string, unknown>, {
    turns: settings.turns,
    embedding: { model: settings.embeddingModel, dimensions: settings.dimensions },
    caller: caller.caller,
  });
  return { kind: "search", text: counted.text, partition };
}
