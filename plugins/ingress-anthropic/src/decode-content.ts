/**
 * Anthropic content blocks as OpenAI content parts: text as text; images as `image_url` (a
 * base64 source becomes a `data:` URL, a URL source is passed as is); documents as a `file` part
 * (base64 PDF) or text (plain-text and inline-content documents). Tool results become the text of
 * an OpenAI `tool` message; OpenAI tool messages carry text only, so images (and PDFs) a tool
 * returned travel in the user message that follows, each introduced by a short note.
 */
import type {
  ChatCompletionContentPart,
  ChatCompletionContentPartImage,
  ChatCompletionContentPartText,
} from "@aigw/plugin-api";
import { toDataUrl } from "@aigw/wire-kit";
import type { DocumentBlockParam, ImageBlockParam, ToolResultBlockParam } from "./wire.js";

/** Prefix of a tool result the client marked `is_error` (OpenAI tool messages have no such flag). */
export const TOOL_ERROR_PREFIX = "[tool error] ";

function text(value: string): ChatCompletionContentPartText {
  return { type: "text", text: value };
}

export function imagePart(block: ImageBlockParam): ChatCompletionContentPartImage {
  const source = block.source;
  const url = source.type === "url" ? source.url : toDataUrl(source.media_type, source.data);
  return { type: "image_url", image_url: { url } };
}

export function documentParts(block: DocumentBlockParam): ChatCompletionContentPart[] {
  const source = block.source;
  const titled = (body: string) => (block.title ? `${block.title}\n\n${body}` : body);
  switch (source.type) {
    case "base64":
      return [
        {
          type: "file",
          file: {
            file_data: toDataUrl(source.media_type, source.data),
            filename: block.title ?? "document.pdf",
          },
        },
      ];
    case "text":
      return [text(titled(source.data))];
    case "content": {
      if (typeof source.content === "string") return [text(titled(source.content))];
      const parts = source.content.map((b) => (b.type === "text" ? text(b.text) : imagePart(b)));
      return block.title ? [text(block.title), ...parts] : parts;
    }
  }
}

/** A tool result: the text of its `tool` message, and any non-text parts for the next user message. */
export function toolResultContent(block: ToolResultBlockParam): {
  text: string;
  attachments: ChatCompletionContentPart[];
} {
  const texts: string[] = [];
  const media: ChatCompletionContentPart[] = [];
  const content = block.content ?? "";
  if (typeof content === "string") texts.push(content);
  else {
    for (const item of content) {
      if (item.type === "text") texts.push(item.text);
      else if (item.type === "image") media.push(imagePart(item));
      else {
        for (const part of documentParts(item)) {
          if (part.type === "text") texts.push(part.text);
          else media.push(part);
        }
      }
    }
  }
  const joined = texts.join("\n");
  const attachments: ChatCompletionContentPart[] =
    media.length === 0 ? [] : [text(`(attached by the result of tool call ${block.tool_use_id})`), ...media];
  return { text: block.is_error ? `${TOOL_ERROR_PREFIX}${joined}` : joined, attachments };
}
