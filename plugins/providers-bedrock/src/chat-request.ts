/**
 * An OpenAI chat request as a Converse request body (the model id travels in the URL):
 * - system and developer messages -> `system: [{text}]` (hoisted, in order);
 * - user/assistant turns -> `messages` with `{text}`, `{image}`, `{document}`, `{toolUse}` blocks;
 *   tool messages -> `{toolResult}` blocks in a user turn; consecutive turns of one role merge,
 *   because Bedrock wants user and assistant to alternate;
 * - max_tokens / max_completion_tokens, temperature, top_p, stop -> `inferenceConfig`;
 * - tools and tool_choice -> `toolConfig` (auto -> {auto}, required -> {any}, named -> {tool});
 * - response_format json_object / json_schema -> a forced tool, native structured output, or a
 *   system instruction (config `jsonMode`);
 * - metadata and user -> `requestMetadata` (entries Bedrock's key/value pattern allows).
 * What Converse has no place for (n > 1, logprobs) is refused with a 400 rather than dropped.
 */
import {
  type ChatCompletionContentPart,
  type ChatCompletionMessageParam,
  type ChatCompletionRequest,
  GatewayError,
  type JsonObject,
  type JsonValue,
} from "@aigw/plugin-api";
import type { BedrockProviderConfig } from "./config.gen.js";
import { documentBlock, type ImageOptions, imageBlock } from "./images.js";

export interface ChatOptions {
  jsonMode: "tool" | "native" | "prompt";
  defaultMaxTokens: number | undefined;
  maxTokensLimit: number | undefined;
  guardrail: BedrockProviderConfig["guardrail"];
  additionalModelRequestFields: Record<string, unknown> | undefined;
  images: ImageOptions;
}

export interface ConverseCall {
  body: JsonObject;
  /** The forced JSON-mode tool: its input is the answer's content, not a tool call. */
  jsonTool: string | undefined;
}

type Block = JsonObject;
type Pending = Block | Promise<Block>;
interface Turn {
  role: "user" | "assistant";
  content: Pending[];
}

/** The name of the JSON-mode tool (a suffix is added if a client tool has the same name). */
export const JSON_TOOL = "json_response";
/** Bedrock's requestMetadata key and value pattern. */
const METADATA_PATTERN = /^[a-zA-Z0-9\s._:/=+$@-]*$/;

function invalid(message: string, param: string | null = null): GatewayError {
  return new GatewayError("invalid_request", message, { param });
}

export async function chatRequest(req: ChatCompletionRequest, options: ChatOptions): Promise<ConverseCall> {
  if (!Array.isArray(req.messages) || req.messages.length === 0) {
    throw invalid("messages must be a non-empty array.", "messages");
  }
  if (req.n != null && req.n > 1) throw invalid("Bedrock returns one choice per request: n must be 1.", "n");
  if (req.logprobs) throw invalid("Bedrock does not return log probabilities.", "logprobs");
  if (req.functions || req.function_call) {
    throw invalid(
      "The legacy functions / function_call parameters are not supported: use tools and tool_choice.",
      "functions",
    );
  }

  const system: Block[] = [];
  const turns: Turn[] = [];
  const history: ToolHistory = { names: new Set(), used: false };
  const push = (role: Turn["role"], blocks: Pending[]) => {
    const last = turns.at(-1);
    if (last && last.role === role) last.content.push(...blocks);
    else turns.push({ role, content: blocks });
  };

  req.messages.forEach((message: ChatCompletionMessageParam, i) => {
    const param = `messages[${i}]`;
    switch (message.role) {
      case "system":
      case "developer":
        for (const text of textsOf(message.content, `${param}.content`)) if (text) system.push({ text });
        break;
      case "user":
        push("user", userBlocks(message.content, `${param}.content`, options.images));
        break;
      case "assistant": {
        const blocks: Pending[] = [];
        const content = message.content;
        if (typeof content === "string") {
          if (content) blocks.push({ text: content });
        } else if (Array.isArray(content)) {
          for (const part of content) {
            const text = part.type === "text" ? part.text : part.type === "refusal" ? part.refusal : "";
            if (text) blocks.push({ text });
          }
        }
        (message.tool_calls ?? []).forEach((call, j) => {
          // A custom tool call (free-form input) has no toolUse form: Converse's input is an object.
          if (call.type !== "function" || !call.function) {
            throw invalid(
              "Only function tool calls can be sent to Bedrock.",
              `${param}.tool_calls[${j}].type`,
            );
          }
          history.names.add(call.function.name);
          history.used = true;
          blocks.push({
            toolUse: {
              toolUseId: call.id,
              name: call.function.name,
              input: toolInput(call.function.arguments, `${param}.tool_calls[${j}].function.arguments`),
            },
          });
        });
        if (message.function_call) {
          throw invalid("Legacy function_call messages are not supported: use tool_calls.", param);
        }
        push("assistant", blocks);
        break;
      }
      case "tool":
        history.used = true;
        push("user", [
          {
            toolResult: {
              toolUseId: message.tool_call_id,
              content: [{ text: textsOf(message.content, `${param}.content`).join("") }],
            },
          },
        ]);
        break;
      default:
        throw invalid(
          `Messages with role "${(message as { role: string }).role}" are not supported: use tool messages.`,
          `${param}.role`,
        );
    }
  });

  const messages: JsonObject[] = [];
  for (const turn of turns) messages.push({ role: turn.role, content: await Promise.all(turn.content) });

  const body: JsonObject = { messages };
  const inference = inferenceConfig(req, options);
  if (Object.keys(inference).length > 0) body.inferenceConfig = inference;

  const tools = toolConfig(req, history);
  const jsonFormat = jsonRequest(req);
  let jsonTool: string | undefined;
  if (jsonFormat) {
    if (options.jsonMode === "tool") {
      jsonTool = addJsonTool(tools, jsonFormat);
    } else if (options.jsonMode === "native") {
      body.outputConfig = {
        textFormat: {
          type: "json_schema",
          structure: {
            jsonSchema: {
              schema: JSON.stringify(jsonFormat.schema),
              name: jsonFormat.name,
              ...(jsonFormat.description ? { description: jsonFormat.description } : {}),
            },
          },
        },
      };
    } else {
      system.push({
        text:
          "Answer with a single valid JSON value and nothing else (no prose, no code fences)." +
          (jsonFormat.explicitSchema
            ? ` It must conform to this JSON schema: ${JSON.stringify(jsonFormat.schema)}`
            : ""),
      });
    }
  }
  if (system.length > 0) body.system = system;
  if (tools.tools.length > 0) {
    body.toolConfig = { tools: tools.tools, ...(tools.choice ? { toolChoice: tools.choice } : {}) };
  }

  const metadata = requestMetadata(req);
  if (metadata) body.requestMetadata = metadata;
  if (options.guardrail) {
    body.guardrailConfig = {
      guardrailIdentifier: options.guardrail.identifier,
      guardrailVersion: options.guardrail.version,
      ...(options.guardrail.trace ? { trace: options.guardrail.trace } : {}),
    };
  }
  if (options.additionalModelRequestFields && Object.keys(options.additionalModelRequestFields).length > 0) {
    body.additionalModelRequestFields = options.additionalModelRequestFields as JsonObject;
  }
  return { body, jsonTool };
}

/** The texts of a string-or-text-parts content (non-text parts are refused). */
function textsOf(
  content: string | { type: string; text?: string }[] | null | undefined,
  param: string,
): string[] {
  if (content == null) return [];
  if (typeof content === "string") return [content];
  return content.map((part, i) => {
    if (part.type !== "text" || typeof part.text !== "string") {
      throw invalid(`Only text parts are allowed here, not ${part.type}.`, `${param}[${i}]`);
    }
    return part.text;
  });
}

function userBlocks(
  content: string | ChatCompletionContentPart[],
  param: string,
  images: ImageOptions,
): Pending[] {
  if (typeof content === "string") return [{ text: content }];
  if (!Array.isArray(content))
    throw invalid("User message content must be a string or an array of parts.", param);
  return content.map((part, i): Pending => {
    const at = `${param}[${i}]`;
    switch (part.type) {
      case "text":
        return { text: part.text };
      case "image_url": {
        // Downloads start now, in parallel; a later message's validation error must not leave
        // this promise's failure unhandled (Promise.all awaits it otherwise).
        const block = imageBlock(part.image_url.url, `${at}.image_url.url`, images);
        block.catch(() => {});
        return block;
      }
      case "file":
        return documentBlock(part.file, i, `${at}.file`);
      case "input_audio":
        throw invalid("Bedrock's Converse API takes no audio input.", at);
      default:
        throw invalid(`Unsupported content part type ${(part as { type: string }).type}.`, at);
    }
  });
}

/** A tool call's arguments as the JSON object Converse wants for `toolUse.input`. */
function toolInput(args: string, param: string): JsonObject {
  if (!args.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(args);
  } catch {
    throw invalid("Tool call arguments must be valid JSON.", param);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw invalid("Tool call arguments must be a JSON object.", param);
  }
  return value as JsonObject;
}

function inferenceConfig(req: ChatCompletionRequest, options: ChatOptions): JsonObject {
  const config: JsonObject = {};
  let maxTokens = req.max_completion_tokens ?? req.max_tokens ?? options.defaultMaxTokens;
  if (maxTokens != null) {
    if (!Number.isInteger(maxTokens) || maxTokens < 1) {
      throw invalid(
        "max_tokens must be a positive integer.",
        req.max_completion_tokens != null ? "max_completion_tokens" : "max_tokens",
      );
    }
    if (options.maxTokensLimit !== undefined) maxTokens = Math.min(maxTokens, options.maxTokensLimit);
    config.maxTokens = maxTokens;
  }
  // Converse documents temperature and topP in [0, 1]; OpenAI allows temperature up to 2.
  if (req.temperature != null) config.temperature = clamp(req.temperature, 0, 1);
  if (req.top_p != null) config.topP = clamp(req.top_p, 0, 1);
  const stop = req.stop == null ? [] : typeof req.stop === "string" ? [req.stop] : req.stop;
  const sequences = stop.filter((s) => typeof s === "string" && s.length > 0);
  if (sequences.length > 0) config.stopSequences = sequences;
  return config;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

interface Tools {
  tools: JsonObject[];
  choice: JsonObject | undefined;
}

/** Tool blocks already in the conversation: the names called, and whether there were any. */
interface ToolHistory {
  names: Set<string>;
  used: boolean;
}

function toolConfig(req: ChatCompletionRequest, history: ToolHistory): Tools {
  const choice = req.tool_choice;
  const declared = req.tools ?? [];
  const tools = declared.map((tool, i): JsonObject => {
    if (tool.type !== "function" || !tool.function?.name) {
      throw invalid("Only function tools with a name are supported.", `tools[${i}]`);
    }
    return {
      toolSpec: {
        name: tool.function.name,
        ...(tool.function.description ? { description: tool.function.description } : {}),
        inputSchema: { json: tool.function.parameters ?? { type: "object", properties: {} } },
      },
    };
  });
  if (tools.length === 0) {
    if (!history.used) return { tools, choice: undefined };
    // Converse rejects toolUse / toolResult blocks without a toolConfig: when the history has
    // them but the client sent no tools, declare the tools it used, with an open schema.
    const names = history.names.size > 0 ? [...history.names] : ["tool"];
    return {
      tools: names.map((name) => ({ toolSpec: { name, inputSchema: { json: { type: "object" } } } })),
      choice: undefined,
    };
  }
  if (choice === "none") {
    // Converse has no "none": the tools are left out, unless the history's tool blocks require a
    // toolConfig (then the model may still call one; documented).
    return { tools: history.used ? tools : [], choice: undefined };
  }
  if (choice === "required") return { tools, choice: { any: {} } };
  if (choice && typeof choice === "object") {
    // Custom tools and allowed_tools lists have no Converse form (only function tools get here).
    if (choice.type !== "function" || !choice.function) {
      throw invalid("tool_choice must be auto, none, required or a function.", "tool_choice");
    }
    if (!declared.some((t) => t.function.name === choice.function.name)) {
      throw invalid(
        `tool_choice names ${choice.function.name}, which is not among the tools.`,
        "tool_choice",
      );
    }
    return { tools, choice: { tool: { name: choice.function.name } } };
  }
  return { tools, choice: choice === "auto" ? { auto: {} } : undefined };
}

interface JsonFormat {
  name: string;
  description: string | undefined;
  schema: JsonObject;
  explicitSchema: boolean;
}

function jsonRequest(req: ChatCompletionRequest): JsonFormat | undefined {
  const format = req.response_format;
  if (!format || format.type === "text") return undefined;
  if (format.type === "json_object") {
    return { name: JSON_TOOL, description: undefined, schema: { type: "object" }, explicitSchema: false };
  }
  if (format.type === "json_schema") {
    const spec = format.json_schema;
    return {
      name: spec?.name || JSON_TOOL,
      description: spec?.description,
      schema: spec?.schema ?? { type: "object" },
      explicitSchema: spec?.schema !== undefined,
    };
  }
  throw invalid(`Unsupported response_format type ${(format as { type: string }).type}.`, "response_format");
}

/** Adds the JSON-mode tool; forces it when the client's own tools are not in play. Returns its name. */
function addJsonTool(tools: Tools, format: JsonFormat): string {
  const taken = new Set(tools.tools.map((t) => (t.toolSpec as { name: string }).name));
  let name = JSON_TOOL;
  while (taken.has(name)) name = `${name}_`;
  tools.tools.push({
    toolSpec: {
      name,
      description:
        format.description ??
        `Give your complete answer as this tool's input${format.name !== JSON_TOOL ? ` (the ${format.name} object)` : ""}.`,
      inputSchema: { json: format.schema },
    },
  });
  if (tools.tools.length === 1) tools.choice = { tool: { name } };
  return name;
}

function requestMetadata(req: ChatCompletionRequest): JsonObject | undefined {
  const entries: [string, JsonValue][] = [];
  const add = (key: string, value: string) => {
    if (entries.length >= 16) return;
    if (key.length < 1 || key.length > 256 || value.length > 256) return;
    if (!METADATA_PATTERN.test(key) || !METADATA_PATTERN.test(value)) return;
    entries.push([key, value]);
  };
  for (const [key, value] of Object.entries(req.metadata ?? {}))
    if (typeof value === "string") add(key, value);
  if (typeof req.user === "string" && !entries.some(([k]) => k === "user")) add("user", req.user);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
