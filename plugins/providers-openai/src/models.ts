/**
 * The `models` hook: the node's configured model ids, or the upstream's own `GET /models`
 * listing, cached for five minutes. Listing never fails a request: an unreachable or
 * misconfigured upstream lists nothing and logs a warning (and is asked again next time).
 */
import type { HttpClient, Logger, ModelObject } from "@aigw/plugin-api";
import type { Upstream } from "./upstream.js";

export const MODELS_TTL_MS = 5 * 60_000;
/** An upstream listing is a small GET: don't let a slow one hold `/v1/models` for long. */
const LIST_TIMEOUT_MS = 10_000;

export interface ModelCatalogueOptions {
  upstream: Upstream;
  http: HttpClient;
  logger: Logger;
  /** Model ids from the config; when set, the upstream is never asked. */
  configured: readonly string[] | undefined;
  ttlMs?: number;
  /** Milliseconds clock (injectable for tests). */
  now?: () => number;
}

export class ModelCatalogue {
  private readonly configured: ModelObject[] | undefined;
  private cached: { at: number; models: ModelObject[] } | undefined;
  private pending: Promise<ModelObject[]> | undefined;

  constructor(private readonly options: ModelCatalogueOptions) {
    this.configured = options.configured?.map((id) => ({
      id,
      object: "model",
      created: 0,
      owned_by: options.upstream.name,
    }));
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
    const url = `${upstream.baseUrl}/models`;
    try {
      const res = await http.request({
        url,
        method: "GET",
        headers: upstream.plainHeaders,
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
      const models = parseModelList(text, upstream.name);
      this.cached = { at: (this.options.now ?? Date.now)(), models };
      return models;
    } catch (error) {
      logger.warn({ err: error, url }, `Listing models of ${upstream.label} failed`);
      return [];
    }
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
