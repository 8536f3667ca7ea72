/**
 * @aigw/providers-anthropic: the provider for Anthropic's Messages API. OpenAI chat completions
 * in (system prompts, images, tools, JSON mode, streaming), Claude's answers out in OpenAI's
 * shape with faithful finish reasons, tool calls and usage; `/v1/models` from the config or
 * Anthropic's model list.
 */
import { definePlugin } from "@aigw/plugin-api";
import { callAnthropic } from "./call.js";
import type { AnthropicProviderConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { ModelCatalogue } from "./models.js";
import { resolveUpstream } from "./upstream.js";

export type { AnthropicProviderConfig } from "./config.gen.js";

/** The schema's defaults, used when the config was not validated (direct `create` calls). */
const DEFAULT_TIMEOUT_MS = 600_000;
const DEFAULT_MAX_TOKENS = 4096;

export default definePlugin({
  manifest: {
    name: "providers-anthropic",
    kind: "provider",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["call", "models"],
    services: ["http", "env", "clock", "credentials"],
    configSchema,
    configValidator: validateConfig,
    description: "Anthropic's Messages API (Claude), translated to and from OpenAI chat completions.",
  },
  create(config: AnthropicProviderConfig, init) {
    const upstream = resolveUpstream(config, init.services.env, init.node);
    if (upstream.missingKey) init.logger.warn({}, upstream.missingKey);
    const catalogue = new ModelCatalogue({
      upstream,
      http: init.services.http,
      credentials: init.services.credentials,
      logger: init.logger,
      configured: config.models,
    });
    const options = {
      model: config.model,
      modelMap: config.modelMap,
      defaultMaxTokens: config.defaultMaxTokens ?? DEFAULT_MAX_TOKENS,
      maxTokensLimit: config.maxTokensLimit,
      jsonSchemaMode: config.jsonSchemaMode ?? "tool",
      timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      adapt: config.adapt,
    };
    return {
      call: (ctx) => callAnthropic(ctx, upstream, options),
      models: ({ signal }) => catalogue.list(signal),
    };
  },
});
