/**
 * Text helpers shared by the chat and completions answers: the default reply, a deterministic
 * token estimate (about 4 characters per token, like OpenAI's rule of thumb), word chunking for
 * streams, and the `max_tokens` / `stop` limits a real model honours.
 */
import type { ChatCompletionMessageParam } from "@aigw/plugin-api";

/** How many characters of the user's text the default reply quotes. */
const QUOTE_CHARS = 200;

/** The text of a message's content: a string, or its text parts joined. */
export function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  const texts: string[] = [];
  for (const part of content) {
    if (part && typeof part === "object" && typeof (part as { text?: unknown }).text === "string")
      texts.push((part as { text: string }).text);
  }
  return texts.join("\n");
}

/** The default chat reply: it quotes the last user message so a person trying the gateway sees it worked. */
export function chatReply(messages: readonly ChatCompletionMessageParam[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    if (message.role === "user") {
      const text = contentText(message.content).trim();
      return text ? `Mock reply to: ${text.slice(0, QUOTE_CHARS)}` : "Mock reply to an empty message.";
    }
  }
  return "Mock reply.";
}

/** The default completion text for one prompt. */
export function completionReply(prompt: string): string {
  const text = prompt.trim();
  return text ? `Mock completion of: ${text.slice(0, QUOTE_CHARS)}` : "Mock completion.";
}

/** About 4 characters per token, at least 1 for any non-empty text. */
export function estimateTokens(text: string): number {
  return text.length === 0 ? 0 : Math.ceil(text.length / 4);
}

/** Prompt tokens of a conversation: each message's text plus a small per-message overhead. */
export function messagesTokens(messages: readonly ChatCompletionMessageParam[]): number {
  let total = 3;
  for (const message of messages) total += 3 + estimateTokens(contentText(message.content));
  return total;
}

/** Splits text into pieces of `words` words each; concatenating the pieces gives the text back. */
export function wordChunks(text: string, words: number): string[] {
  const tokens = text.match(/\s*\S+\s*/g);
  if (!tokens) return text ? [text] : [];
  const chunks: string[] = [];
  for (let i = 0; i < tokens.length; i += words) chunks.push(tokens.slice(i, i + words).join(""));
  return chunks;
}

/** Splits text into pieces of at most `size` characters (tool-call arguments stream this way). */
export function charChunks(text: string, size: number): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  return chunks;
}

export interface Limited {
  text: string;
  finish: "stop" | "length";
}

/** Applies `stop` sequences (cut before the earliest) and a token limit (cut, finish `length`). */
export function applyLimits(
  text: string,
  stop: string | readonly string[] | null | undefined,
  maxTokens: number | null | undefined,
): Limited {
  let out = text;
  const stops = typeof stop === "string" ? [stop] : (stop ?? []);
  let cut = -1;
  for (const s of stops) {
    if (!s) continue;
    const at = out.indexOf(s);
    if (at >= 0 && (cut < 0 || at < cut)) cut = at;
  }
  if (cut >= 0) out = out.slice(0, cut);
  if (typeof maxTokens === "number" && maxTokens >= 0 && estimateTokens(out) > maxTokens) {
    return { text: out.slice(0, maxTokens * 4), finish: "length" };
  }
  return { text: out, finish: "stop" };
}
