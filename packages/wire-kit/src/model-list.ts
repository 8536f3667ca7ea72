/**
 * What a provider's `models` hook lists: the model ids named in its config, or the upstream's
 * own listing, asked for by one GET (the provider parses the answer), cached for five minutes
 * and shared by concurrent callers. Listing never fails a request: an unreachable or
 * misconfigured upstream lists nothing and logs a warning (and is asked again next time), and
 * a caller that goes away stops waiting, with nothing listed.
 */
import {
  type Credentials,
  type HttpClient,
  isGatewayError,
  type Logger,
  type ModelObject,
} from "@aigw/plugin-api";
import { type CredentialHeader, withCredentialHeader } from "./credential.js";
import { raceAbort } from "./race-abort.js";

export const MODELS_TTL_MS = 5 * 60_000;
/** A listing is a small GET: don't let a slow upstream hold `/v1/models` for long. */
const LIST_TIMEOUT_MS = 10_000;

/** Model ids from a node's config, as listed models (no creation date known). */
export function listedModels(ids: readonly string[], ownedBy: string): ModelObject[] {
  return ids.map((id) => ({ id, object: "model", created: 0, owned_by: ownedBy }));
}

export interface ModelListRequest {
  http: HttpClient;
  logger: Logger;
  /** Names the upstream in warnings. */
  label: string;
  url: string;
  headers: Readonly<Record<string, string>>;
  /**
   * The vault credential the node names, added to `headers` when the list is asked for; one that
   * is not there lists nothing, with a warning.
   */
  credential?: { credentials: Credentials; ref: CredentialHeader | undefined } | undefined;
  /** Why the upstream cannot be asked (no API key, say): nothing is listed, with this warning. */
  missingKey?: string | undefined;
  /** The models in a 200 answer's body; throwing lists nothing, with a warning. */
  parse(text: string): ModelObject[];
}

/**
 * One GET of an upstream's model list. Resolves `undefined` when listing failed (no key, an
 * error status, a network failure, an answer `parse` refused), after logging a warning.
 */
export async function fetchModelList(request: ModelListRequest): Promise<ModelObject[] | undefined> {
  const { http, logger, label, url } = request;
  if (request.missingKey) {
    logger.warn({}, `Cannot list models: ${request.missingKey}`);
    return undefined;
  }
  let headers: Readonly<Record<string, string>>;
  try {
    const { credential } = request;
    headers = credential
      ? withCredentialHeader(request.headers, credential.credentials, credential.ref)
      : request.headers;
  } catch (error) {
    if (!isGatewayError(error)) throw error;
    logger.warn({}, `Cannot list models: ${error.message}`);
    return undefined;
  }
  try {
    const res = await http.request({
      url,
      method: "GET",
      headers: { ...headers },
      signal: AbortSignal.timeout(LIST_TIMEOUT_MS),
      headersTimeoutMs: LIST_TIMEOUT_MS,
    });
    const text = await res.text();
    if (res.status !== 200) {
      logger.warn({ status: res.status, url }, `Listing models of ${label} failed: HTTP ${res.status}`);
      return undefined;
    }
    return request.parse(text);
  } catch (error) {
    logger.warn({ err: error, url }, `Listing models of ${label} failed`);
    return undefined;
  }
}

export interface CachedModelListOptions {
  /** Models from the node's config: when set, they are listed and the upstream is never asked. */
  configured?: ModelObject[] | undefined;
  /**
   * Asks the upstream (`fetchModelList`, usually). `undefined`, or a rejection, means listing
   * failed: nothing is listed and nothing cached, so the next caller asks again.
   */
  fetch(): Promise<ModelObject[] | undefined>;
  ttlMs?: number | undefined;
  /** Milliseconds clock (injectable for tests). */
  now?: (() => number) | undefined;
}

/** A node's configured models, or else its upstream's list, cached for `ttlMs` (five minutes by default). */
export class CachedModelList {
  private cached: { at: number; models: ModelObject[] } | undefined;
  private pending: Promise<ModelObject[]> | undefined;

  constructor(private readonly options: CachedModelListOptions) {}

  list(signal: AbortSignal): Promise<ModelObject[]> {
    if (this.options.configured) return Promise.resolve(this.options.configured);
    const now = this.options.now ?? Date.now;
    if (this.cached && now() - this.cached.at < (this.options.ttlMs ?? MODELS_TTL_MS))
      return Promise.resolve(this.cached.models);
    // Concurrent callers share one upstream request; a caller that goes away stops waiting only.
    this.pending ??= this.refresh().finally(() => {
      this.pending = undefined;
    });
    return raceAbort(this.pending, signal, () => []);
  }

  private async refresh(): Promise<ModelObject[]> {
    const models = await this.options.fetch().catch(() => undefined);
    if (!models) return [];
    this.cached = { at: (this.options.now ?? Date.now)(), models };
    return models;
  }
}
