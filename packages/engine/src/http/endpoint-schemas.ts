/**
 * Minimal request-body schemas per endpoint: only what the gateway itself relies on (a model, the
 * right shapes for messages and input). Anything else is forwarded untouched for the upstream to
 * judge. Compiled once at boot.
 */
import type { Endpoint } from "@aigw/plugin-api";

const model = { type: "string", minLength: 1 };
const stream = { type: "boolean" };

export const ENDPOINT_SCHEMAS: Record<Endpoint, object> = {
  "chat.completions": {
    type: "object",
    required: ["model", "messages"],
    properties: {
      model,
      stream,
      messages: {
        type: "array",
        minItems: 1,
        items: { type: "object", required: ["role"], properties: { role: { type: "string" } } },
      },
      tools: { type: "array", items: { type: "object", required: ["type"] } },
      n: { type: "integer", minimum: 1 },
      temperature: { type: "number" },
      top_p: { type: "number" },
      max_tokens: { type: ["integer", "null"], minimum: 0 },
      max_completion_tokens: { type: ["integer", "null"], minimum: 0 },
      stop: { type: ["string", "array", "null"] },
      stream_options: { type: ["object", "null"] },
    },
  },
  completions: {
    type: "object",
    required: ["model", "prompt"],
    properties: { model, stream, prompt: { type: ["string", "array"] } },
  },
  embeddings: {
    type: "object",
    required: ["model", "input"],
    properties: { model, input: { type: ["string", "array"] } },
  },
  "images.generations": {
    type: "object",
    required: ["prompt"],
    properties: { model, prompt: { type: "string", minLength: 1 }, n: { type: "integer", minimum: 1 } },
  },
  "audio.speech": {
    type: "object",
    required: ["model", "input", "voice"],
    properties: { model, input: { type: "string", minLength: 1 }, voice: { type: "string" } },
  },
  "audio.transcriptions": {
    type: "object",
    required: ["model", "file"],
    properties: { model },
  },
};
