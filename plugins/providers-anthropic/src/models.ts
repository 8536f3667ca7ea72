/**
 * The `models` hook: the node's configured model ids, or Anthropic's own `GET /v1/models`
 * (`{"data":[{"type":"model","id":...,"created_at":"<ISO date>"}],"has_more":...}`, up to 1000
 * per page), cached for five minutes. Listing never fails a request: an unreachable or
 * misconfigured upstream lists nothing and logs a warning (and is asked again next time).
 */
import type { HttpClient, Logger, ModelObject } from "@aigw/plugin-api";
import type { Upstream } from "./upstream.js";

export const MODELS_TTL_MS = 5 * 60_000;
const LIST_TIMEOUT_MS = 10_000;
const OWNER = "anthropic";

export interface ModelCatalogueOptions {
  upstream: Upstream;
  http: HttpClient;
  logger: Logger;
  /** Model ids from the config; when set, the upstream is never asked. */
  configured: readonly string[] | undefined;
  ttlMs?: number;
  now?: () => number;
}

export class ModelCatalogue {
  private readonly configured: ModelObject[] | undefined;
  private cached: { at: number; models: ModelObject[] } | undefined;
  private pending: Promise<ModelObject[]> | undefined;

  constructor(private readonly options: ModelCatalogueOptions) {
    this.configured = options.configured?.map((id) => ({ id, object: "model", created: 0, owned_by: OWNER }));
  }

  async list(signal: AbortSignal): Promise<ModelObject[]> {
    if (this.configured) return this.configured;
    const now = this.options.now ?? Date.now;
    if (this.cached && now() - this.cached.at < (this.options.ttlMs ?? MODELS_TTL_MS))
      return this.cached.models;
    // Concurrent callers share one upstream request; a caller that goes away stops waiting only.
    this.pending ??= this.fetchList().finally(() => {
      this.pending = undefined;
    });
    return raceAbort(this.pending, signal);
  }

  private async fetchList(): Promise<ModelObject[]> {
    const { upstream, http, logger } = this.options;
    if (upstream.missingKey) {
      logger.warn({}, `Cannot list models: ${upstream.missingKey}`);
      return [];
    }
    const url = `${upstream.baseUrl}/v1/models?limit=1000`;
    try {
      const res = await http.request({
        url,
        method: "GET",
        headers: { ...upstream.headers },
        signal: AbortSignal.timeout(LIST_TIMEOUT_MS),
        headersTimeoutMs: LIST_TIMEOUT_MS,
      });
      const text = await res.text();
      if (res.status !== 200) {
        logger.warn(
          { status: res.status, url },
          `Listing models of ${upstream.label} failed: HTTP ${res.status}`,
        );
        return [];
      }
      const models = parseModelList(text);
      this.cached = { at: (this.options.now ?? Date.now)(), models };
      return models;
    } catch (error) {
      logger.warn({ err: error, url }, `Listing models of ${upstream.label} failed`);
      return [];
    }
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

function raceAbort(promise: Promise<ModelObject[]>, signal: AbortSignal): Promise<ModelObject[]> {
  if (signal.aborted) return Promise.resolve([]);
  return new Promise((resolve) => {
    const onAbort = () => resolve([]);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (models) => {
        signal.removeEventListener("abort", onAbort);
        resolve(models);
      },
      () => resolve([]),
    );
  });
}
