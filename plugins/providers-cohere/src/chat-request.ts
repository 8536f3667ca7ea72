/**
 * OpenAI chat request -> Cohere Chat API v2 request. v2 is close to OpenAI's shape: system
 * (and developer) messages stay messages, assistant tool calls and tool results keep their
 * ids, images go as `image_url` parts (data: and http(s) URLs alike; only vision models such as
 * command-a-vision accept them). What differs is translated here: `top_p` is `p`, `stop` is
 * `stop_sequences`, tool choice is REQUIRED/NONE (a named choice narrows the tools to that one
 * and requires it), JSON schema output is `json_object` with a `json_schema`, and sampling values
 * are clamped into Cohere's ranges (temperature 0..1, p 0.01..0.99, penalties 0..1, k 0..500).
 * What Cohere cannot take (audio or file parts, n > 1, legacy functions) is a clear 400.
 */
import {
  type ChatCompletionContentPart,
  type ChatCompletionMessageParam,
  type ChatCompletionRequest,
  type ChatCompletionTool,
  GatewayError,
  type JsonObject,
} from "@aigw/plugin-api";
import { parseDataUrl } from "@aigw/wire-kit";
import type {
  CohereChatRequest,
  CohereImageContent,
  CohereMessage,
  CohereTextContent,
  CohereTool,
  CohereToolCall,
} from "./wire.js";

export interface ChatRequestOptions {
  /** The upstream model (the node's forced model, or the client's). */
  model: string;
  /** max_tokens when the client gives none. */
  maxTokens: number | undefined;
  /** Fields merged under the translated ones. */
  extraBody: Readonly<Record<string, unknown>> | undefined;
}

/** Non-OpenAI fields some clients send and Cohere understands. */
interface Extensions {
  top_k?: unknown;
}

/** A `data:image/...;base64,` URL: Cohere takes images inline only that way. */
function isBase64Image(url: string): boolean {
  const parsed = parseDataUrl(url);
  return parsed?.base64 === true && parsed.mediaType.startsWith("image/");
}

function invalid(message: string, param: string): never {
  throw new GatewayError("invalid_request", message, { param });
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function chatRequest(body: ChatCompletionRequest, options: ChatRequestOptions): CohereChatRequest {
  if (body.n != null && body.n > 1) invalid("Cohere returns one choice per request; n must be 1.", "n");
  if (body.functions || body.function_call) {
    invalid("Legacy functions are not supported for Cohere; use tools and tool_choice.", "functions");
  }
  if (body.modalities?.includes("audio")) invalid("Cohere does not generate audio.", "modalities");
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    invalid("messages must be a non-empty array.", "messages");
  }

  const out: CohereChatRequest = {
    ...(options.extraBody ?? {}),
    model: options.model,
    messages: body.messages.map((m, i) => toCohereMessage(m, `messages[${i}]`)),
    stream: body.stream === true,
  };

  const tools = translateTools(body.tools, body.tool_choice);
  if (tools.tools) out.tools = tools.tools;
  if (tools.strict) out.strict_tools = true;
  if (tools.choice) out.tool_choice = tools.choice;

  const maxTokens = body.max_completion_tokens ?? body.max_tokens ?? options.maxTokens;
  if (maxTokens != null) out.max_tokens = maxTokens;
  if (body.temperature != null) out.temperature = clamp(body.temperature, 0, 1);
  if (body.top_p != null) out.p = clamp(body.top_p, 0.01, 0.99);
  const topK = (body as Extensions).top_k;
  if (typeof topK === "number") out.k = clamp(Math.round(topK), 0, 500);
  if (body.frequency_penalty != null) out.frequency_penalty = clamp(body.frequency_penalty, 0, 1);
  if (body.presence_penalty != null) out.presence_penalty = clamp(body.presence_penalty, 0, 1);
  if (body.seed != null) out.seed = body.seed;
  if (body.stop != null) {
    const stops = typeof body.stop === "string" ? [body.stop] : body.stop;
    if (stops.length > 0) out.stop_sequences = stops;
  }

  const format = body.response_format;
  if (format?.type === "json_object") out.response_format = { type: "json_object" };
  else if (format?.type === "json_schema") {
    const schema = format.json_schema?.schema;
    out.response_format = schema ? { type: "json_object", json_schema: schema } : { type: "json_object" };
  }
  return out;
}

function toCohereMessage(message: ChatCompletionMessageParam, param: string): CohereMessage {
  switch (message.role) {
    case "system":
    case "developer":
      return { role: "system", content: textOnly(message.content, `${param}.content`) };
    case "user":
      return {
        role: "user",
        content:
          typeof message.content === "string"
            ? message.content
            : userParts(message.content, `${param}.content`),
      };
    case "assistant": {
      if (message.function_call) {
        invalid("Legacy function_call messages are not supported for Cohere; use tool_calls.", param);
      }
      const text = assistantText(message.content, `${param}.content`);
      const calls = (message.tool_calls ?? []).map((call, j): CohereToolCall => {
        // A custom tool call (free-form input) has no Cohere form.
        if (call.type !== "function" || !call.function)
          invalid("Only function tool calls can be sent to Cohere.", `${param}.tool_calls[${j}].type`);
        return {
          id: call.id,
          type: "function",
          function: {
            name: call.function.name,
            arguments:
              typeof call.function.arguments === "string"
                ? call.function.arguments
                : JSON.stringify(call.function.arguments ?? {}),
          },
        };
      });
      if (calls.length === 0) return { role: "assistant", content: text };
      // Text that came with tool calls is Cohere's tool plan (how Cohere itself returns it).
      return text
        ? { role: "assistant", tool_plan: text, tool_calls: calls }
        : { role: "assistant", tool_calls: calls };
    }
    case "tool":
      if (!message.tool_call_id) invalid("A tool message needs tool_call_id.", `${param}.tool_call_id`);
      return {
        role: "tool",
        tool_call_id: message.tool_call_id,
        content: textOnly(message.content, `${param}.content`),
      };
    case "function":
      return invalid("Legacy function messages are not supported for Cohere; use tool messages.", param);
    default:
      return invalid(`Unknown message role "${(message as { role?: unknown }).role}".`, `${param}.role`);
  }
}

/** The text of a string or text-parts content (system, developer and tool messages). */
function textOnly(
  content: string | { type: string; text?: string }[] | null | undefined,
  param: string,
): string {
  if (typeof content === "string") return content;
  if (content == null) return "";
  return content
    .map((part, i) =>
      part.type === "text" && typeof part.text === "string"
        ? part.text
        : invalid(`Only text parts are accepted here (got "${part.type}").`, `${param}[${i}]`),
    )
    .join("");
}

/** An assistant turn's text; refusal parts count as text (Cohere has no refusal field). */
function assistantText(
  content: string | { type: string; text?: string; refusal?: string }[] | null | undefined,
  param: string,
): string {
  if (typeof content === "string") return content;
  if (content == null) return "";
  return content
    .map((part, i) => {
      if (part.type === "text" && typeof part.text === "string") return part.text;
      if (part.type === "refusal" && typeof part.refusal === "string") return part.refusal;
      return invalid(`Assistant content parts must be text (got "${part.type}").`, `${param}[${i}]`);
    })
    .join("");
}

function userParts(
  parts: ChatCompletionContentPart[],
  param: string,
): (CohereTextContent | CohereImageContent)[] {
  return parts.map((part, i) => {
    const where = `${param}[${i}]`;
    switch (part.type) {
      case "text":
        return { type: "text", text: part.text };
      case "image_url": {
        const url = part.image_url?.url;
        if (typeof url !== "string" || !(/^https?:\/\//i.test(url) || isBase64Image(url))) {
          invalid(
            "An image must be an http(s) URL or a data:image/...;base64 URL.",
            `${where}.image_url.url`,
          );
        }
        const image: CohereImageContent = { type: "image_url", image_url: { url } };
        if (part.image_url.detail) image.image_url.detail = part.image_url.detail;
        return image;
      }
      case "input_audio":
        return invalid("Cohere's Chat API does not accept audio input.", where);
      case "file":
        return invalid(
          "Cohere's Chat API does not accept file parts; send the text (or Cohere documents via the node's extraBody).",
          where,
        );
      default:
        return invalid(`Unknown content part type "${(part as { type?: unknown }).type}".`, where);
    }
  });
}

interface TranslatedTools {
  tools?: CohereTool[];
  strict: boolean;
  choice?: "REQUIRED" | "NONE";
}

function translateTools(
  tools: ChatCompletionTool[] | undefined,
  choice: ChatCompletionRequest["tool_choice"],
): TranslatedTools {
  const list = tools ?? [];
  list.forEach((tool, i) => {
    if (tool.type !== "function" || !tool.function?.name) {
      invalid("Only function tools with a name are supported for Cohere.", `tools[${i}]`);
    }
  });
  let selected = list;
  let forced: "REQUIRED" | "NONE" | undefined;
  if (choice === "required") {
    if (list.length === 0) invalid('tool_choice "required" needs tools.', "tool_choice");
    forced = "REQUIRED";
  } else if (choice === "none") {
    if (list.length > 0) forced = "NONE";
  } else if (choice && typeof choice === "object") {
    // Cohere cannot name a tool: offering only that tool and requiring a call has the same effect.
    const name = choice.function?.name;
    selected = list.filter((tool) => tool.function.name === name);
    if (selected.length === 0) invalid(`tool_choice names "${name}", which is not in tools.`, "tool_choice");
    forced = "REQUIRED";
  }
  if (selected.length === 0) return { strict: false };
  return {
    tools: selected.map((tool) => {
      const fn: CohereTool["function"] = {
        name: tool.function.name,
        parameters: tool.function.parameters ?? ({ type: "object", properties: {} } as JsonObject),
      };
      if (tool.function.description) fn.description = tool.function.description;
      return { type: "function", function: fn };
    }),
    strict: selected.some((tool) => tool.function.strict === true),
    choice: forced,
  };
}
