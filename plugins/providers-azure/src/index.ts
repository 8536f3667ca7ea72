/**
 * @aigw/providers-azure: the provider for Azure OpenAI. One node calls one resource: each
 * request goes to the deployment its model maps to, authenticated by API key or Microsoft Entra
 * ID, for chat, completions, embeddings, images and audio. Azure speaks OpenAI's wire format,
 * so bodies are forwarded untouched and answers kept as Azure's text.
 */
import { definePlugin } from "@aigw/plugin-api";
import { resolveAuth } from "./auth.js";
import { callAzure } from "./call.js";
import type { AzureOpenAIProviderConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { configuredModels } from "./models.js";
import { resolveUpstream } from "./upstream.js";

export type { AzureOpenAIProviderConfig } from "./config.gen.js";

/** Matches the schema's default; used when the config was not validated (direct `create` calls). */
const DEFAULT_TIMEOUT_MS = 600_000;

export default definePlugin({
  manifest: {
    name: "providers-azure",
    kind: "provider",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["call", "models"],
    services: ["http", "env", "clock", "credentials"],
    configSchema,
    configValidator: validateConfig,
    description: "Azure OpenAI deployments, with an API key or Microsoft Entra ID tokens.",
  },
  create(config: AzureOpenAIProviderConfig, init) {
    const upstream = resolveUpstream(config);
    const auth = resolveAuth(config, init.services, init.node);
    if (auth.missing) init.logger.warn({}, auth.missing);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(config.headers ?? {})) headers[name.toLowerCase()] = value;
    const models = configuredModels(config);
    const options = {
      upstream,
      auth,
      headers,
      timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      adapt: config.adapt,
      nativeFormats: new Set(config.responsesApi === false ? [] : ["openai-responses"]),
    };
    return {
      call: (ctx) => callAzure(ctx, options),
      models: () => models,
    };
  },
});
