/**
 * @aigw/ingress-responses: OpenAI's Responses API as a front door. Clients that call
 * `POST /v1/responses` (the Vercel AI SDK's default OpenAI model, the OpenAI Agents SDK, coding
 * agents) run through the same pipeline as a chat request, to whatever provider the config routes
 * to; the answer and its stream go back as a Response and its events. A provider that speaks the
 * Responses API itself (OpenAI, Azure OpenAI) gets the native body and answers natively. Responses
 * are stored per caller for `GET`, `DELETE`, `input_items` and `previous_response_id`.
 */
import { definePlugin } from "@aigw/plugin-api";
import type { ResponsesIngressConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { decodeResponses } from "./decode.js";
import { encodeResponses } from "./encode.js";
import type { PendingResponses } from "./pending.js";
import { ResponseStore } from "./store.js";

export type { ResponsesIngressConfig } from "./config.gen.js";

/** Matches the schema's defaults; used when the config was not validated (direct `create` calls). */
const DEFAULT_TTL_SECONDS = 30 * 24 * 3600;
const DEFAULT_MAX_BODY_BYTES = 50 * 1024 * 1024;

export default definePlugin({
  manifest: {
    name: "ingress-responses",
    kind: "ingress",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["decode", "encode"],
    services: ["stores", "clock"],
    configSchema,
    configValidator: validateConfig,
    routes: [
      { method: "POST", path: "/v1/responses", name: "create" },
      { method: "GET", path: "/v1/responses/*", name: "read" },
      { method: "DELETE", path: "/v1/responses/*", name: "delete" },
      { method: "POST", path: "/v1/responses/*", name: "cancel" },
    ],
    description: "OpenAI's Responses API in front of the pipeline: Responses clients reach any model.",
  },
  create(config: ResponsesIngressConfig, init) {
    const store = new ResponseStore(init.store, (config.storeTtlSeconds ?? DEFAULT_TTL_SECONDS) * 1000);
    const pending: PendingResponses = new WeakMap();
    const decodeOptions = { maxBodyBytes: config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, store, pending };
    const encodeOptions = { store, pending };
    return {
      decode: (request, ctx) => decodeResponses(request, ctx, decodeOptions),
      encode: (outcome, ctx) => encodeResponses(outcome, ctx, encodeOptions),
    };
  },
});
