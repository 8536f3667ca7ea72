/**
 * The `decode` hook: a Messages API request read (within the size limit), validated, and turned
 * into the pipeline's OpenAI chat request, with the native body kept for providers that speak
 * Anthropic's format. `count_tokens` is answered here, without the pipeline. Bad input throws
 * `invalid_request` / `invalid_json` / `payload_too_large`, which the engine hands to `encode`.
 */
import type { DecodedRequest, DirectAnswer, IngressContext, JsonValue } from "@aigw/plugin-api";
import { countTokens } from "./count-tokens.js";
import { decodeRequest } from "./decode-request.js";
import { parseRequest } from "./parse-request.js";
import { readJson } from "./read-body.js";

export interface DecodeOptions {
  readonly maxBodyBytes: number;
  readonly modelMap: Readonly<Record<string, string>> | undefined;
}

export async function decodeMessages(
  request: Request,
  ctx: IngressContext,
  options: DecodeOptions,
): Promise<DecodedRequest<"chat.completions"> | DirectAnswer> {
  const raw = await readJson(request, options.maxBodyBytes);
  if (ctx.route.name === "count_tokens") {
    const { input_tokens } = await countTokens(parseRequest(raw, "count_tokens"));
    return { kind: "answer", status: 200, body: { input_tokens } };
  }
  return {
    kind: "pipeline",
    endpoint: "chat.completions",
    body: decodeRequest(parseRequest(raw, "messages"), options.modelMap),
    native: { format: "anthropic", body: raw as JsonValue },
  };
}
