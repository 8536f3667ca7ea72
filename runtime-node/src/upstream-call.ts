/**
 * One upstream call as an undici dispatch handler that is also the `HttpResponse` it produces.
 * It replaces undici's `request()` layer (an AsyncResource, a Node Readable per body, abort
 * listeners) with a chunk queue: a JSON answer is collected and decoded once, a stream is read
 * chunk by chunk with backpressure (the socket pauses while the reader is behind). The caller's
 * signal, the headers timeout and `cancel()` all abort through undici's own controller.
 */
import type { HttpResponse } from "@aigw/plugin-api";
import type { Dispatcher } from "undici";

/** Bytes buffered for a slow stream reader before the upstream socket is paused. */
const HIGH_WATER = 64 * 1024;

type Settle = { resolve: (response: HttpResponse) => void; reject: (error: unknown) => void };

export class UpstreamCall implements Dispatcher.DispatchHandler, HttpResponse {
  status = 0;
  headers: Record<string, string> = {};
  /** Set when the call was aborted by us (caller, timeout, cancel) rather than failing. */
  abortedBy: unknown = undefined;
  timedOut = false;
  private controller: Dispatcher.DispatchController | undefined;
  private settle: Settle | undefined;
  private readonly chunks: Buffer[] = [];
  private buffered = 0;
  private ended = false;
  private failure: Error | undefined;
  private discard = false;
  /** Reading the whole body (text, bytes): never pause the socket. */
  private collecting = false;
  private wake: (() => void) | undefined;

  /** Resolves at the response headers; rejects if the call fails before them. */
  start(dispatch: (handler: Dispatcher.DispatchHandler) => void): Promise<HttpResponse> {
    return new Promise((resolve, reject) => {
      this.settle = { resolve, reject };
      dispatch(this);
    });
  }

  /** Stops the call; before the headers the start promise rejects, after them the body does. */
  abort(reason: unknown): void {
    if (this.abortedBy !== undefined || this.ended) return;
    this.abortedBy = reason;
    const error = reason instanceof Error ? reason : new Error(String(reason));
    if (this.controller) this.controller.abort(error);
    else this.fail(error);
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    if (this.abortedBy !== undefined) controller.abort(this.abortedBy as Error);
  }

  onResponseStart(
    _c: Dispatcher.DispatchController,
    statusCode: number,
    headers: Record<string, string | string[] | undefined>,
  ): void {
    if (statusCode < 200) return; // 1xx: the real answer follows
    this.status = statusCode;
    for (const key in headers) {
      const value = headers[key];
      if (value !== undefined) this.headers[key] = typeof value === "string" ? value : value.join(", ");
    }
    const settle = this.settle;
    this.settle = undefined;
    settle?.resolve(this);
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.discard) return;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    if (!this.collecting && this.buffered > HIGH_WATER) controller.pause();
    this.notify();
  }

  onResponseEnd(): void {
    this.ended = true;
    this.notify();
  }

  onResponseError(_c: Dispatcher.DispatchController, error: Error): void {
    this.fail(error);
  }

  private fail(error: Error): void {
    if (this.settle) {
      const settle = this.settle;
      this.settle = undefined;
      settle.reject(error);
      return;
    }
    this.failure ??= error;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private waitForMore(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }

  /** Waits for the whole body; rejects if the call fails or is aborted first. */
  private async rest(): Promise<Buffer> {
    this.collecting = true;
    this.controller?.resume();
    while (!this.ended && !this.failure) await this.waitForMore();
    if (this.failure) throw this.failure;
    const chunks = this.chunks;
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, this.buffered);
  }

  async text(): Promise<string> {
    return (await this.rest()).toString("utf8");
  }

  bytes(): Promise<Uint8Array> {
    return this.rest();
  }

  async dump(): Promise<void> {
    this.discard = true;
    this.chunks.length = 0;
    this.controller?.resume();
    while (!this.ended && !this.failure) await this.waitForMore();
  }

  cancel(): void {
    this.abort(new Error("upstream read stopped"));
  }

  get body(): AsyncIterable<Uint8Array> {
    return { [Symbol.asyncIterator]: () => this.reader() };
  }

  private reader(): AsyncIterator<Uint8Array> {
    return {
      next: async (): Promise<IteratorResult<Uint8Array>> => {
        for (;;) {
          const chunk = this.chunks.shift();
          if (chunk) {
            this.buffered -= chunk.length;
            if (this.controller?.paused && this.buffered <= HIGH_WATER / 2) this.controller.resume();
            return { done: false, value: chunk };
          }
          if (this.failure) throw this.failure;
          if (this.ended) return { done: true, value: undefined };
          await this.waitForMore();
        }
      },
      // A reader that stops early frees the connection (as a Readable's destroy would).
      return: async (): Promise<IteratorResult<Uint8Array>> => {
        if (!this.ended) this.cancel();
        return { done: true, value: undefined };
      },
    };
  }
}
