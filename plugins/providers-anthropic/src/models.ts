/**
 * The `models` hook: the node's configured model ids, or Anthropic's own `GET /v1/models`
 * (`{"data":[{"type":"model","id":...,"created_at":"<ISO date>"}],"has_more":...}`, up to 1000
 * per page), cached for five minutes (plugin-api's `CachedModelList`: listing never fails a
 * request; an unreachable or misconfigured upstream lists nothing and logs a warning).
 */
import type { Credentials, HttpClient, Logger, ModelObject } from "@aigw/plugin-api";
import { CachedModelList, fetchModelList, listedModels } from "@aigw/wire-kit";
import type { Upstream } from "./upstream.js";

const OWNER = "anthropic";

export interface ModelCatalogueOptions {
  upstream: Upstream;
  http: HttpClient;
  /** The vault, for a node that names a credential. */
  credentials?: Credentials | undefined;
  logger: Logger;
  /** Model ids from the config; when set, the upstream is never asked. */
  configured: readonly string[] | undefined;
  ttlMs?: number;
  now?: () => number;
}

export class ModelCatalogue extends CachedModelList {
  constructor(options: ModelCatalogueOptions) {
    const { upstream, http, logger, credentials } = options;
    super({
      configured: options.configured && listedModels(options.configured, OWNER),
      fetch: () =>
        fetchModelList({
          http,
          logger,
          label: upstream.label,
          url: `${upstream.baseUrl}/v1/models?limit=1000`,
          headers: upstream.headers,
          credential: credentials && { credentials, ref: upstream.credential },
          missingKey: upstream.missingKey,
          parse: parseModelList,
        }),
      ttlMs: options.ttlMs,
      now: options.now,
    });
  }
}

/** Anthropic's model list; `created_at` (an ISO date) becomes Unix seconds. */
export function parseModelList(text: string): ModelObject[] {
  const body = JSON.parse(text) as { data?: unknown };
  if (!Array.isArray(body?.data)) throw new Error("the answer has no data array");
  const models: ModelObject[] = [];
  for (const entry of body.data as unknown[]) {
    if (!entry || typeof entry !== "object") continue;
    const m = entry as Record<string, unknown>;
    if (typeof m.id !== "string" || !m.id) continue;
    const created = typeof m.created_at === "string" ? Date.parse(m.created_at) : Number.NaN;
    models.push({
      id: m.id,
      object: "model",
      created: Number.isFinite(created) ? Math.floor(created / 1000) : 0,
      owned_by: OWNER,
    });
  }
  return models;
}
