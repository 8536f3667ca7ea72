/**
 * @aigw/ingress-anthropic: Anthropic's Messages API as a front door. Anthropic SDK clients (and
 * the tools built on them) call `POST /v1/messages` and `/v1/messages/count_tokens`; each message
 * request runs through the same pipeline as an OpenAI request, to whatever provider the config
 * routes to, and the answer, stream or error goes back in Anthropic's format.
 */
import { definePlugin } from "@aigw/plugin-api";
import type { AnthropicIngressConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { decodeMessages } from "./decode.js";
import { encodeOutcome } from "./encode.js";

export type { AnthropicIngressConfig } from "./config.gen.js";

/** Anthropic's own request size limit for the Messages API. */
const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;

export default definePlugin({
  manifest: {
    name: "ingress-anthropic",
    kind: "ingress",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["decode", "encode"],
    configSchema,
    configValidator: validateConfig,
    routes: [
      { method: "POST", path: "/v1/messages", name: "messages" },
      { method: "POST", path: "/v1/messages/count_tokens", name: "count_tokens" },
    ],
    description: "Anthropic's Messages API in front of the pipeline: Anthropic clients reach any model.",
  },
  create(config: AnthropicIngressConfig) {
    const decodeOptions = {
      maxBodyBytes: config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      modelMap: config.modelMap,
    };
    const encodeOptions = { overloadedStatus: config.overloadedStatus ?? 529 };
    return {
      decode: (request, ctx) => decodeMessages(request, ctx, decodeOptions),
      encode: (outcome, ctx) => encodeOutcome(outcome, ctx, encodeOptions),
    };
  },
});
