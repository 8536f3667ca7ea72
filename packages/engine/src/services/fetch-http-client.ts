/**
 * The `HttpClient` over the platform's `fetch`: the default where a runtime registers no better
 * pool (Bun, Deno, tests). fetch has no headers timeout and takes only a real `AbortSignal`, so
 * each request gets one controller, which the caller's signal (any `AbortSignalLike`), the
 * headers timer and `cancel()` all abort; failures before an answer become the contract's
 * gateway errors.
 */
import type { HttpClient, HttpRequest, HttpResponse } from "@aigw/plugin-api";
import { transportError } from "./transport-error.js";

/** An HTTP client over the platform's `fetch`. */
export function fetchHttpClient(): HttpClient {
  return {
    request: send,
    close: async () => {},
  };
}

async function send(req: HttpRequest): Promise<HttpResponse> {
  const controller = new AbortController();
  const caller = req.signal;
  if (caller?.aborted) controller.abort(caller.reason);
  // Left on: the caller's signal is the request's, which ends with it; it aborts the body too.
  else caller?.addEventListener("abort", () => controller.abort(caller.reason), { once: true });
  const timeoutMs = req.headersTimeoutMs;
  let timedOut = false;
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort(new Error("upstream headers timeout"));
        }, timeoutMs);
  let res: Response;
  try {
    res = await fetch(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body as BodyInit | undefined,
      signal: controller.signal,
    });
  } catch (error) {
    if (caller?.aborted) throw error;
    throw transportError(req.url, error, timedOut ? timeoutMs : undefined);
  } finally {
    clearTimeout(timer);
  }
  const headers: Record<string, string> = {};
  res.headers.forEach((value, key) => {
    headers[key] = value;
  });
  return {
    status: res.status,
    headers,
    body: chunksOf(res.body),
    text: () => res.text(),
    bytes: async () => new Uint8Array(await res.arrayBuffer()),
    dump: async () => {
      // Read to the end: a cancelled body would close the connection instead of pooling it.
      for await (const _ of chunksOf(res.body)) {
      }
    },
    cancel: () => controller.abort(new Error("upstream read stopped")),
  };
}

/** The body's chunks; a reader that stops early cancels the body, closing the connection. */
async function* chunksOf(body: ReadableStream<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
