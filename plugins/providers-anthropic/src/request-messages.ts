/**
 * An OpenAI conversation as Anthropic's `system` + `messages`. System and developer messages,
 * wherever they appear, are joined into the top-level `system`; assistant tool calls become
 * `tool_use` blocks; tool messages become `tool_result` blocks in a user turn. Anthropic wants
 * user and assistant turns to alternate, so consecutive same-role messages are merged (several
 * tool results become one user message), and within a user turn the tool results come first, as
 * Anthropic requires right after a `tool_use` turn.
 */
import type {
  ChatCompletionAssistantMessageParam,
  ChatCompletionContentPartText,
  ChatCompletionMessageParam,
  JsonObject,
} from "@aigw/plugin-api";
import { cacheControlOf, invalid, textBlock, userBlocks } from "./request-content.js";
import type { ContentBlockParam, MessageParam, TextBlockParam } from "./wire.js";

export interface TranslatedConversation {
  /** Joined with blank lines; text blocks when a part asks for prompt caching (`cache_control`). */
  system: string | TextBlockParam[] | undefined;
  messages: MessageParam[];
}

export function translateMessages(messages: readonly ChatCompletionMessageParam[]): TranslatedConversation {
  const system: TextBlockParam[] = [];
  const out: MessageParam[] = [];
  const push = (role: MessageParam["role"], blocks: ContentBlockParam[]) => {
    if (blocks.length === 0) return;
    const last = out.at(-1);
    if (last && last.role === role) last.content.push(...blocks);
    else out.push({ role, content: blocks });
  };

  messages.forEach((message, i) => {
    const param = `messages[${i}]`;
    switch (message.role) {
      case "system":
      case "developer": {
        const parts = typeof message.content === "string" ? [{ text: message.content }] : message.content;
        for (const part of parts) {
          const block = textBlock(part.text, cacheControlOf(part));
          if (block) system.push(block);
        }
        break;
      }
      case "user":
        push("user", userBlocks(message.content, param));
        break;
      case "assistant":
        push("assistant", assistantBlocks(message, param));
        break;
      case "tool": {
        const text = joinText(message.content);
        push("user", [
          {
            type: "tool_result",
            tool_use_id: message.tool_call_id,
            ...(text !== "" ? { content: text } : {}),
          },
        ]);
        break;
      }
      case "function":
        throw invalid(`${param}: legacy "function" messages are not supported; use tool messages.`, param);
      default:
        throw invalid(`${param}: unknown role "${(message as { role: string }).role}".`, `${param}.role`);
    }
  });

  for (const message of out) if (message.role === "user") toolResultsFirst(message);
  return { system: systemOf(system), messages: out };
}

function assistantBlocks(message: ChatCompletionAssistantMessageParam, param: string): ContentBlockParam[] {
  if (message.function_call)
    throw invalid(
      `${param}: legacy function_call is not supported; use tool_calls.`,
      `${param}.function_call`,
    );
  const blocks: ContentBlockParam[] = [];
  if (typeof message.content === "string") {
    const block = textBlock(message.content);
    if (block) blocks.push(block);
  } else if (Array.isArray(message.content)) {
    for (const part of message.content) {
      const block = textBlock(part.type === "text" ? part.text : part.refusal, cacheControlOf(part));
      if (block) blocks.push(block);
    }
  }
  message.tool_calls?.forEach((call, j) => {
    // A custom tool call (free-form input) has no tool_use form: Anthropic's input is an object.
    if (call.type !== "function" || !call.function)
      throw invalid(
        `${param}.tool_calls[${j}]: only function tool calls can be sent to Anthropic.`,
        `${param}.tool_calls[${j}].type`,
      );
    blocks.push({
      type: "tool_use",
      id: call.id,
      name: call.function.name,
      input: parseArguments(call.function.arguments, `${param}.tool_calls[${j}].function.arguments`),
    });
  });
  return blocks;
}

/** Tool call arguments (a JSON string) as the object Anthropic's `input` must be. */
function parseArguments(text: string, param: string): JsonObject {
  if (text.trim() === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalid(`${param}: tool call arguments must be a JSON object (Anthropic needs one).`, param);
  }
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw invalid(`${param}: tool call arguments must be a JSON object (Anthropic needs one).`, param);
  return value as JsonObject;
}

function systemOf(blocks: TextBlockParam[]): string | TextBlockParam[] | undefined {
  if (blocks.length === 0) return undefined;
  if (blocks.some((b) => b.cache_control)) return blocks;
  return blocks.map((b) => b.text).join("\n\n");
}

function joinText(content: string | ChatCompletionContentPartText[] | null): string {
  if (content === null) return "";
  if (typeof content === "string") return content;
  return content.map((part) => part.text).join("\n");
}

/** Stable: tool results keep their order, then everything else in its order. */
function toolResultsFirst(message: MessageParam): void {
  const results = message.content.filter((b) => b.type === "tool_result");
  if (results.length === 0 || results.length === message.content.length) return;
  message.content = [...results, ...message.content.filter((b) => b.type !== "tool_result")];
}
