/**
 * @aigw/providers-bedrock: AWS Bedrock behind the gateway's OpenAI-shaped API. Chat goes
 * through Converse / ConverseStream (any Bedrock model that speaks messages), embeddings through
 * InvokeModel (Titan, Cohere). Requests are signed with the plugin's own SigV4 (WebCrypto) or
 * carry a Bedrock API key; streams are decoded by its own event-stream decoder.
 */
import { definePlugin } from "@aigw/plugin-api";
import { callBedrock } from "./call.js";
import type { BedrockProviderConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { listModels } from "./models.js";
import { resolveTarget } from "./settings.js";

export type { BedrockProviderConfig } from "./config.gen.js";

export default definePlugin({
  manifest: {
    name: "providers-bedrock",
    kind: "provider",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["call", "models"],
    services: ["http", "env", "clock", "credentials"],
    configSchema,
    configValidator: validateConfig,
    description:
      "AWS Bedrock (Converse / ConverseStream chat, Titan and Cohere embeddings), SigV4 or API key.",
  },
  create(config: BedrockProviderConfig, init) {
    // Credentials are read per call (temporary ones rotate); say at boot if they are missing.
    // A vault credential is not checked here: the vault may register after this node.
    const target = resolveTarget(config, init.services.env);
    if (!target.ok && !config.credential) init.logger.warn({}, target.problem);
    const models = listModels(config);
    return {
      call: (ctx) => callBedrock(ctx, config),
      models: () => models,
    };
  },
});
