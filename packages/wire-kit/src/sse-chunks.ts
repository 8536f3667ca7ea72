/**
 * Turns an upstream server-sent event body in the OpenAI wire format into the stream of chunks
 * the engine forwards: each `data:` payload is handed over as its original text the moment its
 * event is complete (or rewritten first, by a provider that needs to). A stream only ends
 * cleanly on `[DONE]` (or, for the typed event streams of images and audio, on their final
 * `*.done` / `*.completed` event); a body that stops short, a broken connection, or an error
 * event inside the stream is thrown as a `GatewayError`, which the engine shows the client as
 * an error event instead of a clean end.
 */
import {
  type AbortSignalLike,
  chunkFromText,
  GatewayError,
  isGatewayError,
  type StreamChunk,
  type Usage,
} from "@aigw/plugin-api";
import { type SseEvent, sseEvents } from "./sse.js";
import { drainUpstream, type UpstreamExchange, upstreamAbortedError } from "./transport.js";
import { errorFromUpstream } from "./upstream-error.js";
import { normaliseUsage } from "./usage.js";

export interface SseChunkStreamOptions {
  signal: AbortSignalLike;
  /** Names the upstream in messages. */
  label: string;
  /** Chat and text completions end with `[DONE]`; typed event streams may end without it. */
  requireDone: boolean;
  /** Called with each usage object a payload carries (`include_usage`, or a provider's own). */
  onUsage(usage: Usage): void;
  /**
   * Rewrites one upstream payload before it is forwarded: returns the JSON texts of the chunks
   * to send in its place (an empty list drops it). Throwing a `GatewayError` ends the stream
   * with that error. Without it, payloads pass through untouched.
   */
  rewrite?: ((data: string) => readonly string[]) | undefined;
  /**
   * For a native event stream (an ingress's own format): whether a payload is the stream's
   * final event, after which it may end cleanly without `[DONE]`. Overrides `requireDone`.
   */
  isFinal?: ((data: string) => boolean) | undefined;
  /** Where a payload keeps its usage object, when not at its top level (`response.usage`). */
  usageAt?: ((payload: Record<string, unknown>) => unknown) | undefined;
}

/** A chunk that carries a usage object (not `"usage":null`), as with `include_usage`. */
const HAS_USAGE = /"usage"\s*:\s*\{/;
/** The final event of a typed stream: `image_generation.completed`, `transcript.text.done`... */
const FINAL_TYPE = /"type"\s*:\s*"[^"]*\.(?:done|completed)"/;

export async function* sseChunkStream(
  exchange: UpstreamExchange,
  options: SseChunkStreamOptions,
): AsyncGenerator<StreamChunk> {
  const events = sseEvents(exchange.response.body)[Symbol.asyncIterator]();
  const rewrite = options.rewrite;
  let finished = false;
  let sawFinalEvent = false;
  try {
    for (;;) {
      const next = await events.next();
      if (next.done) break;
      const event = next.value;
      const data = event.data;
      if (isDone(data)) {
        finished = true;
        drainUpstream(events, exchange);
        return;
      }
      if (data === "") continue;
      const error = streamError(event, options.label);
      if (error) throw error;
      if (HAS_USAGE.test(data)) recordUsage(data, options);
      if (options.isFinal) sawFinalEvent = options.isFinal(data);
      else if (!options.requireDone) sawFinalEvent = FINAL_TYPE.test(data);
      if (rewrite) for (const text of rewritten(rewrite, data, options.label)) yield chunkFromText(text);
      else yield chunkFromText(data);
    }
  } catch (error) {
    if (isGatewayError(error)) throw error;
    if (options.signal.aborted) throw upstreamAbortedError(options.signal, error);
    throw cutOff(options.label, error);
  } finally {
    // Stopped early (client gone, error, or a consumer that quit): release the upstream now.
    if (!finished) exchange.abort();
  }
  if (!sawFinalEvent) throw cutOff(options.label, undefined);
}

/** A rewrite's output; a rewrite that fails on a payload (not JSON, say) is the upstream's fault. */
function rewritten(
  rewrite: (data: string) => readonly string[],
  data: string,
  label: string,
): readonly string[] {
  try {
    return rewrite(data);
  } catch (error) {
    if (isGatewayError(error)) throw error;
    throw new GatewayError("upstream_error", `${label} sent a stream event that could not be read.`, {
      cause: error,
    });
  }
}

/** `[DONE]`, tolerating stray whitespace around it. */
function isDone(data: string): boolean {
  return data === "[DONE]" || (data.length < 16 && data.trim() === "[DONE]");
}

function recordUsage(data: string, options: SseChunkStreamOptions): void {
  try {
    const payload = JSON.parse(data) as Record<string, unknown>;
    const usage = normaliseUsage(options.usageAt ? options.usageAt(payload) : payload.usage);
    if (usage) options.onUsage(usage);
  } catch {
    // Not JSON: the chunk is still forwarded as is; there is just no usage to record.
  }
}

function cutOff(label: string, cause: unknown): GatewayError {
  return new GatewayError(
    "upstream_error",
    `The upstream stream from ${label} was cut off before it finished${cause ? " (the connection failed)" : " (no [DONE])"}.`,
    { cause },
  );
}

/**
 * An error reported inside the stream: an `event: error` frame, or a payload whose top-level
 * `error` is set (`data: {"error":{...}}` mid-stream is how OpenAI-style servers report one).
 */
function streamError(event: SseEvent, label: string): GatewayError | undefined {
  const data = event.data;
  if (event.event !== "error" && !data.includes('"error"')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return event.event === "error" ? errorFromUpstream(502, data, label) : undefined;
  }
  const body = parsed as { error?: unknown } | null;
  if (event.event !== "error" && (!body || typeof body !== "object" || body.error == null)) return undefined;
  const detail = (body?.error ?? body) as { code?: unknown; status?: unknown } | null;
  const statusLike = [detail?.code, detail?.status].find(
    (v): v is number => typeof v === "number" && v >= 400 && v <= 599,
  );
  return errorFromUpstream(statusLike ?? 502, data, label);
}
