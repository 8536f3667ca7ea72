/**
 * The whole `POST /v1/messages` body for an OpenAI chat completion request: the conversation,
 * the model (forced, mapped or the client's), max_tokens (required by Anthropic: the client's
 * max_completion_tokens or max_tokens, else the node's default, clamped to the node's limit),
 * sampling (temperature clamped to Anthropic's 0..1), stop sequences, tools, JSON mode, `user` as
 * metadata.user_id, and Anthropic-only extras a client may add (`top_k`, `thinking`).
 * Parameters Anthropic has no equivalent for (penalties, logit_bias, logprobs, seed) are dropped.
 */
import type { ChatCompletionRequest, JsonValue } from "@aigw/plugin-api";
import { type JsonPlan, type JsonSchemaMode, jsonToolChoice, planJson } from "./json-mode.js";
import { invalid } from "./request-content.js";
import { translateMessages } from "./request-messages.js";
import { translateToolChoice, translateTools } from "./request-tools.js";
import type { MessagesRequest, TextBlockParam } from "./wire.js";

export interface BodyOptions {
  /** The node's forced model. */
  model: string | undefined;
  modelMap: Readonly<Record<string, string>> | undefined;
  defaultMaxTokens: number;
  maxTokensLimit: number | undefined;
  jsonSchemaMode: JsonSchemaMode;
  stream: boolean;
}

export interface TranslatedRequest {
  body: MessagesRequest;
  /** How JSON was asked for; the answer's translation needs it. */
  json: JsonPlan;
}

/** Anthropic's temperature range is 0..1 where OpenAI's is 0..2. */
const MAX_TEMPERATURE = 1;

export function chatRequest(request: ChatCompletionRequest, options: BodyOptions): TranslatedRequest {
  const model = resolveModel(request.model, options);
  if (request.n != null && request.n !== 1)
    throw invalid("Anthropic returns one choice per request: n must be 1.", "n");
  if (request.modalities?.includes("audio"))
    throw invalid("Anthropic does not produce audio output.", "modalities");

  const conversation = translateMessages(request.messages ?? []);
  const tools = translateTools(request);
  const clientChoice =
    tools.length > 0 ? translateToolChoice(request.tool_choice, request.parallel_tool_calls) : undefined;
  const json = planJson(
    request.response_format,
    options.jsonSchemaMode,
    tools.map((t) => t.name),
  );

  const body: MessagesRequest = {
    model,
    max_tokens: maxTokens(request, options),
    messages: conversation.messages,
  };
  const system = withInstruction(conversation.system, json.instruction);
  if (system !== undefined) body.system = system;
  if (typeof request.temperature === "number")
    body.temperature = Math.min(request.temperature, MAX_TEMPERATURE);
  if (typeof request.top_p === "number") body.top_p = request.top_p;
  const stop = stopSequences(request.stop);
  if (stop) body.stop_sequences = stop;

  if (json.tool) {
    body.tools = [...tools, json.tool];
    body.tool_choice = jsonToolChoice(json.tool.name, clientChoice, tools.length);
  } else if (tools.length > 0) {
    body.tools = tools;
    if (clientChoice) body.tool_choice = clientChoice;
  }
  if (json.outputFormat) body.output_config = { format: json.outputFormat };

  const user = request.user ?? request.safety_identifier;
  if (typeof user === "string" && user !== "") body.metadata = { user_id: user };
  copyExtras(request, body);
  if (options.stream) body.stream = true;
  return { body, json };
}

/** The upstream model: the node's forced model, else the client's through the model map. */
export function resolveModel(
  requested: string | undefined,
  options: Pick<BodyOptions, "model" | "modelMap">,
): string {
  const model = options.model ?? (requested ? (options.modelMap?.[requested] ?? requested) : undefined);
  if (!model) throw invalid("The request names no model.", "model");
  return model;
}

function maxTokens(request: ChatCompletionRequest, options: BodyOptions): number {
  const asked = request.max_completion_tokens ?? request.max_tokens ?? undefined;
  const value = typeof asked === "number" ? asked : options.defaultMaxTokens;
  return options.maxTokensLimit !== undefined ? Math.min(value, options.maxTokensLimit) : value;
}

function stopSequences(stop: ChatCompletionRequest["stop"]): string[] | undefined {
  if (stop == null) return undefined;
  const list = (typeof stop === "string" ? [stop] : stop).filter((s) => typeof s === "string" && s !== "");
  return list.length > 0 ? list : undefined;
}

function withInstruction(
  system: string | TextBlockParam[] | undefined,
  instruction: string | undefined,
): string | TextBlockParam[] | undefined {
  if (!instruction) return system;
  if (system === undefined) return instruction;
  if (typeof system === "string") return `${system}\n\n${instruction}`;
  return [...system, { type: "text", text: instruction }];
}

/** Anthropic parameters with no OpenAI name, passed through when a client sends them. */
function copyExtras(request: ChatCompletionRequest, body: MessagesRequest): void {
  const extras = request as unknown as Record<string, JsonValue | undefined>;
  if (typeof extras.top_k === "number") body.top_k = extras.top_k;
  const thinking = extras.thinking;
  if (thinking && typeof thinking === "object" && !Array.isArray(thinking)) body.thinking = thinking;
}
