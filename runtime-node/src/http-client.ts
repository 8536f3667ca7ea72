/**
 * The `HttpClient` service on Node: undici's `request` (much cheaper per call than `fetch`) over
 * one keep-alive `Agent`, which keeps a connection pool per upstream origin. It keeps the
 * `HttpClient` contract (plugin-api's services.ts): failures before an answer become the
 * engine's `transportError`s (504 on a headers timeout, 503 otherwise), an abort by the caller
 * rejects with the abort itself.
 *
 * Each call is an undici dispatch handler (upstream-call.ts) rather than undici's `request()`,
 * whose per-call AsyncResource, Readable body and abort listeners cost more than the rest of the
 * call. It enforces `headersTimeoutMs` with its own timer (undici's is coarse: ±0.5 s above 1 s)
 * and stops on the caller's `signal` or `cancel()`, without an AbortController of its own.
 */
import { createRequire } from "node:module";
import { transportError } from "@aigw/engine";
import type { HttpClient, HttpRequest, HttpResponse } from "@aigw/plugin-api";
import type { Dispatcher, Agent as UndiciAgent } from "undici";
import { UpstreamCall } from "./upstream-call.js";

export interface UndiciClientOptions {
  /** Idle keep-alive time of a pooled connection (default 30 s). */
  keepAliveTimeoutMs?: number;
  /** Time to wait for response headers unless a request says otherwise (default 300 s: slow models). */
  headersTimeoutMs?: number;
  /** Longest silence between two body chunks (default 300 s: reasoning models pause long). */
  bodyTimeoutMs?: number;
  /** Connections per origin; unlimited by default. */
  connections?: number;
}

type UndiciBody = Dispatcher.RequestOptions["body"];

/**
 * undici's Agent alone. undici's index also loads its fetch, WebSocket and cookie modules, and
 * the last touches the global `Headers`, which loads Node's own bundled undici: ~20 MB of RSS
 * for nothing the gateway uses on Node (the full package is loaded only for multipart bodies).
 */
const Agent = createRequire(import.meta.url)("undici/lib/dispatcher/agent.js") as typeof UndiciAgent;

/** `https://host:port/path?q` → origin and path, without a URL parse per call. */
function splitUrl(url: string): { origin: string; path: string } {
  const slash = url.indexOf("/", url.indexOf("//") + 2);
  return slash < 0 ? { origin: url, path: "/" } : { origin: url.slice(0, slash), path: url.slice(slash) };
}

/** A body undici sends as it is; tested before anything touches the global FormData. */
function plain(body: HttpRequest["body"]): body is string | Uint8Array | undefined {
  return body === undefined || typeof body === "string" || body instanceof Uint8Array;
}

/**
 * undici encodes only its own FormData as multipart; the global one (from the undici bundled in
 * Node, another copy) is copied entry by entry. Files stay Blobs, so nothing is buffered here.
 */
async function toUndiciBody(body: FormData): Promise<UndiciBody> {
  const { FormData: UndiciFormData } = await import("undici");
  if ((body as unknown) instanceof UndiciFormData) return body as unknown as UndiciBody;
  const form = new UndiciFormData();
  for (const [name, value] of body.entries()) form.append(name, value);
  return form as unknown as UndiciBody;
}

/** Creates the undici-backed client; `close()` closes every pooled connection. */
export function undiciHttpClient(options: UndiciClientOptions = {}): HttpClient {
  const agent = new Agent({
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000,
    // 0 turns undici's own headers timer off: every call runs ours (below), which is precise.
    headersTimeout: 0,
    bodyTimeout: options.bodyTimeoutMs ?? 300_000,
    connections: options.connections ?? null,
  });
  const headersTimeoutMs = options.headersTimeoutMs ?? 300_000;

  /** One call, without an async layer of its own: a promise and ticks fewer per request. */
  function send(req: HttpRequest, body: UndiciBody): Promise<HttpResponse> {
    const call = new UpstreamCall();
    const caller = req.signal;
    if (caller?.aborted) call.abort(caller.reason);
    // Left on: the caller's signal is the request's, which ends with it.
    else caller?.addEventListener("abort", () => call.abort(caller.reason), { once: true });
    const timeoutMs = req.headersTimeoutMs ?? headersTimeoutMs;
    const timer = setTimeout(() => {
      call.timedOut = true;
      call.abort(new Error("upstream headers timeout"));
    }, timeoutMs);
    const { origin, path } = splitUrl(req.url);
    return call
      .start((handler) =>
        agent.dispatch({ origin, path, method: req.method, headers: req.headers, body }, handler),
      )
      .then(
        (response) => {
          clearTimeout(timer);
          return response;
        },
        (error: unknown) => {
          clearTimeout(timer);
          if (call.timedOut) throw transportError(req.url, error, timeoutMs);
          // Aborted by the caller (before the headers, `cancel()` cannot have been called).
          if (call.abortedBy !== undefined) throw error;
          throw transportError(req.url, error);
        },
      );
  }

  return {
    request(req: HttpRequest): Promise<HttpResponse> {
      // Multipart bodies need undici's own FormData, loaded on first use.
      if (plain(req.body)) return send(req, req.body);
      return toUndiciBody(req.body).then((body) => send(req, body));
    },
    close: () => agent.close(),
  };
}
