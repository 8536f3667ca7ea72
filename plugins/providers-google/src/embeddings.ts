/**
 * OpenAI embeddings through Google. Gemini API: `models/{model}:batchEmbedContents` with one
 * `{model, content: {parts: [{text}]}}` request per input, answered by `{embeddings: [{values}]}`
 * (token counts only when Google reports usageMetadata). Vertex AI: the `:predict` endpoint of
 * the text embedding models with `instances: [{content}]`, answered by
 * `predictions[{embeddings: {values, statistics: {token_count}}}]`; gemini-embedding models take
 * one instance per request there, so several inputs are sent as parallel requests. `dimensions`
 * becomes outputDimensionality; `encoding_format: base64` is encoded by the gateway (little-endian
 * float32, as OpenAI does). Token-id inputs are refused: Google embeds text.
 */
import {
  type CallContext,
  GatewayError,
  type JsonObject,
  type JsonResult,
  jsonValueResult,
} from "@aigw/plugin-api";
import { floatsToBase64 } from "@aigw/wire-kit";
import { endpointUrl } from "./endpoints.js";
import type { Settings } from "./settings.js";

export type PostJson = (url: string, body: unknown) => Promise<unknown>;

function inputs(input: unknown): string[] {
  if (typeof input === "string") return [input];
  if (Array.isArray(input) && input.every((v) => typeof v === "string")) return input as string[];
  throw new GatewayError(
    "invalid_request",
    "Google embeddings take text: input must be a string or an array of strings (token ids are not supported).",
    { param: "input" },
  );
}

function vectorsOf(values: unknown, label: string): number[] {
  if (!Array.isArray(values) || !values.every((v) => typeof v === "number")) {
    throw new GatewayError(
      "upstream_error",
      `${label} answered with an embedding that is not a list of numbers.`,
    );
  }
  return values as number[];
}

export async function callEmbeddings(
  ctx: CallContext,
  settings: Settings,
  model: string,
  post: PostJson,
): Promise<JsonResult> {
  if (ctx.request.endpoint !== "embeddings") throw new Error("not an embeddings request");
  const body = ctx.request.body;
  const texts = inputs(body.input);
  const dimensions = typeof body.dimensions === "number" ? body.dimensions : undefined;
  let vectors: number[][];
  let promptTokens = 0;

  if (settings.api === "gemini") {
    const name = model.includes("/") ? model : `models/${model}`;
    const res = (await post(await endpointUrl(settings, model, "batchEmbedContents"), {
      requests: texts.map((text) => ({
        model: name,
        content: { parts: [{ text }] },
        ...(dimensions !== undefined ? { outputDimensionality: dimensions } : {}),
      })),
    })) as { embeddings?: { values?: unknown }[]; usageMetadata?: { promptTokenCount?: unknown } };
    vectors = (res.embeddings ?? []).map((e) => vectorsOf(e.values, settings.label));
    if (typeof res.usageMetadata?.promptTokenCount === "number")
      promptTokens = res.usageMetadata.promptTokenCount;
  } else {
    const url = await endpointUrl(settings, model, "predict");
    const parameters: JsonObject | undefined =
      dimensions !== undefined ? { outputDimensionality: dimensions } : undefined;
    const batches = /gemini-embedding/.test(model) ? texts.map((t) => [t]) : [texts];
    const answers = await Promise.all(
      batches.map(
        (batch) =>
          post(url, {
            instances: batch.map((content) => ({ content })),
            ...(parameters ? { parameters } : {}),
          }) as Promise<{
            predictions?: { embeddings?: { values?: unknown; statistics?: { token_count?: unknown } } }[];
          }>,
      ),
    );
    vectors = [];
    for (const answer of answers) {
      for (const prediction of answer.predictions ?? []) {
        vectors.push(vectorsOf(prediction.embeddings?.values, settings.label));
        const count = prediction.embeddings?.statistics?.token_count;
        if (typeof count === "number") promptTokens += count;
      }
    }
  }
  if (vectors.length !== texts.length) {
    throw new GatewayError(
      "upstream_error",
      `${settings.label} returned ${vectors.length} embeddings for ${texts.length} inputs.`,
    );
  }
  const usage = { prompt_tokens: promptTokens, total_tokens: promptTokens };
  ctx.annotations.usage = { prompt_tokens: promptTokens, completion_tokens: 0, total_tokens: promptTokens };
  const base64 = body.encoding_format === "base64";
  return jsonValueResult({
    object: "list",
    data: vectors.map((values, index) => ({
      object: "embedding",
      index,
      embedding: base64 ? floatsToBase64(values) : values,
    })),
    model,
    usage,
  });
}
