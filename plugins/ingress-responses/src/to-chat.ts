/**
 * A validated Responses request (its earlier turns prepended) as the pipeline's chat request.
 * `instructions` is a leading system message; messages keep their role; an assistant message's
 * `output_text` is its content and `refusal` its refusal; `function_call` items join the
 * assistant turn before them as `tool_calls` (chat needs the tool results to follow one assistant
 * message that names them), `function_call_output` items are `tool` messages; reasoning items
 * are dropped (chat has no way to send reasoning back). Images and files become chat's
 * `image_url` and `file` parts. `text.format` is `response_format`, `reasoning.effort` is
 * `reasoning_effort`, `max_output_tokens` is `max_completion_tokens`. A stream asks for usage in
 * its last chunk, which `response.completed` reports.
 */
import type {
  ChatCompletionAssistantMessageParam,
  ChatCompletionContentPart,
  ChatCompletionMessageParam,
  ChatCompletionRequest,
  ChatCompletionResponseFormat,
  ChatCompletionToolChoice,
} from "@aigw/plugin-api";
import type { InputContent, InputItem, MessageItem, ResponsesRequest } from "./wire.js";

function chatPart(part: InputContent): ChatCompletionContentPart {
  switch (part.type) {
    case "input_text":
      return { type: "text", text: part.text };
    case "input_image":
      return { type: "image_url", image_url: { url: part.image_url, detail: part.detail } };
    case "input_file": {
      const file: { file_data?: string; file_id?: string; filename?: string } = {};
      if (part.file_data !== undefined) file.file_data = part.file_data;
      if (part.file_id !== undefined) file.file_id = part.file_id;
      if (part.filename !== undefined) file.filename = part.filename;
      return { type: "file", file };
    }
  }
}

/** One text part is plain string content (what every provider takes); anything else, parts. */
function userContent(parts: ChatCompletionContentPart[]): string | ChatCompletionContentPart[] {
  const only = parts.length === 1 ? parts[0] : undefined;
  return only?.type === "text" ? only.text : parts;
}

function messageOf(item: MessageItem): ChatCompletionMessageParam {
  if (item.role === "assistant") {
    const message: ChatCompletionAssistantMessageParam = { role: "assistant" };
    let text: string | undefined;
    let refusal: string | undefined;
    for (const part of item.content) {
      if (part.type === "refusal") refusal = (refusal ?? "") + part.refusal;
      else if (part.type === "output_text" || part.type === "input_text") text = (text ?? "") + part.text;
    }
    message.content = text ?? null;
    if (refusal !== undefined) message.refusal = refusal;
    return message;
  }
  const parts = item.content.filter((p): p is InputContent => p.type.startsWith("input_")).map(chatPart);
  if (item.role === "user") return { role: "user", content: userContent(parts) };
  const texts = parts.filter((p) => p.type === "text");
  const only = texts.length === 1 ? texts[0] : undefined;
  return { role: item.role, content: only ? only.text : texts };
}

/** The chat messages of a list of items, function calls folded into their assistant turn. */
export function chatMessages(items: readonly InputItem[]): ChatCompletionMessageParam[] {
  const messages: ChatCompletionMessageParam[] = [];
  for (const item of items) {
    switch (item.type) {
      case "message":
        messages.push(messageOf(item));
        break;
      case "function_call": {
        const last = messages.at(-1);
        const turn: ChatCompletionAssistantMessageParam =
          last?.role === "assistant" ? last : { role: "assistant", content: null };
        if (turn !== last) messages.push(turn);
        turn.tool_calls ??= [];
        turn.tool_calls.push({
          id: item.call_id,
          type: "function",
          function: { name: item.name, arguments: item.arguments },
        });
        break;
      }
      case "function_call_output":
        messages.push({ role: "tool", tool_call_id: item.call_id, content: item.output });
        break;
      case "reasoning":
        break;
    }
  }
  return messages;
}

function responseFormat(request: ResponsesRequest): ChatCompletionResponseFormat | undefined {
  const format = request.text?.format;
  if (format === undefined || format.type === "text") return undefined;
  if (format.type === "json_object") return { type: "json_object" };
  return {
    type: "json_schema",
    json_schema: {
      name: format.name,
      schema: format.schema,
      ...(format.description === undefined ? {} : { description: format.description }),
      ...(format.strict === undefined || format.strict === null ? {} : { strict: format.strict }),
    },
  };
}

function toolsAndChoice(request: ResponsesRequest): Pick<ChatCompletionRequest, "tools" | "tool_choice"> {
  let tools = request.tools;
  const choice = request.tool_choice;
  let chatChoice: ChatCompletionToolChoice | undefined;
  if (typeof choice === "string") chatChoice = choice;
  else if (choice?.type === "function") chatChoice = { type: "function", function: { name: choice.name } };
  else if (choice?.type === "allowed_tools") {
    // Chat has no allowed list: only the allowed tools are offered, with the same mode.
    const allowed = new Set(choice.tools.map((t) => t.name));
    tools = tools?.filter((tool) => allowed.has(tool.name));
    chatChoice = choice.mode;
  }
  const out: Pick<ChatCompletionRequest, "tools" | "tool_choice"> = {};
  if (tools && tools.length > 0)
    out.tools = tools.map((tool) => ({
      type: "function",
      function: {
        name: tool.name,
        ...(tool.description == null ? {} : { description: tool.description }),
        ...(tool.parameters == null ? {} : { parameters: tool.parameters }),
        ...(tool.strict == null ? {} : { strict: tool.strict }),
      },
    }));
  if (chatChoice !== undefined) out.tool_choice = chatChoice;
  return out;
}

/** The pipeline's chat request for `request`, whose earlier turns are `history`. */
export function toChat(request: ResponsesRequest, history: readonly InputItem[]): ChatCompletionRequest {
  const messages = chatMessages([...history, ...request.input]);
  if (request.instructions !== undefined) messages.unshift({ role: "system", content: request.instructions });
  const body: ChatCompletionRequest = { model: request.model, messages, ...toolsAndChoice(request) };
  const format = responseFormat(request);
  if (format) body.response_format = format;
  const effort = request.reasoning?.effort;
  if (effort) body.reasoning_effort = effort === "xhigh" ? "high" : effort;
  if (request.text?.verbosity) body.verbosity = request.text.verbosity;
  if (request.max_output_tokens !== undefined) body.max_completion_tokens = request.max_output_tokens;
  if (request.temperature !== undefined) body.temperature = request.temperature;
  if (request.top_p !== undefined) body.top_p = request.top_p;
  if (request.parallel_tool_calls !== undefined && body.tools)
    body.parallel_tool_calls = request.parallel_tool_calls;
  if (request.user !== undefined) body.user = request.user;
  if (request.prompt_cache_key !== undefined) body.prompt_cache_key = request.prompt_cache_key;
  if (request.safety_identifier !== undefined) body.safety_identifier = request.safety_identifier;
  if (request.stream) {
    body.stream = true;
    body.stream_options = { include_usage: true };
  }
  return body;
}
