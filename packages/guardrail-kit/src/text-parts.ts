/**
 * The text parts of a request and of an answer: every string a content check should read, with
 * its role and its JSON pointer, for each endpoint (chat messages and their content parts, tool
 * call arguments, completion prompts, embedding and moderation inputs; answers' message content,
 * refusals and tool call arguments). Requests that came through the Anthropic ingress are
 * already chat requests here, so their messages are covered with their roles.
 */
import {
  type Endpoint,
  type GatewayRequest,
  isJsonObject as isObject,
  type JsonValue,
} from "@aigw/plugin-api";
import type { TextPart } from "./types.js";

type Json = JsonValue | undefined;

/** Text parts of a message's `content` (a string or an array of typed parts). */
function contentParts(content: Json, role: string, path: string, out: TextPart[]): void {
  if (typeof content === "string") {
    if (content.length > 0) out.push({ text: content, role, path });
    return;
  }
  if (!Array.isArray(content)) return;
  content.forEach((part, j) => {
    if (!isObject(part)) return;
    // text parts carry `text`; refusal parts carry `refusal`; images, audio and files carry none.
    for (const key of ["text", "refusal"] as const) {
      const text = part[key];
      if (typeof text === "string" && text.length > 0) out.push({ text, role, path: `${path}/${j}/${key}` });
    }
  });
}

function toolCallParts(calls: Json, role: string, path: string, out: TextPart[]): void {
  if (!Array.isArray(calls)) return;
  calls.forEach((call, j) => {
    const fn = isObject(call) ? call.function : undefined;
    const args = isObject(fn) ? fn.arguments : undefined;
    const tool = isObject(fn) && typeof fn.name === "string" ? fn.name : undefined;
    if (typeof args === "string" && args.length > 0)
      out.push({ text: args, role, path: `${path}/${j}/function/arguments`, tool });
  });
}

function stringsAt(value: Json, role: string, path: string, out: TextPart[]): void {
  if (typeof value === "string") {
    if (value.length > 0) out.push({ text: value, role, path });
  } else if (Array.isArray(value)) {
    // Token arrays (numbers) carry no text to check.
    value.forEach((item, i) => {
      if (typeof item === "string" && item.length > 0) out.push({ text: item, role, path: `${path}/${i}` });
    });
  }
}

/** A moderation input: a text, texts, or the text parts of one multimodal input. */
function moderationParts(input: Json, out: TextPart[]): void {
  if (!Array.isArray(input)) {
    stringsAt(input, "input", "/input", out);
    return;
  }
  input.forEach((item, i) => {
    if (typeof item === "string") {
      if (item.length > 0) out.push({ text: item, role: "input", path: `/input/${i}` });
    } else if (
      isObject(item) &&
      item.type === "text" &&
      typeof item.text === "string" &&
      item.text.length > 0
    )
      out.push({ text: item.text, role: "input", path: `/input/${i}/text` });
  });
}

/**
 * The texts of a request, in body order. With `roles`, only parts of those roles (message roles,
 * `prompt` for completions, `input` for embeddings and moderations).
 */
export function requestTexts(request: GatewayRequest, roles?: ReadonlySet<string>): TextPart[] {
  const out: TextPart[] = [];
  const body = request.body as unknown as { [key: string]: JsonValue };
  switch (request.endpoint) {
    case "chat.completions": {
      const messages = body.messages;
      if (!Array.isArray(messages)) break;
      messages.forEach((message, i) => {
        if (!isObject(message)) return;
        const role = typeof message.role === "string" ? message.role : "user";
        if (roles && !roles.has(role)) return;
        contentParts(message.content, role, `/messages/${i}/content`, out);
        toolCallParts(message.tool_calls, role, `/messages/${i}/tool_calls`, out);
      });
      break;
    }
    case "completions":
      if (!roles || roles.has("prompt")) stringsAt(body.prompt, "prompt", "/prompt", out);
      break;
    case "embeddings":
      if (!roles || roles.has("input")) stringsAt(body.input, "input", "/input", out);
      break;
    case "moderations":
      if (!roles || roles.has("input")) moderationParts(body.input, out);
      break;
    case "images.generations":
    case "audio.speech":
      if (!roles || roles.has("prompt") || roles.has("input")) {
        const key = request.endpoint === "audio.speech" ? "input" : "prompt";
        stringsAt(body[key], key, `/${key}`, out);
      }
      break;
    default:
      break;
  }
  return out;
}

/** The texts of a JSON answer: each choice's content, refusal and tool call arguments. */
export function answerTexts(endpoint: Endpoint, body: JsonValue): TextPart[] {
  const out: TextPart[] = [];
  if (!isObject(body)) return out;
  const choices = body.choices;
  if (endpoint === "chat.completions" && Array.isArray(choices)) {
    choices.forEach((choice, i) => {
      const message = isObject(choice) ? choice.message : undefined;
      if (!isObject(message)) return;
      contentParts(message.content, "assistant", `/choices/${i}/message/content`, out);
      if (typeof message.refusal === "string" && message.refusal.length > 0)
        out.push({ text: message.refusal, role: "assistant", path: `/choices/${i}/message/refusal` });
      toolCallParts(message.tool_calls, "assistant", `/choices/${i}/message/tool_calls`, out);
    });
  } else if (endpoint === "completions" && Array.isArray(choices)) {
    choices.forEach((choice, i) => {
      if (isObject(choice)) stringsAt(choice.text, "assistant", `/choices/${i}/text`, out);
    });
  } else if (endpoint === "audio.transcriptions") {
    stringsAt(body.text, "assistant", "/text", out);
  }
  return out;
}

/** Every text part of a request, read once per request whatever the number of guardrails. */
const read = new WeakMap<GatewayRequest, readonly TextPart[]>();

/**
 * `requestTexts` for guardrails: the parts are read once per request object and shared by every
 * guardrail that sees that same request (concurrent ones do, unless an ancestor patched it), then
 * narrowed to `roles`.
 */
export function requestTextsOnce(request: GatewayRequest, roles?: ReadonlySet<string>): readonly TextPart[] {
  let all = read.get(request);
  if (!all) {
    all = requestTexts(request);
    read.set(request, all);
  }
  return roles ? all.filter((part) => roles.has(part.role)) : all;
}
