/**
 * `/v1/embeddings` through InvokeModel (`POST /model/{id}/invoke`), in one of the two body
 * families Bedrock hosts, chosen by the model id (or the config's `embeddings`):
 * - Amazon Titan text embeddings (`amazon.titan-embed*`): `{inputText, dimensions?}` ->
 *   `{embedding, inputTextTokenCount}`, one call per input, several at once;
 * - Cohere embed (`cohere.embed*`): `{texts, input_type}` -> `{embeddings}` (a list, or
 *   `{float: [...]}` with embedding types), up to 96 texts per call; token counts come from the
 *   `x-amzn-bedrock-input-token-count` response header when Bedrock sends it.
 * Vectors come back as floats or, for `encoding_format: "base64"`, as little-endian float32.
 */
import {
  type CallContext,
  type EmbeddingRequest,
  type EmbeddingResponse,
  GatewayError,
  LazyAbort,
} from "@aigw/plugin-api";
import { floatsToBase64, readUpstreamText } from "@aigw/wire-kit";
import { post } from "./client.js";
import type { BedrockProviderConfig } from "./config.gen.js";
import { operationPath } from "./models.js";
import { DEFAULTS, LABEL } from "./settings.js";

const COHERE_BATCH = 96;

export type EmbeddingFamily = "titan" | "cohere";

export function embeddingFamily(modelId: string, config: BedrockProviderConfig): EmbeddingFamily {
  if (config.embeddings) return config.embeddings;
  // Model ids may carry a region prefix (us.cohere.embed-v4...) or be ARNs: look for the vendor.
  if (/(^|[.:/])cohere\.embed/.test(modelId)) return "cohere";
  if (/(^|[.:/])amazon\.titan-embed/.test(modelId)) return "titan";
  throw new GatewayError(
    "invalid_request",
    `${LABEL}: cannot tell how to call ${modelId} for embeddings (expected amazon.titan-embed* or cohere.embed*; set "embeddings" in the node config).`,
    { param: "model" },
  );
}

export async function callEmbeddings(
  ctx: CallContext,
  config: BedrockProviderConfig,
  modelId: string,
  timeoutMs: number,
): Promise<{ response: EmbeddingResponse }> {
  const req = ctx.request.body as EmbeddingRequest;
  const inputs = textInputs(req.input);
  const family = embeddingFamily(modelId, config);
  // A local abort so one failed call stops the others; it follows the request's. A LazyAbort, not
  // an AbortController: one call per text can mean hundreds of listeners, past Node's warning limit.
  const group = new LazyAbort(ctx.cancellation);
  const invoke = async (body: unknown): Promise<{ json: unknown; inputTokens: number | undefined }> => {
    const exchange = await post(config, ctx.services, {
      path: operationPath(modelId, "invoke"),
      body: JSON.stringify(body),
      accept: "application/json",
      signal: group,
      timeoutMs,
      node: ctx.node,
    });
    const text = await readUpstreamText(exchange.response, group, LABEL);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new GatewayError(
        "upstream_error",
        `${LABEL} answered an embeddings call with a body that is not JSON.`,
        {
          cause: error,
        },
      );
    }
    const header = Number(exchange.response.headers["x-amzn-bedrock-input-token-count"]);
    return { json, inputTokens: Number.isFinite(header) ? header : undefined };
  };

  let vectors: number[][];
  let tokens = 0;
  try {
    if (family === "titan") {
      const results = await pool(
        inputs,
        config.embeddingConcurrency ?? DEFAULTS.embeddingConcurrency,
        (inputText) => invoke({ inputText, ...(req.dimensions ? { dimensions: req.dimensions } : {}) }),
      );
      vectors = results.map(({ json, inputTokens }) => {
        const body = json as { embedding?: unknown; inputTextTokenCount?: unknown };
        tokens +=
          typeof body.inputTextTokenCount === "number" ? body.inputTextTokenCount : (inputTokens ?? 0);
        return vectorOf(body.embedding);
      });
    } else {
      const batches: string[][] = [];
      for (let i = 0; i < inputs.length; i += COHERE_BATCH) batches.push(inputs.slice(i, i + COHERE_BATCH));
      const results = await pool(
        batches,
        config.embeddingConcurrency ?? DEFAULTS.embeddingConcurrency,
        (texts) =>
          invoke({
            texts,
            input_type: config.cohereInputType ?? "search_document",
            ...(req.dimensions ? { output_dimension: req.dimensions } : {}),
          }),
      );
      vectors = results.flatMap(({ json, inputTokens }, b) => {
        tokens += inputTokens ?? 0;
        const raw = (json as { embeddings?: unknown }).embeddings;
        const list = Array.isArray(raw) ? raw : (raw as { float?: unknown } | undefined)?.float;
        if (!Array.isArray(list) || list.length !== batches[b]!.length) {
          throw new GatewayError(
            "upstream_error",
            `${LABEL} answered ${batches[b]!.length} texts with a different number of embeddings.`,
          );
        }
        return list.map(vectorOf);
      });
    }
  } catch (error) {
    group.abort(error);
    throw error;
  }

  const base64 = req.encoding_format === "base64";
  return {
    response: {
      object: "list",
      data: vectors.map((vector, index) => ({
        object: "embedding",
        index,
        embedding: base64 ? floatsToBase64(vector) : vector,
      })),
      model: modelId,
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    },
  };
}

function textInputs(input: EmbeddingRequest["input"]): string[] {
  const list = typeof input === "string" ? [input] : input;
  if (!Array.isArray(list) || list.length === 0) {
    throw new GatewayError("invalid_request", "input must be a string or a non-empty array of strings.", {
      param: "input",
    });
  }
  if (!list.every((item): item is string => typeof item === "string")) {
    throw new GatewayError(
      "invalid_request",
      "Bedrock embeds text only: token-id inputs are not supported.",
      {
        param: "input",
      },
    );
  }
  return list;
}

function vectorOf(value: unknown): number[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === "number")) {
    throw new GatewayError("upstream_error", `${LABEL} answered an embeddings call without a vector.`);
  }
  return value as number[];
}

/** Maps `items` with at most `limit` calls in flight, keeping the order of the results. */
async function pool<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
