/**
 * The provider the in-process benchmarks put at the end of a pipeline: it answers at once, with
 * a small chat completion, or (for a streamed request) with the given chunks and a finish chunk,
 * so what is measured is the engine and the nodes in front of it.
 */
import { chunkFromText, definePlugin, jsonResult } from "@aigw/plugin-api";

const base = { id: "x", created: 0, model: "m" };

/** The JSON answer, as the provider sends it. */
export const INSTANT_ANSWER = JSON.stringify({
  ...base,
  object: "chat.completion",
  choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }],
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
});

/** A streamed chunk carrying `content` (or the finish chunk when `content` is undefined). */
export function instantChunk(content: string | undefined): string {
  return JSON.stringify({
    ...base,
    object: "chat.completion.chunk",
    choices: [
      content === undefined
        ? { index: 0, delta: {}, finish_reason: "stop" }
        : { index: 0, delta: { content }, finish_reason: null },
    ],
  });
}

/** A (provider label, model) a provider fits each chat request to first, as real providers do. */
export interface FitTo {
  provider: string;
  model: string;
}

/**
 * The plugin `instant`: a stream of `contents` (then the finish) when asked to stream. With
 * `fitTo`, it first fits each chat request to that model through the capabilities service, as
 * every real provider does (wire-kit's adaptRequest calls the same service; the bench keeps to
 * the plugin contract).
 */
export function instantProvider(contents: readonly string[] = [], fitTo?: FitTo) {
  const frames = [...contents.map((text) => instantChunk(text)), instantChunk(undefined)];
  return definePlugin({
    manifest: {
      name: fitTo ? "instant-fitted" : "instant",
      kind: "provider",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["call"],
      configSchema: { type: "object" },
    },
    create: () => ({
      async call(ctx) {
        if (fitTo && ctx.request.endpoint === "chat.completions")
          ctx.services.capabilities.adaptChat(fitTo.provider, fitTo.model, ctx.request.body, "drop");
        if (!ctx.request.stream) return jsonResult(INSTANT_ANSWER);
        async function* chunks() {
          for (const frame of frames) yield chunkFromText(frame);
        }
        return { type: "stream" as const, status: 200, chunks: chunks() };
      },
    }),
  });
}
