/**
 * The `models` hook: the node's configured model ids, or the upstream's own `GET /models`
 * listing, cached for five minutes (plugin-api's `CachedModelList`: listing never fails a
 * request; an unreachable or misconfigured upstream lists nothing and logs a warning).
 */
import type { Credentials, HttpClient, Logger, ModelObject } from "@aigw/plugin-api";
import { CachedModelList, fetchModelList, listedModels } from "@aigw/wire-kit";
import type { Upstream } from "./upstream.js";

export interface ModelCatalogueOptions {
  upstream: Upstream;
  http: HttpClient;
  /** The vault, for a node that names a credential. */
  credentials?: Credentials | undefined;
  logger: Logger;
  /** Model ids from the config; when set, the upstream is never asked. */
  configured: readonly string[] | undefined;
  ttlMs?: number;
  /** Milliseconds clock (injectable for tests). */
  now?: () => number;
}

export class ModelCatalogue extends CachedModelList {
  constructor(options: ModelCatalogueOptions) {
    const { upstream, http, logger, credentials } = options;
    super({
      configured: options.configured && listedModels(options.configured, upstream.name),
      fetch: () =>
        fetchModelList({
          http,
          logger,
          label: upstream.label,
          url: `${upstream.baseUrl}/models`,
          headers: upstream.plainHeaders,
          credential: credentials && { credentials, ref: upstream.credential },
          missingKey: upstream.missingKey,
          parse: (text) => parseModelList(text, upstream.name),
        }),
      ttlMs: options.ttlMs,
      now: options.now,
    });
  }
}

/** OpenAI's `{"object":"list","data":[...]}`; entries without a string id are skipped. */
export function parseModelList(text: string, ownedBy: string): ModelObject[] {
  const body = JSON.parse(text) as { data?: unknown };
  if (!Array.isArray(body?.data)) throw new Error("the answer has no data array");
  const models: ModelObject[] = [];
  for (const entry of body.data as unknown[]) {
    if (!entry || typeof entry !== "object") continue;
    const m = entry as Record<string, unknown>;
    if (typeof m.id !== "string" || !m.id) continue;
    models.push({
      id: m.id,
      object: "model",
      created: typeof m.created === "number" ? m.created : 0,
      owned_by: typeof m.owned_by === "string" ? m.owned_by : ownedBy,
    });
  }
  return models;
}
