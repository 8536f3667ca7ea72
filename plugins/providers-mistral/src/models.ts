/**
 * The `models` hook: the node's configured model ids, or Mistral's own `GET /models` listing,
 * cached for five minutes (plugin-api's `CachedModelList`: concurrent callers share one
 * request, and listing never fails a request; an unreachable or misconfigured upstream lists
 * nothing and logs a warning).
 */
import type { Credentials, HttpClient, Logger, ModelObject } from "@aigw/plugin-api";
import { CachedModelList, fetchModelList, listedModels } from "@aigw/wire-kit";
import { LABEL, type MistralUpstream } from "./upstream.js";

const OWNER = "mistralai";

export class MistralModels extends CachedModelList {
  constructor(
    upstream: MistralUpstream,
    http: HttpClient,
    logger: Logger,
    configured: readonly string[] | undefined,
    now: () => number,
    /** The vault, for a node that names a credential. */
    credentials?: Credentials,
  ) {
    super({
      configured: configured && listedModels(configured, OWNER),
      fetch: () =>
        fetchModelList({
          http,
          logger,
          label: LABEL,
          url: `${upstream.baseUrl}/models`,
          headers: upstream.headers,
          credential: credentials && { credentials, ref: upstream.credential },
          missingKey: upstream.missingKey,
          parse: parseModelList,
        }),
      now,
    });
  }
}

/** Mistral's `{"object":"list","data":[...]}`; no data array lists nothing, entries without an id are skipped. */
function parseModelList(text: string): ModelObject[] {
  const data = (JSON.parse(text) as { data?: unknown }).data;
  const models: ModelObject[] = [];
  for (const m of Array.isArray(data) ? data : []) {
    if (!m || typeof m !== "object" || typeof (m as { id?: unknown }).id !== "string") continue;
    const { id, created, owned_by } = m as { id: string; created?: unknown; owned_by?: unknown };
    models.push({
      id,
      object: "model",
      created: typeof created === "number" ? created : 0,
      owned_by: typeof owned_by === "string" ? owned_by : OWNER,
    });
  }
  return models;
}
