/**
 * Validates message content: a string, or content blocks of the types each role may send.
 * Blocks that only make sense against Anthropic's own servers (server tools and their results,
 * files uploaded to Anthropic, URL documents) are refused with a 400 naming the block, rather
 * than silently dropped: the model behind the gateway could not honour them.
 */
import type { JsonValue } from "@aigw/plugin-api";
import { array, invalid, object, optionalBoolean, optionalString, string, tag } from "./checks.js";
import type {
  ContentBlockParam,
  DocumentBlockParam,
  ImageBlockParam,
  MessageParam,
  TextBlockParam,
  ToolResultBlockParam,
  ToolResultContent,
} from "./wire.js";

const USER_BLOCKS = ["text", "image", "document", "tool_result"] as const;
const ASSISTANT_BLOCKS = ["text", "tool_use", "thinking", "redacted_thinking"] as const;
const TOOL_RESULT_BLOCKS = ["text", "image", "document"] as const;

export function parseText(value: unknown, param: string): TextBlockParam {
  const block = object(value, param);
  tag(block, param, ["text"]);
  return { type: "text", text: string(block.text, `${param}.text`) };
}

function parseImage(block: Record<string, unknown>, param: string): ImageBlockParam {
  const source = object(block.source, `${param}.source`);
  const kind = tag(source, `${param}.source`, ["base64", "url"]);
  if (kind === "url")
    return { type: "image", source: { type: "url", url: string(source.url, `${param}.source.url`) } };
  return {
    type: "image",
    source: {
      type: "base64",
      media_type: string(source.media_type, `${param}.source.media_type`),
      data: string(source.data, `${param}.source.data`),
    },
  };
}

function parseDocument(block: Record<string, unknown>, param: string): DocumentBlockParam {
  const at = `${param}.source`;
  const source = object(block.source, at);
  const kind = tag(source, at, ["base64", "text", "content"]);
  const title = optionalString(block.title, `${param}.title`);
  if (kind === "content") {
    const content =
      typeof source.content === "string"
        ? source.content
        : array(source.content, `${at}.content`).map((item, i) => {
            const inner = object(item, `${at}.content.${i}`);
            return tag(inner, `${at}.content.${i}`, ["text", "image"]) === "text"
              ? parseText(inner, `${at}.content.${i}`)
              : parseImage(inner, `${at}.content.${i}`);
          });
    return { type: "document", source: { type: "content", content }, ...(title ? { title } : {}) };
  }
  return {
    type: "document",
    source: {
      type: kind,
      media_type: string(source.media_type, `${at}.media_type`),
      data: string(source.data, `${at}.data`),
    },
    ...(title ? { title } : {}),
  };
}

function parseToolResultContent(value: unknown, param: string): string | ToolResultContent[] | undefined {
  if (value === undefined || value === null || typeof value === "string") return value ?? undefined;
  return array(value, param).map((item, i): ToolResultContent => {
    const at = `${param}.${i}`;
    const block = object(item, at);
    const kind = tag(block, at, TOOL_RESULT_BLOCKS);
    if (kind === "text") return parseText(block, at);
    return kind === "image" ? parseImage(block, at) : parseDocument(block, at);
  });
}

function parseToolResult(block: Record<string, unknown>, param: string): ToolResultBlockParam {
  const content = parseToolResultContent(block.content, `${param}.content`);
  const isError = optionalBoolean(block.is_error, `${param}.is_error`);
  return {
    type: "tool_result",
    tool_use_id: string(block.tool_use_id, `${param}.tool_use_id`),
    ...(content === undefined ? {} : { content }),
    ...(isError === undefined ? {} : { is_error: isError }),
  };
}

function parseBlock(value: unknown, param: string, role: MessageParam["role"]): ContentBlockParam {
  const block = object(value, param);
  const allowed =
    role === "assistant" ? ASSISTANT_BLOCKS : role === "user" ? USER_BLOCKS : (["text"] as const);
  const kind = tag(block, param, allowed);
  switch (kind) {
    case "text":
      return parseText(block, param);
    case "image":
      return parseImage(block, param);
    case "document":
      return parseDocument(block, param);
    case "tool_result":
      return parseToolResult(block, param);
    case "tool_use":
      if (!("input" in block)) invalid(`${param}.input`, "Field required");
      return {
        type: "tool_use",
        id: string(block.id, `${param}.id`),
        name: string(block.name, `${param}.name`),
        input: block.input as JsonValue,
      };
    default:
      return { type: kind };
  }
}

export function parseMessage(value: unknown, param: string): MessageParam {
  const message = object(value, param);
  const role = message.role;
  if (role !== "user" && role !== "assistant" && role !== "system")
    invalid(`${param}.role`, "Input should be 'user' or 'assistant'");
  const content = message.content;
  if (typeof content === "string") return { role, content };
  const blocks = array(content, `${param}.content`).map((b, i) =>
    parseBlock(b, `${param}.content.${i}`, role),
  );
  return { role, content: blocks };
}
