/**
 * Mistral's error answers as gateway errors, status kept. Mistral's bodies are
 * `{"object":"error","message":...,"type":...,"param":...,"code":...}`, where `message` is a
 * string, or, for validation errors (422), an object (or a JSON string) with a `detail` list
 * (`[{"loc":["body","stream_options"],"msg":"Extra inputs are not permitted",...}]`); newer
 * answers put `detail` at the top. The message becomes one readable line
 * (`body.stream_options: Extra inputs are not permitted`).
 */
import type { GatewayError } from "@aigw/plugin-api";
import { errorFromUpstream } from "@aigw/wire-kit";
import { LABEL } from "./upstream.js";

type Json = Record<string, unknown>;

export function mistralError(
  status: number,
  text: string,
  headers: Readonly<Record<string, string>> = {},
): GatewayError {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return errorFromUpstream(status, text, LABEL, headers);
  }
  if (!isObject(body) || isObject(body.error)) return errorFromUpstream(status, text, LABEL, headers);
  const message =
    messageOf(body.message) ?? messageOf(body.detail) ?? `${LABEL} answered with HTTP ${status}.`;
  // An explicit `code: null` stays null (as OpenAI's do); no code at all means "use ours".
  const code =
    typeof body.code === "string" || typeof body.code === "number"
      ? String(body.code)
      : body.code === null
        ? null
        : undefined;
  const normalised = {
    error: {
      message,
      ...(typeof body.type === "string" ? { type: body.type } : {}),
      param: typeof body.param === "string" ? body.param : null,
      ...(code !== undefined ? { code } : {}),
    },
  };
  return errorFromUpstream(status, JSON.stringify(normalised), LABEL, headers);
}

function messageOf(value: unknown): string | undefined {
  if (typeof value === "string") {
    // Some proxies wrap the validation detail as a JSON string.
    if (value.startsWith("{") || value.startsWith("[")) {
      try {
        return messageOf(JSON.parse(value)) ?? value;
      } catch {
        return value;
      }
    }
    return value || undefined;
  }
  if (Array.isArray(value)) {
    const lines = value.filter(isObject).map((d) => {
      const loc = Array.isArray(d.loc) ? d.loc.join(".") : undefined;
      const msg = typeof d.msg === "string" ? d.msg : JSON.stringify(d);
      return loc ? `${loc}: ${msg}` : msg;
    });
    return lines.length > 0 ? lines.join("; ") : undefined;
  }
  if (isObject(value)) return messageOf(value.detail) ?? messageOf(value.message);
  return undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
