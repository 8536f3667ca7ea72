/**
 * OpenAI user content parts as Anthropic content blocks: text, images (a `data:` URL becomes a
 * base64 source with its media type, an http(s) URL a `url` source that Anthropic fetches itself)
 * and PDF files (a `document` block). Audio and uploaded file ids have no Anthropic equivalent and
 * are refused with a 400 naming the part. An Anthropic `cache_control` set on a part is kept, so
 * clients can use prompt caching through the OpenAI format.
 */
import { type ChatCompletionContentPart, GatewayError } from "@aigw/plugin-api";
import { type DataUrl, parseDataUrl } from "@aigw/wire-kit";
import type { CacheControl, ContentBlockParam, ImageBlockParam, TextBlockParam } from "./wire.js";

/** The image types Anthropic accepts (https://docs.claude.com/en/docs/build-with-claude/vision). */
const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/gif", "image/webp"]);

/** A base64 `data:` URL (`image/jpg` read as `image/jpeg`); undefined for anything else. */
function base64DataUrl(url: string): DataUrl | undefined {
  const parsed = parseDataUrl(url);
  if (!parsed?.base64) return undefined;
  return parsed.mediaType === "image/jpg" ? { ...parsed, mediaType: "image/jpeg" } : parsed;
}

/** A text block, or nothing for empty text (Anthropic rejects empty text blocks). */
export function textBlock(text: string, cacheControl?: CacheControl): TextBlockParam | undefined {
  if (text.trim() === "") return undefined;
  return cacheControl ? { type: "text", text, cache_control: cacheControl } : { type: "text", text };
}

/** An image given as an OpenAI `image_url` (data URL or http(s) URL). */
export function imageBlock(url: string, param: string, cacheControl?: CacheControl): ImageBlockParam {
  let block: ImageBlockParam;
  if (/^https?:\/\//i.test(url)) block = { type: "image", source: { type: "url", url } };
  else {
    const parsed = base64DataUrl(url);
    if (!parsed)
      throw invalid(
        `${param}: an image must be an http(s) URL or a base64 data: URL.`,
        `${param}.image_url.url`,
      );
    if (!IMAGE_TYPES.has(parsed.mediaType))
      throw invalid(
        `${param}: Anthropic accepts image/jpeg, image/png, image/gif and image/webp, not ${parsed.mediaType}.`,
        `${param}.image_url.url`,
      );
    block = { type: "image", source: { type: "base64", media_type: parsed.mediaType, data: parsed.data } };
  }
  if (cacheControl) block.cache_control = cacheControl;
  return block;
}

/** The blocks of a user message's content. */
export function userBlocks(
  content: string | ChatCompletionContentPart[],
  param: string,
): ContentBlockParam[] {
  if (typeof content === "string") {
    const block = textBlock(content);
    return block ? [block] : [];
  }
  const blocks: ContentBlockParam[] = [];
  content.forEach((part, i) => {
    const at = `${param}.content[${i}]`;
    const cache = cacheControlOf(part);
    switch (part.type) {
      case "text": {
        const block = textBlock(part.text, cache);
        if (block) blocks.push(block);
        break;
      }
      case "image_url":
        blocks.push(imageBlock(part.image_url.url, at, cache));
        break;
      case "file": {
        const parsed = part.file.file_data ? base64DataUrl(part.file.file_data) : undefined;
        if (parsed?.mediaType !== "application/pdf")
          throw invalid(
            `${at}: Anthropic takes files as base64 PDF data (file_data "data:application/pdf;base64,..."); uploaded file ids and other types are not supported.`,
            `${at}.file`,
          );
        blocks.push({
          type: "document",
          source: { type: "base64", media_type: "application/pdf", data: parsed.data },
          ...(cache ? { cache_control: cache } : {}),
        });
        break;
      }
      case "input_audio":
        throw invalid(`${at}: Anthropic does not accept audio input.`, at);
      default:
        throw invalid(`${at}: unsupported content part type "${(part as { type: string }).type}".`, at);
    }
  });
  return blocks;
}

/** The `cache_control` a client put on a part (an Anthropic extension of the OpenAI format). */
export function cacheControlOf(part: object): CacheControl | undefined {
  const value = (part as { cache_control?: unknown }).cache_control;
  if (!value || typeof value !== "object") return undefined;
  const { type, ttl } = value as { type?: unknown; ttl?: unknown };
  if (type !== "ephemeral") return undefined;
  return typeof ttl === "string" ? { type, ttl } : { type };
}

export function invalid(message: string, param: string | null = null): GatewayError {
  return new GatewayError("invalid_request", message, { param });
}
