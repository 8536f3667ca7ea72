/**
 * OpenAI messages to Google `contents` plus `systemInstruction`:
 * - system and developer messages (wherever they are) become the parts of systemInstruction;
 * - user messages become `user` contents (text, images, audio, files);
 * - assistant messages become `model` contents: text, then one functionCall part per tool call
 *   (arguments parsed to an object, the id kept when ids are sent, the thought signature
 *   restored);
 * - tool results become `functionResponse` parts of a `user` content. Google needs the function
 *   name, which OpenAI's tool message lacks: it is recovered from the earlier tool call with the
 *   same id. The response must be an object: a JSON object result is sent as is, anything else
 *   as `{"content": "<text>"}`.
 * Consecutive contents of the same role are merged into one (Google expects user and model turns
 * to alternate, and all results of parallel calls in one turn); empty messages are dropped.
 */
import {
  type CallContext,
  type ChatCompletionMessageParam,
  GatewayError,
  type JsonObject,
} from "@aigw/plugin-api";
import type { Settings } from "../settings.js";
import { needsFallback, type SignatureStore, SKIP_SIGNATURE, signatureOf } from "../signatures.js";
import type { GeminiContent, GeminiPart } from "../wire.js";
import { audioPart, filePart, imagePart, type MediaContext } from "./media.js";

export interface MessagesContext {
  settings: Settings;
  ctx: CallContext;
  signatures: SignatureStore;
  /** The upstream model (decides the thought-signature fallback). */
  model: string;
}

/** Thought signatures the node remembered, for the tool calls the client sent back without one. */
async function rememberedSignatures(
  messages: readonly ChatCompletionMessageParam[],
  store: SignatureStore,
): Promise<Map<string, string>> {
  const ids = messages.flatMap((m) =>
    m.role === "assistant" ? (m.tool_calls ?? []).filter((c) => !signatureOf(c)).map((c) => c.id) : [],
  );
  // In parallel: a long agent history holds many calls, and the store may be Redis.
  const found = await Promise.all(ids.map(async (id) => [id, await store.lookup(id)] as const));
  return new Map(found.filter((entry): entry is readonly [string, string] => entry[1] !== undefined));
}

export interface TranslatedMessages {
  contents: GeminiContent[];
  systemInstruction: GeminiContent | undefined;
}

type Part = { type: string; text?: string; refusal?: string } & Record<string, unknown>;

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return (content as Part[])
    .map((p) => (p.type === "text" ? (p.text ?? "") : p.type === "refusal" ? (p.refusal ?? "") : ""))
    .join("");
}

function invalid(message: string, param: string): GatewayError {
  return new GatewayError("invalid_request", message, { param });
}

/** A tool result as the object Google requires. */
export function responseObject(text: string): JsonObject {
  if (text.trimStart().startsWith("{")) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as JsonObject;
    } catch {
      // Not JSON after all: wrapped below.
    }
  }
  return { content: text };
}

function parseArguments(raw: string, param: string): JsonObject {
  if (raw.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalid(
      `${param} is not valid JSON; Google needs function call arguments as a JSON object.`,
      param,
    );
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw invalid(`${param} must be a JSON object for Google function calls.`, param);
  }
  return parsed as JsonObject;
}

async function userParts(content: unknown, index: number, m: MessagesContext): Promise<GeminiPart[]> {
  if (typeof content === "string") return content.length > 0 ? [{ text: content }] : [];
  if (!Array.isArray(content)) return [];
  const parts: GeminiPart[] = [];
  for (const [i, part] of (content as Part[]).entries()) {
    const where = `messages[${index}].content[${i}]`;
    const media: MediaContext = { settings: m.settings, ctx: m.ctx, where };
    switch (part.type) {
      case "text":
        if (part.text) parts.push({ text: part.text });
        break;
      case "image_url": {
        const url = (part.image_url as { url?: unknown } | undefined)?.url;
        if (typeof url !== "string") throw invalid(`${where}.image_url.url is required.`, where);
        parts.push(await imagePart(url, media));
        break;
      }
      case "input_audio":
        parts.push(audioPart(part.input_audio as { data: string; format: string }));
        break;
      case "file":
        parts.push(filePart((part.file ?? {}) as { file_data?: string; file_id?: string }, media));
        break;
      default:
        throw invalid(`${where}: content parts of type "${part.type}" are not supported by Google.`, where);
    }
  }
  return parts;
}

function assistantParts(
  message: Extract<ChatCompletionMessageParam, { role: "assistant" }>,
  index: number,
  m: MessagesContext,
  remembered: ReadonlyMap<string, string>,
): GeminiPart[] {
  const parts: GeminiPart[] = [];
  const text = textOf(message.content);
  if (text) parts.push({ text });
  const calls: GeminiPart[] = [];
  for (const [i, call] of (message.tool_calls ?? []).entries()) {
    const param = `messages[${index}].tool_calls[${i}].function.arguments`;
    const part: GeminiPart = {
      functionCall: {
        ...(m.settings.functionCallIds ? { id: call.id } : {}),
        name: call.function.name,
        args: parseArguments(call.function.arguments ?? "", param),
      },
    };
    const signature = signatureOf(call) ?? remembered.get(call.id);
    if (signature) part.thoughtSignature = signature;
    calls.push(part);
  }
  if (message.function_call) {
    const param = `messages[${index}].function_call.arguments`;
    calls.push({
      functionCall: {
        name: message.function_call.name,
        args: parseArguments(message.function_call.arguments ?? "", param),
      },
    });
  }
  // Gemini 3 validates the signature of the first function call of each model turn.
  if (
    calls.length > 0 &&
    !calls.some((c) => c.thoughtSignature) &&
    needsFallback(m.settings.thoughtSignatureFallback, m.model)
  ) {
    calls[0]!.thoughtSignature = SKIP_SIGNATURE;
  }
  return [...parts, ...calls];
}

/**
 * OpenAI's custom tool calls (free-form input, no JSON arguments) have no functionCall form:
 * refused with a 400 naming the call, before anything reads a call's function.
 */
function checkFunctionCalls(messages: readonly ChatCompletionMessageParam[]): void {
  for (const [index, message] of messages.entries()) {
    if (message.role !== "assistant") continue;
    for (const [i, call] of (message.tool_calls ?? []).entries()) {
      if (call.type !== "function" || !call.function) {
        throw invalid(
          `messages[${index}].tool_calls[${i}]: only function tool calls can be sent to Google.`,
          `messages[${index}].tool_calls[${i}].type`,
        );
      }
    }
  }
}

export async function translateMessages(
  messages: readonly ChatCompletionMessageParam[],
  m: MessagesContext,
): Promise<TranslatedMessages> {
  checkFunctionCalls(messages);
  // Function names by tool call id, for the tool results that follow.
  const names = new Map<string, string>();
  for (const message of messages) {
    if (message.role === "assistant")
      for (const call of message.tool_calls ?? []) names.set(call.id, call.function.name);
  }
  const remembered = await rememberedSignatures(messages, m.signatures);
  const system: GeminiPart[] = [];
  const contents: GeminiContent[] = [];
  const push = (role: "user" | "model", parts: GeminiPart[]) => {
    if (parts.length === 0) return;
    const last = contents.at(-1);
    if (last && last.role === role) last.parts!.push(...parts);
    else contents.push({ role, parts });
  };

  for (const [index, message] of messages.entries()) {
    switch (message.role) {
      case "system":
      case "developer": {
        const text = textOf(message.content);
        if (text) system.push({ text });
        break;
      }
      case "user":
        push("user", await userParts(message.content, index, m));
        break;
      case "assistant":
        push("model", assistantParts(message, index, m, remembered));
        break;
      case "tool": {
        const name = names.get(message.tool_call_id);
        if (!name) {
          throw invalid(
            `messages[${index}].tool_call_id "${message.tool_call_id}" matches no earlier assistant tool call; Google needs the function's name.`,
            `messages[${index}].tool_call_id`,
          );
        }
        push("user", [
          {
            functionResponse: {
              ...(m.settings.functionCallIds ? { id: message.tool_call_id } : {}),
              name,
              response: responseObject(textOf(message.content)),
            },
          },
        ]);
        break;
      }
      case "function":
        push("user", [
          { functionResponse: { name: message.name, response: responseObject(message.content ?? "") } },
        ]);
        break;
      default:
        throw invalid(
          `messages[${index}].role "${(message as { role: string }).role}" is not supported.`,
          `messages[${index}].role`,
        );
    }
  }
  return { contents, systemInstruction: system.length > 0 ? { parts: system } : undefined };
}
