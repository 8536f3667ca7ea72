/**
 * @aigw/providers-mistral: the provider for Mistral AI. Chat completions (system prompts,
 * multi-turn, vision, tools, JSON mode and structured output, streaming), embeddings and
 * moderations, translated from OpenAI's format to Mistral's and back, streams included.
 */
import { definePlugin } from "@aigw/plugin-api";
import { callMistral } from "./call.js";
import type { MistralProviderConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { MistralModels } from "./models.js";
import { resolveUpstream } from "./upstream.js";

export type { MistralProviderConfig } from "./config.gen.js";
export { isMistralToolCallId, mistralToolCallId } from "./tool-ids.js";

/** Matches the schema's default; used when the config was not validated (direct `create` calls). */
const DEFAULT_TIMEOUT_MS = 600_000;

export default definePlugin({
  manifest: {
    name: "providers-mistral",
    kind: "provider",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["call", "models"],
    services: ["http", "env", "clock", "credentials"],
    configSchema,
    configValidator: validateConfig,
    description:
      "Mistral AI chat completions, embeddings and moderations, translated from and to OpenAI's format.",
  },
  create(config: MistralProviderConfig, init) {
    const upstream = resolveUpstream(config, init.services.env, init.node);
    if (upstream.missingKey) init.logger.warn({}, upstream.missingKey);
    const models = new MistralModels(
      upstream,
      init.services.http,
      init.logger,
      config.models,
      () => init.services.clock.now(),
      init.services.credentials,
    );
    const options = {
      upstream,
      model: config.model,
      remapToolCallIds: (config.toolCallIds ?? "remap") === "remap",
      timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      adapt: config.adapt,
    };
    return {
      call: (ctx) => callMistral(ctx, options),
      models: ({ signal }) => models.list(signal),
    };
  },
});
