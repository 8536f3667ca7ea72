/**
 * A validated Anthropic request as the pipeline's OpenAI chat request. Sampling maps one to one
 * (`temperature`, `top_p`; `stop_sequences` is `stop`); `top_k` has no OpenAI counterpart and is
 * dropped, as are `thinking`, `cache_control` and the Anthropic-only fields (service tier,
 * container, effort...). `metadata.user_id` is `user`. A structured-output format
 * (`output_config.format`) becomes `response_format: json_schema`. A stream asks for usage in its
 * last chunk (`stream_options.include_usage`), which `message_delta` reports.
 */
import type { ChatCompletionRequest } from "@aigw/plugin-api";
import { decodeMessages } from "./decode-messages.js";
import { decodeTools } from "./decode-tools.js";
import type { MessagesRequest } from "./wire.js";

/** The model the pipeline sees: an exact `modelMap` entry, else its `*` entry, else as asked. */
export function mappedModel(model: string, modelMap: Readonly<Record<string, string>> | undefined): string {
  return modelMap?.[model] ?? modelMap?.["*"] ?? model;
}

export function decodeRequest(
  request: MessagesRequest,
  modelMap: Readonly<Record<string, string>> | undefined,
): ChatCompletionRequest {
  const body: ChatCompletionRequest = {
    model: mappedModel(request.model, modelMap),
    messages: decodeMessages(request),
  };
  if (request.max_tokens !== undefined) body.max_tokens = request.max_tokens;
  if (request.temperature !== undefined) body.temperature = request.temperature;
  if (request.top_p !== undefined) body.top_p = request.top_p;
  if (request.stop_sequences && request.stop_sequences.length > 0) body.stop = request.stop_sequences;
  if (request.metadata?.user_id) body.user = request.metadata.user_id;
  Object.assign(body, decodeTools(request.tools, request.tool_choice));
  const format = request.output_config?.format;
  if (format) {
    body.response_format = { type: "json_schema", json_schema: { name: "output", schema: format.schema } };
  }
  if (request.stream) {
    body.stream = true;
    body.stream_options = { include_usage: true };
  }
  return body;
}
