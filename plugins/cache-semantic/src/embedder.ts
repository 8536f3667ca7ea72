/**
 * Embeddings through the gateway: an `/v1/embeddings` request of the gateway's own, sent to the
 * terminal this node `uses` (any provider with an embeddings endpoint), outside the request's
 * route. The answer's first vector (floats, or base64 float32) comes back as a unit vector. A
 * failure of any kind (an error, a timeout, a malformed answer) is `undefined`, a miss for the
 * request, and is logged once per outage; only the client going away is not counted as one.
 */
import type { GatewayRequestOf, HookContext, JsonValue } from "@aigw/plugin-api";
import type { Outage } from "./outage.js";
import { unitVector, vectorFromBase64 } from "./vector.js";

/** How the embedding node is asked. */
export interface EmbedderSettings {
  /** The terminal's node id (in this node's `uses`). */
  readonly node: string;
  readonly model: string;
  readonly dimensions?: number | undefined;
  readonly encodingFormat: "float" | "base64";
  readonly timeoutMs: number;
}

/** The embeddings request for one text. */
export function embeddingRequest(
  ctx: HookContext,
  text: string,
  settings: EmbedderSettings,
): GatewayRequestOf<"embeddings"> {
  return {
    endpoint: "embeddings",
    method: "POST",
    path: "/v1/embeddings",
    headers: new Headers(),
    body: {
      model: settings.model,
      input: text,
      encoding_format: settings.encodingFormat,
      ...(settings.dimensions === undefined ? {} : { dimensions: settings.dimensions }),
    },
    model: settings.model,
    stream: false,
    metadata: ctx.request.metadata,
    raw: undefined,
  };
}

/** The unit vector of an embeddings answer's first item. Throws when the answer has none. */
export function vectorOfAnswer(body: JsonValue): Float32Array {
  const data = typeof body === "object" && body !== null && !Array.isArray(body) ? body.data : undefined;
  const first = Array.isArray(data) ? data[0] : undefined;
  const embedding =
    typeof first === "object" && first !== null && !Array.isArray(first) ? first.embedding : undefined;
  if (typeof embedding === "string") return vectorFromBase64(embedding);
  if (Array.isArray(embedding)) return unitVector(embedding as number[]);
  throw new Error("the embeddings answer has no vector at data[0].embedding");
}

/** Runs `work` with a signal aborted by the caller's, or after `timeoutMs`; rejects on either. */
async function withDeadline<T>(
  ctx: HookContext,
  timeoutMs: number,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(ctx.cancellation.reason);
  if (ctx.cancellation.aborted) onAbort();
  else ctx.cancellation.addEventListener("abort", onAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`no embedding within ${timeoutMs} ms`);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
    controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true });
  });
  // Settled after the race when the work won: nobody waits on it then.
  deadline.catch(() => {});
  try {
    return await Promise.race([work(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    ctx.cancellation.removeEventListener("abort", onAbort);
  }
}

/** Embeds texts through the configured node. */
export class Embedder {
  constructor(
    private readonly settings: EmbedderSettings,
    private readonly outage: Outage,
  ) {}

  /** The unit vector of `text`, or `undefined` when the embedding could not be had. */
  async embed(ctx: HookContext, text: string): Promise<Float32Array | undefined> {
    const request = embeddingRequest(ctx, text, this.settings);
    try {
      const vector = await withDeadline(ctx, this.settings.timeoutMs, async (signal) => {
        const result = await ctx.uses(this.settings.node).invoke({ request, signal });
        if (result.type !== "json" || result.status < 200 || result.status > 299)
          throw new Error(`the embedding node answered ${result.type} with status ${result.status}`);
        return vectorOfAnswer(result.body);
      });
      this.outage.succeeded();
      return vector;
    } catch (error) {
      if (!ctx.cancellation.aborted) this.outage.failed(error);
      return undefined;
    }
  }
}
