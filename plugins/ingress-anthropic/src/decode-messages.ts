/**
 * Anthropic's conversation as OpenAI messages. `system` (a string or text blocks, joined by a
 * blank line) becomes a leading system message. An assistant turn's text blocks become its
 * content and its `tool_use` blocks its `tool_calls` (arguments are the JSON of `input`);
 * thinking blocks are dropped, as OpenAI chat has no way to send reasoning back. A user turn's
 * `tool_result` blocks become `tool` messages placed first (OpenAI wants them right after the
 * assistant's tool calls), then the rest of the turn as one user message.
 */
import type {
  ChatCompletionAssistantMessageParam,
  ChatCompletionContentPart,
  ChatCompletionMessageParam,
  ChatCompletionMessageToolCall,
} from "@aigw/plugin-api";
import { documentParts, imagePart, toolResultContent } from "./decode-content.js";
import type { ContentBlockParam, MessageParam, MessagesRequest, TextBlockParam } from "./wire.js";

export function systemText(system: string | TextBlockParam[]): string {
  return typeof system === "string" ? system : system.map((b) => b.text).join("\n\n");
}

/** One part as a plain string when that is all there is (the form every provider accepts). */
function userContent(parts: ChatCompletionContentPart[]): string | ChatCompletionContentPart[] {
  const only = parts[0];
  if (only === undefined) return "";
  return parts.length === 1 && only?.type === "text" ? only.text : parts;
}

function assistantMessage(blocks: ContentBlockParam[]): ChatCompletionAssistantMessageParam | undefined {
  const texts: string[] = [];
  const calls: ChatCompletionMessageToolCall[] = [];
  for (const block of blocks) {
    if (block.type === "text") texts.push(block.text);
    else if (block.type === "tool_use") {
      calls.push({
        id: block.id,
        type: "function",
        function: { name: block.name, arguments: JSON.stringify(block.input) },
      });
    }
  }
  // A turn that only held thinking has nothing left to send.
  if (texts.length === 0 && calls.length === 0) return undefined;
  return {
    role: "assistant",
    content: texts.length === 0 ? null : texts.join(""),
    ...(calls.length === 0 ? {} : { tool_calls: calls }),
  };
}

function userMessages(blocks: ContentBlockParam[]): ChatCompletionMessageParam[] {
  const tools: ChatCompletionMessageParam[] = [];
  const parts: ChatCompletionContentPart[] = [];
  const attached: ChatCompletionContentPart[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case "tool_result": {
        const result = toolResultContent(block);
        tools.push({ role: "tool", tool_call_id: block.tool_use_id, content: result.text });
        attached.push(...result.attachments);
        break;
      }
      case "text":
        parts.push({ type: "text", text: block.text });
        break;
      case "image":
        parts.push(imagePart(block));
        break;
      case "document":
        parts.push(...documentParts(block));
        break;
      default:
        break;
    }
  }
  const all = [...attached, ...parts];
  return all.length === 0 && tools.length > 0
    ? tools
    : [...tools, { role: "user", content: userContent(all) }];
}

function decodeMessage(message: MessageParam): ChatCompletionMessageParam[] {
  const content = message.content;
  if (message.role === "system") {
    const text = typeof content === "string" ? content : systemText(content as TextBlockParam[]);
    return [{ role: "system", content: text }];
  }
  if (typeof content === "string") return [{ role: message.role, content }];
  if (message.role === "assistant") {
    const assistant = assistantMessage(content);
    return assistant ? [assistant] : [];
  }
  return userMessages(content);
}

export function decodeMessages(request: MessagesRequest): ChatCompletionMessageParam[] {
  const messages: ChatCompletionMessageParam[] = [];
  if (request.system !== undefined) {
    const text = systemText(request.system);
    if (text !== "") messages.push({ role: "system", content: text });
  }
  for (const message of request.messages) messages.push(...decodeMessage(message));
  return messages;
}
