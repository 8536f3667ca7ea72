/**
 * @aigw/providers-cohere: the provider for Cohere. One node calls Cohere's Chat API v2 for chat
 * completions (streamed or not, with tools, images and JSON output) and its Embed API v2 for
 * embeddings, translating OpenAI-shaped requests and answers both ways.
 */
import { definePlugin } from "@aigw/plugin-api";
import { listedModels } from "@aigw/wire-kit";
import { callCohere } from "./call.js";
import type { CohereProviderConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { resolveUpstream } from "./upstream.js";

export type { CohereProviderConfig } from "./config.gen.js";

/** Match the schema's defaults; used when the config was not validated (direct `create` calls). */
const DEFAULT_TIMEOUT_MS = 600_000;
const DEFAULT_INPUT_TYPE = "search_document";

export default definePlugin({
  manifest: {
    name: "providers-cohere",
    kind: "provider",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["call", "models"],
    services: ["http", "env", "clock", "credentials"],
    configSchema,
    configValidator: validateConfig,
    description: "Cohere Chat API v2 and Embed API v2, translated to and from OpenAI's format.",
  },
  create(config: CohereProviderConfig, init) {
    const upstream = resolveUpstream(config, init.services.env, init.node);
    if (upstream.missingKey) init.logger.warn({}, upstream.missingKey);
    const options = {
      model: config.model,
      embeddingModel: config.embeddingModel,
      maxTokens: config.maxTokens,
      inputType: config.inputType ?? DEFAULT_INPUT_TYPE,
      usageSource: config.usageSource ?? "billed",
      extraBody: config.extraBody,
      timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      adapt: config.adapt,
    } as const;
    const models = listedModels(config.models ?? [], "cohere");
    return {
      call: (ctx) => callCohere(ctx, upstream, options),
      models: () => models,
    };
  },
});
