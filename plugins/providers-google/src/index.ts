/**
 * @aigw/providers-google: the provider for Google Gemini models, through the Gemini API
 * (generativelanguage.googleapis.com, API key) or Vertex AI (aiplatform.googleapis.com, service
 * account or access token). Clients speak OpenAI's chat completions and embeddings; the node
 * speaks Google's generateContent / streamGenerateContent / batchEmbedContents / predict.
 */
import { definePlugin } from "@aigw/plugin-api";
import { listedModels } from "@aigw/wire-kit";
import { callGoogle } from "./call.js";
import type { GoogleProviderConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { resolveSettings } from "./settings.js";
import { SignatureStore } from "./signatures.js";

export type { GoogleProviderConfig } from "./config.gen.js";

export default definePlugin({
  manifest: {
    name: "providers-google",
    kind: "provider",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["call", "models"],
    services: ["http", "env", "clock", "credentials"],
    configSchema,
    configValidator: validateConfig,
    description: "Google Gemini through the Gemini API or Vertex AI.",
  },
  create(config: GoogleProviderConfig, init) {
    const settings = resolveSettings(config, init.services, init.node);
    if (settings.auth.kind === "missing") init.logger.warn({}, settings.auth.message);
    const signatures = new SignatureStore(init.store);
    const models = listedModels(config.models ?? [], "google");
    return {
      call: (ctx) => callGoogle(ctx, settings, signatures),
      models: () => models,
    };
  },
});
