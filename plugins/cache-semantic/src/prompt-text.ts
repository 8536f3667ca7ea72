/**
 * The text of a request that is embedded. `last-user`: the last message, which must be the
 * user's (a chat that ends on a tool result or an assistant turn asks for something else than
 * its last user turn did). `all`: every turn but the system prompts, which the partition holds
 * exactly. A completion: its prompt, when it is one text. Anything the text cannot stand for
 * (an image, audio, a file, token ids, a batch) makes the request uncacheable: two requests
 * with the same words and different pictures must not share an answer.
 */
import type { JsonValue } from "@aigw/plugin-api";

export type Turns = "last-user" | "all";

/** The text to embed, or why the request is not cached. */
export type CountedText = { readonly text: string } | { readonly bypass: string };

/** Roles whose messages are instructions, partitioned on exactly instead of embedded. */
export const INSTRUCTION_ROLES: ReadonlySet<string> = new Set(["system", "developer"]);

type Message = Record<string, JsonValue | undefined>;

const isObject = (value: unknown): value is Record<string, JsonValue | undefined> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A content's text (a string, or text and refusal parts joined); `undefined` if it has anything else. */
function contentText(content: JsonValue | undefined): string | undefined {
  if (content === undefined || content === null) return "";
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return undefined;
  const texts: string[] = [];
  for (const part of content) {
    if (!isObject(part)) return undefined;
    if (part.type === "text" && typeof part.text === "string") texts.push(part.text);
    else if (part.type === "refusal" && typeof part.refusal === "string") texts.push(part.refusal);
    else return undefined;
  }
  return texts.join("\n");
}

/** One turn as a line of text; tool call ids are left out (they differ in every conversation). */
function turnText(message: Message): string | undefined {
  const role = message.role;
  if (typeof role !== "string") return undefined;
  const text = contentText(message.content);
  if (text === undefined) return undefined;
  const name = typeof message.name === "string" ? ` (${message.name})` : "";
  const lines = text === "" ? [] : [`${role}${name}: ${text}`];
  const calls = Array.isArray(message.tool_calls) ? message.tool_calls : [];
  for (const call of calls) {
    const fn = isObject(call) && isObject(call.function) ? call.function : undefined;
    if (!fn) return undefined;
    lines.push(`${role} calls ${String(fn.name)}(${String(fn.arguments)})`);
  }
  if (isObject(message.function_call)) {
    lines.push(
      `${role} calls ${String(message.function_call.name)}(${String(message.function_call.arguments)})`,
    );
  }
  return lines.join("\n");
}

/** The text of a chat's messages that counts under `turns`. */
export function chatText(messages: unknown, turns: Turns): CountedText {
  if (!Array.isArray(messages) || messages.length === 0) return { bypass: "no messages" };
  if (turns === "last-user") {
    const last = messages[messages.length - 1];
    if (!isObject(last) || last.role !== "user") return { bypass: "the last message is not the user's" };
    const text = contentText(last.content);
    if (text === undefined) return { bypass: "the last message has non-text content" };
    return text.trim() === "" ? { bypass: "the last message has no text" } : { text };
  }
  const lines: string[] = [];
  for (const message of messages) {
    if (!isObject(message)) return { bypass: "a message is not an object" };
    if (typeof message.role === "string" && INSTRUCTION_ROLES.has(message.role)) continue;
    const line = turnText(message);
    if (line === undefined) return { bypass: "a message has non-text content" };
    if (line !== "") lines.push(line);
  }
  return lines.length === 0 ? { bypass: "no turn has text" } : { text: lines.join("\n") };
}

/** The text of a legacy completion's prompt: one string (or a batch of one). */
export function completionText(prompt: unknown): CountedText {
  const single = Array.isArray(prompt) && prompt.length === 1 ? prompt[0] : prompt;
  if (typeof single !== "string") return { bypass: "the prompt is not one text" };
  return single.trim() === "" ? { bypass: "the prompt has no text" } : { text: single };
}
