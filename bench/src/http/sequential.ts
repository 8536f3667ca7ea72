/**
 * Latency without contention: one keep-alive connection (an undici Client), one request at a
 * time. For plain requests, the time to the last body byte and the gateway's own
 * `x-aigw-overhead-ms` header; for streamed ones, the time to the first body byte (TTFB) and to
 * the end of the stream. Every answer is checked (status, and `[DONE]` for streams), so a
 * broken system cannot look fast.
 */
import { performance } from "node:perf_hooks";
import { Client } from "undici";
import { CHAT_PATH, REQUEST_HEADERS, requestBody } from "./payloads.js";

export interface Samples {
  /** ms to the last body byte. */
  total: number[];
  /** ms to the first body byte (streams only). */
  ttfb: number[];
  /** The gateway's `x-aigw-overhead-ms` values (absent for other systems). */
  overhead: number[];
  failures: number;
  lastFailure?: string;
}

export function emptySamples(): Samples {
  return { total: [], ttfb: [], overhead: [], failures: 0 };
}

const PLAIN = requestBody(false);
const STREAM = requestBody(true);
const DONE = Buffer.from("data: [DONE]");

/** One connection to `url`, kept for the whole phase. */
export function connect(url: string): Client {
  return new Client(url, { pipelining: 1, keepAliveTimeout: 60_000 });
}

/** Sends `count` requests one after another and appends their timings to `into`. */
export async function sequentialBatch(
  client: Client,
  stream: boolean,
  count: number,
  into: Samples | undefined,
): Promise<void> {
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    let firstByte = Number.NaN;
    let tail = Buffer.alloc(0);
    let status = 0;
    let overhead: string | string[] | undefined;
    try {
      const res = await client.request({
        path: CHAT_PATH,
        method: "POST",
        headers: REQUEST_HEADERS,
        body: stream ? STREAM : PLAIN,
      });
      status = res.statusCode;
      overhead = res.headers["x-aigw-overhead-ms"];
      for await (const part of res.body) {
        if (Number.isNaN(firstByte)) firstByte = performance.now();
        // Only the end matters for the check; keep a short tail, not the whole body.
        tail = Buffer.concat([tail, part as Buffer]).subarray(-64);
      }
    } catch (error) {
      if (into) {
        into.failures++;
        into.lastFailure = String(error);
      }
      continue;
    }
    const ended = performance.now();
    if (!into) continue;
    if (status !== 200 || (stream && !tail.includes(DONE))) {
      into.failures++;
      into.lastFailure = `status ${status}, body ends ${JSON.stringify(tail.toString())}`;
      continue;
    }
    into.total.push(ended - started);
    if (stream) into.ttfb.push(firstByte - started);
    if (typeof overhead === "string") into.overhead.push(Number(overhead));
  }
}
