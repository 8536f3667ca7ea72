/**
 * One attempt at one target: its own abort signal (so a timeout stops just this attempt and the
 * client going away stops everything), a time limit that covers the answer or, for a stream,
 * its first chunk (a stream that fails or stalls before its first chunk is a failed attempt;
 * after it, the stream is the client's and failures stay error events), and the record fixed
 * when a stream the engine saw succeed failed before its first chunk.
 */
import {
  type CallContext,
  type CallResult,
  GatewayError,
  isGatewayError,
  LazyAbort,
  type RouteTarget,
  type StreamChunk,
  type StreamResult,
} from "@aigw/plugin-api";
import { asGatewayError } from "./classify.js";

/**
 * Runs one attempt; rejects with a `GatewayError` (the timeout, the upstream's, the client's).
 * The attempt's abort is a `LazyAbort` that follows the request's: no `AbortController`, listener
 * or promise of its own unless a time limit needs them (an `AbortController` with a listener
 * costs ~5 µs on Node 20, a quarter of a router's whole cost per request).
 */
export async function attemptOnce(
  target: RouteTarget,
  ctx: CallContext,
  timeoutMs: number | undefined,
): Promise<CallResult> {
  const parent = ctx.cancellation;
  if (parent.aborted) throw abortError(parent.reason);
  const own = new LazyAbort(parent);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Without a time limit, the target's own signal handling ends the attempt when the client
  // leaves; with one, the attempt settles at the limit even if the target ignores its signal.
  let stopped: Promise<never> | undefined;
  if (timeoutMs !== undefined) {
    stopped = new Promise<never>((_, reject) => {
      own.addEventListener("abort", () => reject(abortError(own.reason)));
    });
    stopped.catch(() => {});
    timer = setTimeout(() => {
      own.abort(
        new GatewayError("upstream_timeout", `Target "${target.id}" did not answer within ${timeoutMs} ms.`),
      );
    }, timeoutMs);
  }
  const route = ctx.annotations.route;
  const routeBefore = route.length;
  const servedBefore = ctx.annotations.servedBy;
  const pending = target.invoke({ signal: own });
  let answered = false;
  try {
    const result = stopped ? await Promise.race([pending, stopped]) : await pending;
    answered = true;
    const primed = result.type === "stream" ? await primeStream(result, stopped) : result;
    clearTimeout(timer);
    return primed;
  } catch (thrown) {
    clearTimeout(timer);
    const error = asGatewayError(thrown);
    own.abort(error);
    // A late answer (the timer won the race) is released rather than left open.
    if (!answered) pending.then(release, () => {});
    else {
      // The engine recorded the leaf as a success when the stream opened; it failed before its
      // first chunk, so the record says so, and nothing served the request yet.
      const last = route.length > routeBefore ? route[route.length - 1] : undefined;
      if (last) {
        last.status = error.status;
        last.error = error.code;
      }
      ctx.annotations.servedBy = servedBefore;
    }
    throw error;
  }
}

/** Waits for a stream's first chunk, then hands back a stream that yields it and the rest. */
async function primeStream(result: StreamResult, stopped: Promise<never> | undefined): Promise<StreamResult> {
  const iterator = result.chunks[Symbol.asyncIterator]();
  let first: IteratorResult<StreamChunk>;
  try {
    first = stopped ? await Promise.race([iterator.next(), stopped]) : await iterator.next();
  } catch (error) {
    void iterator.return?.()?.catch(() => {});
    throw error;
  }
  return { ...result, chunks: prepend(first, iterator) };
}

function prepend(
  first: IteratorResult<StreamChunk>,
  iterator: AsyncIterator<StreamChunk>,
): AsyncIterable<StreamChunk> {
  let held: IteratorResult<StreamChunk> | undefined = first;
  const rest: AsyncIterator<StreamChunk> = {
    next: () => {
      if (held) {
        const out = held;
        held = undefined;
        return Promise.resolve(out);
      }
      return iterator.next();
    },
    return: async (value?: unknown) => {
      held = undefined;
      await iterator.return?.(value);
      return { done: true, value: undefined };
    },
  };
  return { [Symbol.asyncIterator]: () => rest };
}

/** Frees a result nobody will read (an answer that came after its attempt timed out). */
function release(result: CallResult): void {
  if (result.type === "stream")
    void result.chunks[Symbol.asyncIterator]()
      .return?.()
      ?.catch(() => {});
}

function abortError(reason: unknown): GatewayError {
  if (isGatewayError(reason)) return reason;
  return new GatewayError("client_closed", "The request was aborted before a target answered.", {
    cause: reason,
  });
}
