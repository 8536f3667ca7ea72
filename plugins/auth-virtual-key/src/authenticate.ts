/**
 * The `request` hook: finds the presented key in memory, refuses what it may not do, sets the
 * request's principal, and hands the request to the key's default config when the request chose
 * none. Per request: three header reads at most, one SHA-256, Map gets and Set lookups; no I/O.
 * In the config a request was handed to, the principal is already set: the hook goes on at once.
 */
import { type Clock, deny, type HookContext, handOff, type RequestStep } from "@aigw/plugin-api";
import type { Directory, KeyEntry } from "./directory.js";
import { hashSecret } from "./secrets.js";

/** The config a request runs in when it named none. */
const MAIN_CONFIG = "default";

const CHALLENGE = { "www-authenticate": "Bearer" };

/** The secret a client presented: OpenAI SDKs (`Authorization`), Azure's (`api-key`), Anthropic's (`x-api-key`). */
export function presentedKey(headers: Headers): string | undefined {
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    const trimmed = authorization.trim();
    if (trimmed.length > 7 && trimmed.slice(0, 7).toLowerCase() === "bearer ") {
      const token = trimmed.slice(7).trim();
      if (token) return token;
    }
  }
  const apiKey = headers.get("api-key") ?? headers.get("x-api-key");
  return apiKey?.trim() || undefined;
}

const REFUSALS = {
  unknown: "The API key is not valid.",
  revoked: "The API key has been revoked.",
  expired: "The API key has expired.",
  rotated: "The API key has been rotated: its previous secret no longer works.",
} as const;

/** Whether the key may ask for `model`. */
export function modelAllowed(entry: KeyEntry, model: string): boolean {
  if (!entry.exactModels) return true;
  if (entry.exactModels.has(model)) return true;
  for (const prefix of entry.modelPrefixes) if (model.startsWith(prefix)) return true;
  return false;
}

/** The request hook over a directory and a clock. */
export function authenticator(directory: Directory, clock: Clock): (ctx: HookContext) => RequestStep {
  return (ctx) => {
    // Set already: the request was handed over from a config whose auth node checked this key
    // for this request (the engine carries the annotations along). The key's default config is
    // always allowed, so a second lookup could only repeat the same verdict at the cost of a hash.
    if (ctx.annotations.principal !== undefined) return undefined;
    const request = ctx.request;
    const secret = presentedKey(request.headers);
    if (secret === undefined)
      return deny(
        "unauthorized",
        "No API key: send a virtual key as `Authorization: Bearer <key>`, `api-key: <key>` or `x-api-key: <key>`.",
        { headers: CHALLENGE },
      );
    const found = directory.lookup(hashSecret(secret), clock.now());
    if (found.kind !== "ok") return deny("unauthorized", REFUSALS[found.kind], { headers: CHALLENGE });
    const entry = found.entry;
    const model = request.model;
    if (model !== undefined && !modelAllowed(entry, model))
      return deny("forbidden", `This API key may not use the model "${model}".`, { param: "model" });
    if (entry.endpoints && !entry.endpoints.has(request.endpoint))
      return deny("forbidden", `This API key may not call ${request.path} (${request.endpoint}).`);
    const record = entry.record;
    if (ctx.config !== MAIN_CONFIG && entry.configs && !entry.configs.has(ctx.config))
      return deny("forbidden", `This API key may not use the config "${ctx.config}".`);
    const principal = directory.principalOf(entry);
    // A copy per request: the record is the request's own, and nothing a plugin does to it may
    // reach the next request's.
    ctx.annotations.principal = { ...principal, quotas: principal.quotas!.slice() };
    if (
      ctx.config === MAIN_CONFIG &&
      record.defaultConfig !== undefined &&
      record.defaultConfig !== MAIN_CONFIG
    )
      return handOff(record.defaultConfig);
    return undefined;
  };
}
