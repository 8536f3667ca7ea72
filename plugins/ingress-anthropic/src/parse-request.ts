/**
 * Validates a Messages API body (or a count_tokens body, which has no `max_tokens`) into a
 * typed `MessagesRequest`. Required fields, types and tags are checked and reported as
 * Anthropic does (400 `invalid_request_error`, the field path first). Unknown top-level fields
 * (newer API features, beta fields) are ignored rather than refused, so newer SDKs keep working.
 */
import { GatewayError } from "@aigw/plugin-api";
import {
  array,
  invalid,
  isObject,
  jsonObject,
  object,
  optionalBoolean,
  optionalInteger,
  optionalNumber,
  optionalString,
  string,
  tag,
} from "./checks.js";
import { parseMessage, parseText } from "./parse-content.js";
import type { MessagesRequest, ToolChoice, ToolParam } from "./wire.js";

export type RequestKind = "messages" | "count_tokens";

function parseTool(value: unknown, param: string): ToolParam {
  const tool = object(value, param);
  if (tool.type !== undefined && tool.type !== null && tool.type !== "custom") {
    invalid(
      `${param}.type`,
      `Anthropic-defined tool '${String(tool.type)}' is not supported by this gateway; define it as a custom tool with an input_schema`,
    );
  }
  const description = optionalString(tool.description, `${param}.description`);
  const strict = optionalBoolean(tool.strict, `${param}.strict`);
  return {
    name: string(tool.name, `${param}.name`),
    input_schema: jsonObject(tool.input_schema, `${param}.input_schema`),
    ...(description === undefined ? {} : { description }),
    ...(strict === undefined ? {} : { strict }),
  };
}

function parseToolChoice(value: unknown): ToolChoice | undefined {
  if (value === undefined || value === null) return undefined;
  const choice = object(value, "tool_choice");
  const type = tag(choice, "tool_choice", ["auto", "any", "tool", "none"]);
  const disable = optionalBoolean(choice.disable_parallel_tool_use, "tool_choice.disable_parallel_tool_use");
  return {
    type,
    ...(type === "tool" ? { name: string(choice.name, "tool_choice.name") } : {}),
    ...(disable === undefined ? {} : { disable_parallel_tool_use: disable }),
  };
}

function parseSystem(value: unknown): MessagesRequest["system"] {
  if (value === undefined || value === null || typeof value === "string") return value ?? undefined;
  return array(value, "system").map((block, i) => parseText(block, `system.${i}`));
}

function parseOutputConfig(value: unknown): MessagesRequest["output_config"] {
  if (value === undefined || value === null) return undefined;
  const config = object(value, "output_config");
  if (config.format === undefined || config.format === null) return {};
  const format = object(config.format, "output_config.format");
  tag(format, "output_config.format", ["json_schema"]);
  return {
    format: { type: "json_schema", schema: jsonObject(format.schema, "output_config.format.schema") },
  };
}

function parseStops(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  return array(value, "stop_sequences").map((s, i) => string(s, `stop_sequences.${i}`));
}

/** Validates `body`; throws `invalid_request` (400) with the offending field as `param`. */
export function parseRequest(body: unknown, kind: RequestKind): MessagesRequest {
  if (!isObject(body)) throw new GatewayError("invalid_request", "The request body must be a JSON object.");
  const model = string(body.model, "model");
  if (model === "") invalid("model", "String should have at least 1 character");
  const maxTokens = optionalInteger(body.max_tokens, "max_tokens");
  if (kind === "messages" && maxTokens === undefined) invalid("max_tokens", "Field required");
  const messages = array(body.messages, "messages").map((m, i) => parseMessage(m, `messages.${i}`));
  if (messages.length === 0) invalid("messages", "List should have at least 1 item");
  const metadata =
    body.metadata === undefined || body.metadata === null ? undefined : object(body.metadata, "metadata");
  const userId = metadata ? optionalString(metadata.user_id, "metadata.user_id") : undefined;
  const tools =
    body.tools === undefined || body.tools === null
      ? undefined
      : array(body.tools, "tools").map((t, i) => parseTool(t, `tools.${i}`));
  const request: MessagesRequest = {
    model,
    messages,
    max_tokens: kind === "messages" ? maxTokens : undefined,
    system: parseSystem(body.system),
    stop_sequences: parseStops(body.stop_sequences),
    stream: optionalBoolean(body.stream, "stream"),
    temperature: optionalNumber(body.temperature, "temperature"),
    top_p: optionalNumber(body.top_p, "top_p"),
    top_k: optionalInteger(body.top_k, "top_k"),
    metadata: userId === undefined ? undefined : { user_id: userId },
    tools,
    tool_choice: parseToolChoice(body.tool_choice),
    output_config: parseOutputConfig(body.output_config),
  };
  return request;
}
