/**
 * @aigw/providers-openai: the provider for OpenAI and OpenAI-compatible APIs. One node calls one
 * upstream (a preset such as groq or ollama, or any base URL) for chat, completions, embeddings,
 * images and audio, forwarding the client's bytes untouched when it can.
 */
import { definePlugin } from "@aigw/plugin-api";
import { callOpenAI } from "./call.js";
import type { OpenAIProviderConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { ModelCatalogue } from "./models.js";
import { resolveUpstream } from "./upstream.js";

export type { OpenAIProviderConfig } from "./config.gen.js";
export { PRESETS, type Preset, type PresetName } from "./presets.js";

/** Matches the schema's default; used when the config was not validated (direct `create` calls). */
const DEFAULT_TIMEOUT_MS = 600_000;

export default definePlugin({
  manifest: {
    name: "providers-openai",
    kind: "provider",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["call", "models"],
    services: ["http", "env", "credentials"],
    configSchema,
    configValidator: validateConfig,
    description:
      "OpenAI and OpenAI-compatible APIs (Groq, Together, Fireworks, DeepSeek, xAI, OpenRouter, Perplexity, Mistral, Ollama, vLLM, LM Studio).",
  },
  create(config: OpenAIProviderConfig, init) {
    const upstream = resolveUpstream(config, init.services.env, init.node);
    if (upstream.missingKey) init.logger.warn({}, upstream.missingKey);
    const catalogue = new ModelCatalogue({
      upstream,
      http: init.services.http,
      credentials: init.services.credentials,
      logger: init.logger,
      configured: config.models,
    });
    // OpenAI itself serves the Responses API; other upstreams only when the config says so.
    const responsesApi = config.responsesApi ?? upstream.name === "openai";
    const options = {
      model: config.model,
      timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      nativeFormats: new Set(responsesApi ? ["openai-responses"] : []),
      adapt: config.adapt,
    };
    return {
      call: (ctx) => callOpenAI(ctx, upstream, options),
      models: ({ signal }) => catalogue.list(signal),
    };
  },
});
