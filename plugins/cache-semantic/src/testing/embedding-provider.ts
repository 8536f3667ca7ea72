/**
 * A tiny provider plugin for tests: it serves `/v1/embeddings` with the hashed embedding (floats,
 * or base64 float32 when asked), and fails every call while `failing` is set, so the whole path
 * of the cache (its embeddings request, the engine's `uses`, the answer's parsing) runs for real.
 * It counts the calls it answered, and can be made slow.
 */
import { definePlugin, jsonResult } from "@aigw/plugin-api";
import { floatsToBase64 } from "@aigw/wire-kit";
import { HASHED_DIMENSIONS, hashedEmbedding } from "./hashed-embedding.js";

/** What a test reads and switches on the provider. */
export interface EmbeddingProviderControl {
  /** Calls answered so far. */
  calls: number;
  /** While true, every call fails as an upstream outage would (503). */
  failing: boolean;
  /** Wait this long before answering, deaf to aborts (a service that hangs). */
  delayMs: number;
  /** The inputs embedded, in order. */
  readonly inputs: string[];
}

/** A `test-embeddings` provider plugin and the handle that controls it. */
export function embeddingProvider(name = "test-embeddings") {
  const control: EmbeddingProviderControl = { calls: 0, failing: false, delayMs: 0, inputs: [] };
  const plugin = definePlugin({
    manifest: {
      name,
      kind: "provider",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["call"],
      configSchema: { type: "object", additionalProperties: false },
    },
    create: (_config: Record<string, never>) => ({
      async call(ctx) {
        const request = ctx.request;
        if (request.endpoint !== "embeddings") return ctx.error("invalid_request", "only embeddings here");
        if (control.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, control.delayMs));
        if (control.failing) return ctx.error("upstream_unavailable", "the embedding service is down");
        const inputs = typeof request.body.input === "string" ? [request.body.input] : request.body.input;
        const dimensions = request.body.dimensions ?? HASHED_DIMENSIONS;
        const data = inputs.map((input, index) => {
          const text = typeof input === "string" ? input : JSON.stringify(input);
          control.inputs.push(text);
          const vector = Array.from(hashedEmbedding(text, dimensions));
          const embedding = request.body.encoding_format === "base64" ? floatsToBase64(vector) : vector;
          return { object: "embedding", index, embedding };
        });
        control.calls++;
        return jsonResult(
          JSON.stringify({
            object: "list",
            data,
            model: request.body.model,
            usage: { prompt_tokens: 1, total_tokens: 1 },
          }),
        );
      },
    }),
  });
  return { plugin, control };
}
