/**
 * Validates a `POST /v1/responses` body into a `ResponsesRequest`. Every field OpenAI documents
 * is known: the ones the gateway carries are checked for type and range; the ones that only tune
 * OpenAI's own service (`include`, `service_tier`, `prompt_cache_key`...) are accepted and passed
 * on where a target speaks the Responses API; the ones that need OpenAI-side state or tools the
 * gateway cannot run (`background`, `conversation`, `prompt`, built-in tools) are a 400 naming
 * them. A field OpenAI does not document is a 400 `unknown_parameter`, as OpenAI answers it.
 */
import { GatewayError } from "@aigw/plugin-api";
import {
  array,
  type Fields,
  fail,
  given,
  isFields,
  jsonObject,
  object,
  oneOf,
  onlyKnown,
  optionalBoolean,
  optionalInteger,
  optionalNumber,
  optionalString,
  string,
} from "./checks.js";
import { parseInput } from "./parse-input.js";
import type { Effort, FunctionTool, ResponsesRequest, TextFormat, ToolChoice } from "./wire.js";

const KNOWN = new Set([
  "model",
  "input",
  "instructions",
  "tools",
  "tool_choice",
  "text",
  "reasoning",
  "max_output_tokens",
  "temperature",
  "top_p",
  "parallel_tool_calls",
  "metadata",
  "user",
  "store",
  "previous_response_id",
  "stream",
  "stream_options",
  "truncation",
  "include",
  "service_tier",
  "prompt_cache_key",
  "prompt_cache_retention",
  "safety_identifier",
  "top_logprobs",
  "max_tool_calls",
  "background",
  "conversation",
  "prompt",
  "context_management",
]);

/** Built-in tools run on OpenAI's side; a translated target has nothing to run them with. */
const BUILT_IN_TOOLS = new Set([
  "web_search",
  "web_search_preview",
  "web_search_preview_2025_03_11",
  "web_search_2025_08_26",
  "file_search",
  "code_interpreter",
  "computer_use_preview",
  "computer_use",
  "image_generation",
  "mcp",
  "local_shell",
  "shell",
  "apply_patch",
  "custom",
]);

const EFFORTS: readonly Effort[] = ["none", "minimal", "low", "medium", "high", "xhigh"];

function unsupported(param: string, message: string): never {
  fail(param, message, "unsupported_parameter");
}

function parseTool(value: unknown, param: string): FunctionTool {
  const tool = object(value, param);
  const type = string(tool.type, `${param}.type`);
  if (type !== "function") {
    if (BUILT_IN_TOOLS.has(type))
      fail(
        `${param}.type`,
        `The built-in tool '${type}' is not supported by this gateway: it runs on OpenAI's side, and the gateway may route to any provider. Define a function tool instead.`,
        "unsupported_value",
      );
    fail(`${param}.type`, `Invalid value: '${type}'. Supported values are: 'function'.`, "invalid_value");
  }
  const fn: FunctionTool = { type: "function", name: string(tool.name, `${param}.name`) };
  const description = optionalString(tool.description, `${param}.description`);
  if (description !== undefined) fn.description = description;
  if (given(tool.parameters)) fn.parameters = jsonObject(tool.parameters, `${param}.parameters`);
  const strict = optionalBoolean(tool.strict, `${param}.strict`);
  if (strict !== undefined) fn.strict = strict;
  return fn;
}

function parseToolChoice(value: unknown): ToolChoice | undefined {
  if (!given(value)) return undefined;
  if (typeof value === "string") return oneOf(value, "tool_choice", ["none", "auto", "required"] as const);
  const choice = object(value, "tool_choice");
  const type = string(choice.type, "tool_choice.type");
  if (type === "function") return { type, name: string(choice.name, "tool_choice.name") };
  if (type === "allowed_tools") {
    const mode = oneOf(choice.mode, "tool_choice.mode", ["auto", "required"] as const);
    const tools = array(choice.tools, "tool_choice.tools").map((t, i) => {
      const tool = object(t, `tool_choice.tools[${i}]`);
      oneOf(tool.type, `tool_choice.tools[${i}].type`, ["function"] as const);
      return { type: "function" as const, name: string(tool.name, `tool_choice.tools[${i}].name`) };
    });
    return { type, mode, tools };
  }
  return fail(
    "tool_choice.type",
    `The tool choice '${type}' is not supported by this gateway; use 'function' or 'allowed_tools'.`,
    "unsupported_value",
  );
}

function parseFormat(value: unknown): TextFormat {
  const format = object(value, "text.format");
  const type = oneOf(format.type, "text.format.type", ["text", "json_object", "json_schema"] as const);
  if (type !== "json_schema") return { type };
  const schema: TextFormat = {
    type,
    name: string(format.name, "text.format.name"),
    schema: jsonObject(format.schema, "text.format.schema"),
  };
  const description = optionalString(format.description, "text.format.description");
  if (description !== undefined) schema.description = description;
  const strict = optionalBoolean(format.strict, "text.format.strict");
  if (strict !== undefined) schema.strict = strict;
  return schema;
}

function parseText(value: unknown): ResponsesRequest["text"] {
  if (!given(value)) return undefined;
  const text = object(value, "text");
  onlyKnown(text, new Set(["format", "verbosity"]), "text");
  const parsed: NonNullable<ResponsesRequest["text"]> = {};
  if (given(text.format)) parsed.format = parseFormat(text.format);
  if (given(text.verbosity))
    parsed.verbosity = oneOf(text.verbosity, "text.verbosity", ["low", "medium", "high"] as const);
  return parsed;
}

function parseReasoning(value: unknown): ResponsesRequest["reasoning"] {
  if (!given(value)) return undefined;
  const reasoning = object(value, "reasoning");
  onlyKnown(reasoning, new Set(["effort", "summary", "generate_summary"]), "reasoning");
  return {
    effort: given(reasoning.effort) ? oneOf(reasoning.effort, "reasoning.effort", EFFORTS) : null,
    summary: optionalString(reasoning.summary ?? reasoning.generate_summary, "reasoning.summary") ?? null,
  };
}

function parseMetadata(value: unknown): Record<string, string> | undefined {
  if (!given(value)) return undefined;
  const metadata = object(value, "metadata");
  const keys = Object.keys(metadata);
  if (keys.length > 16)
    fail(
      "metadata",
      "Invalid 'metadata': too many properties. Expected at most 16 properties.",
      "object_above_max_properties",
    );
  for (const key of keys) {
    if (key.length > 64)
      fail("metadata", `Invalid 'metadata': key '${key}' is longer than 64 characters.`, "invalid_value");
    const text = string(metadata[key], `metadata.${key}`);
    if (text.length > 512)
      fail(
        `metadata.${key}`,
        `Invalid 'metadata.${key}': string too long. Expected at most 512 characters.`,
        "string_above_max_length",
      );
  }
  return metadata as Record<string, string>;
}

function refuseUnsupported(body: Fields): void {
  if (body.background === true)
    unsupported(
      "background",
      "Background responses are not supported by this gateway; send the request without 'background'.",
    );
  if (given(body.conversation))
    unsupported(
      "conversation",
      "Conversations are not supported by this gateway; chain responses with 'previous_response_id'.",
    );
  if (given(body.prompt))
    unsupported("prompt", "Prompt templates ('prompt') are not supported by this gateway.");
  if (given(body.context_management))
    unsupported("context_management", "'context_management' is not supported by this gateway.");
}

/** Validates `body`; throws `invalid_request` (400) with OpenAI's message, code and `param`. */
export function parseRequest(body: unknown): ResponsesRequest {
  if (!isFields(body)) throw new GatewayError("invalid_request", "The request body must be a JSON object.");
  onlyKnown(body, KNOWN, "");
  refuseUnsupported(body);
  if (given(body.include)) {
    for (const [i, value] of array(body.include, "include").entries()) string(value, `include[${i}]`);
  }
  optionalInteger(body.max_tool_calls, "max_tool_calls", 1);
  const request: ResponsesRequest = {
    model: string(body.model, "model"),
    input: given(body.input) ? parseInput(body.input) : [],
    store: optionalBoolean(body.store, "store") ?? true,
    stream: optionalBoolean(body.stream, "stream") ?? false,
  };
  const set = <K extends keyof ResponsesRequest>(key: K, value: ResponsesRequest[K] | undefined) => {
    if (value !== undefined) request[key] = value;
  };
  set("instructions", optionalString(body.instructions, "instructions"));
  if (given(body.tools))
    request.tools = array(body.tools, "tools").map((t, i) => parseTool(t, `tools[${i}]`));
  set("tool_choice", parseToolChoice(body.tool_choice));
  set("text", parseText(body.text));
  set("reasoning", parseReasoning(body.reasoning));
  set("max_output_tokens", optionalInteger(body.max_output_tokens, "max_output_tokens", 16));
  set("temperature", optionalNumber(body.temperature, "temperature", { min: 0, max: 2 }));
  set("top_p", optionalNumber(body.top_p, "top_p", { min: 0, max: 1 }));
  set("parallel_tool_calls", optionalBoolean(body.parallel_tool_calls, "parallel_tool_calls"));
  set("metadata", parseMetadata(body.metadata));
  set("user", optionalString(body.user, "user"));
  set("previous_response_id", optionalString(body.previous_response_id, "previous_response_id"));
  if (given(body.stream_options)) {
    const options = object(body.stream_options, "stream_options");
    onlyKnown(options, new Set(["include_obfuscation"]), "stream_options");
    const obfuscation = optionalBoolean(options.include_obfuscation, "stream_options.include_obfuscation");
    request.stream_options = obfuscation === undefined ? {} : { include_obfuscation: obfuscation };
  }
  if (given(body.truncation))
    request.truncation = oneOf(body.truncation, "truncation", ["auto", "disabled"] as const);
  set("service_tier", optionalString(body.service_tier, "service_tier"));
  set("prompt_cache_key", optionalString(body.prompt_cache_key, "prompt_cache_key"));
  set("safety_identifier", optionalString(body.safety_identifier, "safety_identifier"));
  set("top_logprobs", optionalInteger(body.top_logprobs, "top_logprobs", 0));
  if (request.input.length === 0 && request.previous_response_id === undefined) {
    fail("input", "Missing required parameter: 'input'.", "missing_required_parameter");
  }
  return request;
}
