/**
 * The exact cache's key: the SHA-256 of the canonical form (canonical.ts) of everything that can
 * change the answer: the endpoint, the pipeline (named configs route differently), the caller's partition,
 * the configured `vary` fields, and the request body without the fields that cannot change the
 * answer (listed in IGNORED_FIELDS, each with its reason). Two requests that differ in any other
 * body field, at any depth, get different keys; key order and whitespace do not matter.
 */
import { sha256Hex } from "@aigw/cache-kit";
import { compileFieldPath, type FieldGetter, type HookContext } from "@aigw/plugin-api";
import { canonicalForm, canonicalObject, canonicalString, NotJsonError } from "./canonical.js";

/** Bumped whenever the canonical form changes, so that no old key can match a new request. */
const KEY_VERSION = 1;

/**
 * Body fields left out of the key: how the answer is delivered, or who asked, never what it says.
 * - `stream`, `stream_options`: delivery; a stored answer replays as JSON or as a stream, and a
 *   usage chunk is added or left out as the request asks.
 * - `user`, `safety_identifier`: who the end user is, for the provider's abuse monitoring.
 * - `metadata`, `store`: whether and how the provider keeps the completion for its dashboards.
 * - `service_tier`: the provider's processing tier (latency and price), not the content.
 * - `prompt_cache_key`: a hint for the provider's own prompt cache.
 */
export const IGNORED_FIELDS: ReadonlySet<string> = new Set([
  "stream",
  "stream_options",
  "user",
  "safety_identifier",
  "metadata",
  "store",
  "service_tier",
  "prompt_cache_key",
]);

export type Partition = "none" | "key" | "team";

export interface KeyOptions {
  partition: Partition;
  /** Field paths whose values go into the key too. */
  vary: readonly string[];
}

/** Computes the keys of one cache node. */
export class RequestKeys {
  private readonly vary: readonly FieldGetter[];

  constructor(private readonly options: KeyOptions) {
    this.vary = options.vary.map((path, i) => {
      try {
        return compileFieldPath(path);
      } catch (error) {
        throw new Error(`config.vary[${i}]: ${(error as Error).message}`);
      }
    });
  }

  /** The key of the request `ctx` sees; throws `NotJsonError` when its body cannot be keyed. */
  key(ctx: HookContext): string {
    return sha256Hex(this.canonical(ctx));
  }

  /** The canonical text the key hashes (exported for tests). */
  canonical(ctx: HookContext): string {
    const request = ctx.request;
    const body: unknown = request.body;
    if (typeof body !== "object" || body === null || Array.isArray(body))
      throw new NotJsonError("no JSON object body");
    let text = `[${KEY_VERSION},${canonicalString(request.endpoint)},${canonicalString(ctx.config)},`;
    text += canonicalString(this.partitionOf(ctx));
    if (this.vary.length > 0) {
      text += ",[";
      for (let i = 0; i < this.vary.length; i++) {
        if (i > 0) text += ",";
        const value = this.vary[i]!(ctx);
        text += value === undefined ? "null" : canonicalForm(value);
      }
      text += "]";
    }
    return `${text},${canonicalObject(body, IGNORED_FIELDS)}]`;
  }

  private partitionOf(ctx: HookContext): string {
    const mode = this.options.partition;
    if (mode === "none") return "";
    const principal = ctx.annotations.principal;
    if (!principal) return "";
    if (mode === "team" && principal.team !== undefined) return `team:${principal.team}`;
    return `key:${principal.keyId}`;
  }
}

export { NotJsonError };
