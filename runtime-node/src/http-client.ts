/**
 * The `HttpClient` service on Node: undici's `request` (much cheaper per call than `fetch`) over
 * one keep-alive `Agent`, which keeps a connection pool per upstream origin. Transport failures
 * before an answer become `GatewayError`s (504 on a headers timeout, 503 when the upstream cannot
 * be reached) so routers can fall back on them like on an upstream's own 5xx.
 */
import type { HttpClient, HttpRequest, HttpResponse } from "@aigw/plugin-api";
import { Agent, type Dispatcher, request, FormData as UndiciFormData } from "undici";
import { transportError } from "./http-errors.js";

export interface UndiciClientOptions {
  /** Idle keep-alive time of a pooled connection (default 30 s). */
  keepAliveTimeoutMs?: number;
  /**
   * Time to wait for response headers unless a request says otherwise (default 300 s: slow
   * models). undici checks its timers about twice a second, so sub-second values are coarse.
   */
  headersTimeoutMs?: number;
  /** Longest silence between two body chunks (default 300 s: reasoning models pause long). */
  bodyTimeoutMs?: number;
  /** Connections per origin; unlimited by default. */
  connections?: number;
}

type UndiciBody = Dispatcher.RequestOptions["body"];

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
  return {
    async request(req: HttpRequest): Promise<HttpResponse> {
      let res: Dispatcher.ResponseData;
      try {
        res = await request(req.url, {
          dispatcher: agent,
          method: req.method,
          headers: req.headers,
          body: toUndiciBody(req.body),
          signal: req.signal ?? null,
          ...(req.headersTimeoutMs !== undefined ? { headersTimeout: req.headersTimeoutMs } : {}),
        });
      } catch (error) {
        throw transportError(error, req);
      }
      const body = res.body;
      return {
        status: res.statusCode,
        headers: headerRecord(res.headers),
        body,
        text: () => body.text(),
        bytes: () => body.bytes(),
        dump: () => body.dump(),
      };
    },
    close: () => agent.close(),
  };
}
