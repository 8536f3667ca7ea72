/**
 * The `HttpClient` service on Node: undici's `request` (much cheaper per call than `fetch`) over
 * one keep-alive `Agent`, which keeps a connection pool per upstream origin. Transport failures
 * before an answer become `GatewayError`s (504 on a headers timeout, 503 when the upstream cannot
 * be reached) so routers can fall back on them like on an upstream's own 5xx.
 *
 * Per call it enforces `headersTimeoutMs` with its own timer and stops on the caller's `signal`
 * or `cancel()`, all through one small EventEmitter handed to undici as its signal (undici takes
 * either): on Node 20 an AbortController with its listeners costs several microseconds, and
 * undici's own per-request timeout is coarse (±0.5 s above 1 s).
 */
import { EventEmitter } from "node:events";
import type { HttpClient, HttpRequest, HttpResponse } from "@aigw/plugin-api";
import { Agent, type Dispatcher, FormData as UndiciFormData } from "undici";
import { transportError } from "./http-errors.js";

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
 * What undici listens to instead of an AbortSignal: `aborted`, `reason` and an `abort` event.
 * Fired by the caller's signal, the headers timer, or `cancel()`.
 */
class CallAbort extends EventEmitter {
  aborted = false;
  reason: unknown = undefined;
  timedOut = false;

  fire(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.emit("abort");
  }
}

/** `https://host:port/path?q` → origin and path, without a URL parse per call. */
function splitUrl(url: string): { origin: string; path: string } {
  const slash = url.indexOf("/", url.indexOf("//") + 2);
  return slash < 0 ? { origin: url, path: "/" } : { origin: url.slice(0, slash), path: url.slice(slash) };
}

/** Lower-cased header names; repeated headers joined with ", " as `Headers.get` would. */
function headerRecord(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const key in raw) {
    const value = raw[key];
    if (value === undefined) continue;
    headers[key.toLowerCase()] = typeof value === "string" ? value : value.join(", ");
  }
  return headers;
}

/**
 * undici encodes only its own FormData as multipart; the global one (from the undici bundled in
 * Node, another copy) is copied entry by entry. Files stay Blobs, so nothing is buffered here.
 */
function toUndiciBody(body: HttpRequest["body"]): UndiciBody {
  if (!(body instanceof FormData) || (body as unknown) instanceof UndiciFormData) return body as UndiciBody;
  const form = new UndiciFormData();
  for (const [name, value] of body.entries()) form.append(name, value);
  return form as unknown as UndiciBody;
}

/** Creates the undici-backed client; `close()` closes every pooled connection. */
export function undiciHttpClient(options: UndiciClientOptions = {}): HttpClient {
  const agent = new Agent({
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000,
    headersTimeout: options.headersTimeoutMs ?? 300_000,
    bodyTimeout: options.bodyTimeoutMs ?? 300_000,
    connections: options.connections ?? null,
  });
  const headersTimeoutMs = options.headersTimeoutMs ?? 300_000;
  return {
    enforcesTimeouts: true,
    async request(req: HttpRequest): Promise<HttpResponse> {
      const abort = new CallAbort();
      const caller = req.signal;
      if (caller?.aborted) abort.fire(caller.reason);
      // Left on: the caller's signal is the request's, which ends with it.
      else caller?.addEventListener("abort", () => abort.fire(caller.reason), { once: true });
      const timer = setTimeout(() => {
        abort.timedOut = true;
        abort.fire(new Error("upstream headers timeout"));
      }, req.headersTimeoutMs ?? headersTimeoutMs);
      let res: Dispatcher.ResponseData;
      try {
        const { origin, path } = splitUrl(req.url);
        res = await agent.request({
          origin,
          path,
          method: req.method,
          headers: req.headers,
          body: toUndiciBody(req.body),
          signal: abort,
        });
      } catch (error) {
        throw transportError(
          abort.timedOut ? timeoutCause(error) : error,
          req,
          abort.aborted && !abort.timedOut,
        );
      } finally {
        clearTimeout(timer);
      }
      const body = res.body;
      return {
        status: res.statusCode,
        headers: headerRecord(res.headers),
        body,
        text: () => body.text(),
        bytes: () => body.bytes(),
        dump: () => body.dump(),
        cancel: () => abort.fire(new Error("upstream read stopped")),
      };
    },
    close: () => agent.close(),
  };
}

/** A timeout fired by our timer reads like undici's own, so it maps to the same error. */
function timeoutCause(cause: unknown): Error {
  return Object.assign(new Error("upstream headers timeout", { cause }), { code: "UND_ERR_HEADERS_TIMEOUT" });
}
