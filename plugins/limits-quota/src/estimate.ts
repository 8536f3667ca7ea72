/**
 * What a request will use, guessed before it runs: the reservation a rate limit and a budget
 * check. Prompt tokens are the prompt's characters over `charsPerToken` (four for English text
 * with OpenAI's tokenizers), each image part a fixed count; completion tokens are what the
 * request allows (`max_completion_tokens`, `max_tokens`, times `n`) or a configured default.
 * A real tokenizer would be closer, but it costs tens of microseconds per kilobyte and a
 * vocabulary per model family, and the guess only has to hold until the request settles from the
 * usage the provider reports: a wrong guess moves tokens between windows for one request's
 * lifetime, never across them. Walking the typed body reads no base64 payload (an image's data
 * is not text), where the raw body's length would count a 1 MB image as 250,000 tokens.
 */
import type { GatewayRequest, PricedUsage } from "@aigw/plugin-api";

export interface EstimateSettings {
  charsPerToken: number;
  completionTokens: number;
  imageTokens: number;
}

/** The guessed usage (in price-table units) and its total tokens. */
export interface Estimate {
  usage: PricedUsage;
  tokens: number;
}

/** Characters of prompt text, and images, in a request's messages or inputs. */
interface PromptSize {
  chars: number;
  images: number;
}

function textSize(value: unknown, size: PromptSize): void {
  if (typeof value === "string") size.chars += value.length;
  else if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item === "string") size.chars += item.length;
      // Token ids: one each.
      else if (typeof item === "number") size.chars += 4;
      else if (Array.isArray(item)) textSize(item, size);
      else if (item && typeof item === "object") partSize(item as Record<string, unknown>, size);
    }
  }
}

function partSize(part: Record<string, unknown>, size: PromptSize): void {
  if (typeof part.text === "string") size.chars += part.text.length;
  else if (part.type === "image_url") size.images++;
  else if (typeof part.refusal === "string") size.chars += part.refusal.length;
}

function chatSize(request: Extract<GatewayRequest, { endpoint: "chat.completions" }>): PromptSize {
  const size: PromptSize = { chars: 0, images: 0 };
  const body = request.body;
  for (const message of body.messages) {
    // A message's role and framing: a few tokens each.
    size.chars += 16;
    textSize(message.content, size);
    if ("tool_calls" in message && message.tool_calls)
      for (const call of message.tool_calls)
        if (call.type === "function")
          size.chars += call.function.name.length + call.function.arguments.length;
  }
  // Tool definitions are part of the prompt; their JSON is a fair measure (rare, and small).
  if (body.tools && body.tools.length > 0) size.chars += JSON.stringify(body.tools).length;
  return size;
}

function choices(n: number | null | undefined): number {
  return typeof n === "number" && n > 1 ? Math.floor(n) : 1;
}

/** The guessed usage of `request`. */
export function estimateUsage(request: GatewayRequest, s: EstimateSettings): Estimate {
  let size: PromptSize = { chars: 0, images: 0 };
  let completion = 0;
  const usage: PricedUsage = { promptTokens: 0, completionTokens: 0 };
  switch (request.endpoint) {
    case "chat.completions": {
      size = chatSize(request);
      const body = request.body;
      completion = (body.max_completion_tokens ?? body.max_tokens ?? s.completionTokens) * choices(body.n);
      break;
    }
    case "completions":
      textSize(request.body.prompt, size);
      completion = (request.body.max_tokens ?? s.completionTokens) * choices(request.body.n);
      break;
    case "embeddings":
    case "moderations":
      textSize(request.body.input, size);
      break;
    case "images.generations":
      size.chars += request.body.prompt.length;
      usage.images = choices(request.body.n);
      break;
    case "audio.speech":
      size.chars += request.body.input.length;
      usage.characters = request.body.input.length;
      break;
    case "audio.transcriptions":
      break;
  }
  usage.promptTokens = Math.ceil(size.chars / s.charsPerToken) + size.images * s.imageTokens;
  usage.completionTokens = Math.max(0, Math.ceil(completion));
  return { usage, tokens: usage.promptTokens + usage.completionTokens };
}
