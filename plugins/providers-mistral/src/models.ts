/**
 * The `models` hook: the node's configured model ids, or Mistral's own `GET /models` listing,
 * cached for five minutes (concurrent callers share one request). Listing never fails a
 * request: an unreachable or misconfigured upstream lists nothing and logs a warning.
 */
import type { HttpClient, Logger, ModelObject } from "@aigw/plugin-api";
import { LABEL, type MistralUpstream } from "./upstream.js";

const TTL_MS = 5 * 60_000;
const LIST_TIMEOUT_MS = 10_000;

export class MistralModels {
  private cached: { at: number; models: ModelObject[] } | undefined;
  private pending: Promise<ModelObject[]> | undefined;
  private readonly configured: ModelObject[] | undefined;

  constructor(
    private readonly upstream: MistralUpstream,
    private readonly http: HttpClient,
    private readonly logger: Logger,
    configured: readonly string[] | undefined,
    private readonly now: () => number,
  ) {
    this.configured = configured?.map((id) => ({ id, object: "model", created: 0, owned_by: "mistralai" }));
  }

  async list(signal: AbortSignal): Promise<ModelObject[]> {
    if (this.configured) return this.configured;
    if (this.cached && this.now() - this.cached.at < TTL_MS) return this.cached.models;
    this.pending ??= this.fetchList().finally(() => {
      this.pending = undefined;
    });
    if (signal.aborted) return [];
    return Promise.race([
      this.pending,
      new Promise<ModelObject[]>((resolve) =>
        signal.addEventListener("abort", () => resolve([]), { once: true }),
      ),
    ]);
  }

  private async fetchList(): Promise<ModelObject[]> {
    if (this.upstream.missingKey) {
      this.logger.warn({}, `Cannot list models: ${this.upstream.missingKey}`);
      return [];
    }
    const url = `${this.upstream.baseUrl}/models`;
    try {
      const res = await this.http.request({
        url,
        method: "GET",
        headers: this.upstream.headers,
        signal: AbortSignal.timeout(LIST_TIMEOUT_MS),
        headersTimeoutMs: LIST_TIMEOUT_MS,
      });
      const text = await res.text();
      if (res.status !== 200) {
        this.logger.warn(
          { status: res.status, url },
          `Listing models of ${LABEL} failed: HTTP ${res.status}`,
        );
        return [];
      }
      const data = (JSON.parse(text) as { data?: unknown }).data;
      const models: ModelObject[] = [];
      for (const m of Array.isArray(data) ? data : []) {
        if (!m || typeof m !== "object" || typeof (m as { id?: unknown }).id !== "string") continue;
        const { id, created, owned_by } = m as { id: string; created?: unknown; owned_by?: unknown };
        models.push({
          id,
          object: "model",
          created: typeof created === "number" ? created : 0,
          owned_by: typeof owned_by === "string" ? owned_by : "mistralai",
        });
      }
      this.cached = { at: this.now(), models };
      return models;
    } catch (error) {
      this.logger.warn({ err: error, url }, `Listing models of ${LABEL} failed`);
      return [];
    }
  }
}
