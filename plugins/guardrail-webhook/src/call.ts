/**
 * One call to the check service over the gateway's HTTP client: POST the payload, wait at most
 * the node's timeout for the whole answer, read at most MAX_ANSWER_BYTES of it, and parse it as
 * JSON. Anything that keeps a usable answer from arriving is a `WebhookFailure` (for failMode
 * to handle); the request's own abort is not one, and is rethrown as the request's error.
 */
import type { AbortSignalLike, HttpClient, HttpResponse } from "@aigw/plugin-api";
import { upstreamAbortedError } from "@aigw/wire-kit";
import { Deadline } from "./deadline.js";

/** The largest answer read; a verdict list is far smaller, a bigger one is a broken service. */
export const MAX_ANSWER_BYTES = 1024 * 1024;

/**
 * Why a call gave no usable answer. `message` follows "its webhook ..." in what the client and
 * the record see; `detail` says more, for the log. Neither holds answer content or headers.
 */
export class WebhookFailure extends Error {
  override readonly name = "WebhookFailure";
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** Where and how a node calls its service; built once at boot. */
export interface WebhookTarget {
  readonly http: HttpClient;
  readonly url: string;
  /** Every header of a call, content-type included (shared by every call: never changed). */
  readonly headers: Record<string, string>;
  readonly timeoutMs: number;
}

const decoder = new TextDecoder();

/** The service's answer, parsed; rejects with a `WebhookFailure`, or the request's abort. */
export async function callWebhook(
  target: WebhookTarget,
  body: string,
  signal: AbortSignalLike,
): Promise<unknown> {
  const deadline = new Deadline(signal, target.timeoutMs);
  try {
    let response: HttpResponse;
    try {
      response = await target.http.request({
        url: target.url,
        method: "POST",
        headers: target.headers,
        body,
        signal: deadline,
      });
    } catch (error) {
      throw failure(error, deadline, signal, "could not be reached");
    }
    if (response.status < 200 || response.status > 299) {
      response.cancel();
      throw new WebhookFailure(`answered HTTP ${response.status}`);
    }
    let bytes: Uint8Array;
    try {
      bytes = await readLimited(response);
    } catch (error) {
      throw failure(error, deadline, signal, "cut its answer off");
    }
    try {
      return JSON.parse(decoder.decode(bytes)) as unknown;
    } catch {
      throw new WebhookFailure("gave an answer that is not JSON");
    }
  } finally {
    deadline.dispose();
  }
}

/** What a transport error means here: the request's abort, the deadline, or the service's fault. */
function failure(error: unknown, deadline: Deadline, signal: AbortSignalLike, otherwise: string): Error {
  if (error instanceof WebhookFailure) return error;
  if (signal.aborted) return upstreamAbortedError(signal, error);
  if (deadline.expired) return new WebhookFailure(`timed out after ${deadline.timeoutMs} ms`);
  return new WebhookFailure(otherwise, error instanceof Error ? error.message : undefined);
}

/** The body's bytes, up to MAX_ANSWER_BYTES; the connection is closed past that. */
async function readLimited(response: HttpResponse): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      response.cancel();
      throw new WebhookFailure(`answered with more than ${MAX_ANSWER_BYTES} bytes`);
    }
    chunks.push(chunk);
  }
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}
