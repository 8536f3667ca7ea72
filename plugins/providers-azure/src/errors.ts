/**
 * Azure OpenAI's error answers as gateway errors: status and message kept, a prompt blocked by
 * the content filter (400 `content_filter`) becomes `content_denied` with Azure's code shown to
 * the client, and a throttle's `retry-after` is kept (derived from `retry-after-ms` when that is
 * all Azure sent).
 */
import { GatewayError } from "@aigw/plugin-api";
import { errorFromUpstream } from "@aigw/wire-kit";
import { LABEL } from "./upstream.js";

export function azureError(
  status: number,
  text: string,
  headers: Readonly<Record<string, string>>,
): GatewayError {
  const withRetry = { ...headers };
  const ms = Number(headers["retry-after-ms"]);
  if (!withRetry["retry-after"] && Number.isFinite(ms) && ms > 0)
    withRetry["retry-after"] = String(Math.ceil(ms / 1000));
  const error = errorFromUpstream(status, text, LABEL, withRetry);
  if (error.publicCode !== "content_filter") return error;
  return new GatewayError("content_denied", error.message, {
    status: error.status,
    type: error.type,
    publicCode: error.publicCode,
    param: error.param,
    headers: error.headers,
  });
}
