/**
 * The `call` hook: translates the client's OpenAI request into Google's, sends it (with the
 * node's auth), and translates the answer back: a chat.completion, a stream of chunks, or an
 * embeddings list. Google's errors keep their status. With a service account, a 401 drops the
 * cached token and the request is tried once more with a fresh one.
 */
import {
  type CallContext,
  type CallResult,
  type ChatCompletionRequest,
  GatewayError,
  jsonValueResult,
} from "@aigw/plugin-api";
import { adaptRequest, readUpstreamText, sendUpstream, type UpstreamExchange } from "@aigw/wire-kit";
import { callEmbeddings } from "./embeddings.js";
import { authHeaders, endpointUrl, type Method } from "./endpoints.js";
import { googleError } from "./errors.js";
import { chatRequest } from "./request/chat-request.js";
import { chatAnswer } from "./response/chat-answer.js";
import { chatStream } from "./response/chat-stream.js";
import { ToolCallIds } from "./response/parts.js";
import { PROVIDER, type Settings } from "./settings.js";
import type { SignatureStore } from "./signatures.js";
import type { GenerateContentResponse } from "./wire.js";

function secretsOf(settings: Settings): string[] {
  const auth = settings.auth;
  if (auth.kind === "api-key") return [auth.key];
  if (auth.kind === "vault-key") return [auth.credentials.get(auth.credential.name) ?? ""];
  return [];
}

/** POSTs JSON with auth; non-2xx answers are thrown as Google errors. Retries once on a 401 with a fresh token. */
async function post(
  ctx: CallContext,
  settings: Settings,
  url: string,
  body: string,
): Promise<UpstreamExchange> {
  for (let attempt = 0; ; attempt++) {
    const auth = await authHeaders(settings, ctx.cancellation);
    const exchange = await sendUpstream(
      ctx.services.http,
      {
        url,
        method: "POST",
        headers: { ...settings.headers, ...auth.headers, "content-type": "application/json" },
        body,
      },
      { signal: ctx.cancellation, timeoutMs: settings.timeoutMs, label: settings.label },
    );
    const res = exchange.response;
    if (res.status >= 200 && res.status <= 299) return exchange;
    const text = await readUpstreamText(res, ctx.cancellation, settings.label).catch(() => "");
    if (res.status === 401 && auth.token && settings.auth.kind === "service-account") {
      settings.auth.tokens.invalidate(auth.token);
      if (attempt === 0) continue;
    }
    throw googleError(res.status, text, settings.label, res.headers, secretsOf(settings));
  }
}

async function postJson(ctx: CallContext, settings: Settings, url: string, body: unknown): Promise<unknown> {
  const exchange = await post(ctx, settings, url, JSON.stringify(body));
  const text = await readUpstreamText(exchange.response, ctx.cancellation, settings.label);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new GatewayError("upstream_error", `${settings.label} answered with a body that is not JSON.`, {
      cause: error,
    });
  }
  // Every answer is an object: `null` or a number would fail later as a plugin crash, not the upstream's fault.
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new GatewayError(
      "upstream_error",
      `${settings.label} answered with a body that is not a JSON object.`,
    );
  return value;
}

export async function callGoogle(
  ctx: CallContext,
  settings: Settings,
  signatures: SignatureStore,
): Promise<CallResult> {
  const model = settings.model ?? ctx.request.model;
  if (!model) ctx.error("invalid_request", "The request names no model.", { param: "model" });
  const request = adaptRequest(ctx, ctx.request, { provider: PROVIDER, model, mode: settings.adapt });
  ctx.annotations.servedBy = { provider: PROVIDER, model, node: ctx.node };

  if (request.endpoint === "embeddings") {
    return callEmbeddings(ctx, settings, model, (url, body) => postJson(ctx, settings, url, body));
  }
  if (request.endpoint !== "chat.completions") {
    ctx.error("invalid_request", `${settings.label} does not support ${request.endpoint}.`);
  }

  const body = request.body as ChatCompletionRequest;
  const google = await chatRequest(body, { settings, ctx, signatures, model });
  const stream = request.stream;
  const method: Method = stream ? "streamGenerateContent" : "generateContent";
  const url = await endpointUrl(settings, model, method);
  const ids = new ToolCallIds(`call_${ctx.requestId}`);
  const created = Math.floor(ctx.services.clock.now() / 1000);

  if (stream) {
    const exchange = await post(ctx, settings, url, JSON.stringify(google));
    return {
      type: "stream",
      status: 200,
      chunks: chatStream(exchange, {
        signal: ctx.cancellation,
        label: settings.label,
        model,
        fallbackId: ctx.requestId,
        created,
        includeUsage: body.stream_options?.include_usage === true,
        ids,
        blockedPrompt: settings.blockedPrompt,
        secrets: secretsOf(settings),
        onUsage: (usage) => {
          ctx.annotations.usage = usage;
        },
        onToolCall: (call) => {
          if (call.signature) void signatures.remember(call.id, call.signature);
        },
      }),
    };
  }

  const res = (await postJson(ctx, settings, url, google)) as GenerateContentResponse;
  if (res && typeof res === "object" && res.error !== undefined) {
    throw googleError(undefined, JSON.stringify(res), settings.label, {}, secretsOf(settings));
  }
  const answer = chatAnswer(res, {
    id: `chatcmpl-${res.responseId ?? ctx.requestId}`,
    created,
    model,
    ids,
    blockedPrompt: settings.blockedPrompt,
    label: settings.label,
  });
  if (answer.usage) ctx.annotations.usage = answer.usage;
  await Promise.all(
    answer.calls.filter((c) => c.signature).map((c) => signatures.remember(c.id, c.signature!)),
  );
  return jsonValueResult(answer.body);
}
