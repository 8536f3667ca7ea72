/**
 * The `decode` hook. The stored-response routes are answered here (no pipeline). A new response
 * is read, validated, its `previous_response_id` chain loaded from the store (the caller's own
 * responses only: another caller's id is as unknown as a wrong one, 404), and turned into the
 * pipeline's chat request. The native body goes with it for providers that speak the Responses
 * API, with the chain expanded into its `input` rather than `previous_response_id` passed on: a
 * chain may have been answered by any provider, which OpenAI never saw.
 */
import {
  type DecodedRequest,
  type DirectAnswer,
  GatewayError,
  type IngressContext,
  type JsonValue,
} from "@aigw/plugin-api";
import { callerOf } from "./caller.js";
import { newId } from "./ids.js";
import { parseRequest } from "./parse-request.js";
import type { PendingResponses } from "./pending.js";
import { readJson } from "./read-body.js";
import { answerResource } from "./resources.js";
import { conversationOf, type ResponseStore } from "./store.js";
import { toChat } from "./to-chat.js";
import type { InputItem } from "./wire.js";

export interface DecodeOptions {
  readonly maxBodyBytes: number;
  readonly store: ResponseStore;
  readonly pending: PendingResponses;
}

/** Every item gets an id, as OpenAI gives them (the input_items list names items by id). */
function withIds(items: readonly InputItem[]): InputItem[] {
  return items.map((item) => {
    if (item.id !== undefined) return item;
    const prefix =
      item.type === "message"
        ? "msg"
        : item.type === "function_call"
          ? "fc"
          : item.type === "reasoning"
            ? "rs"
            : "fco";
    return { ...item, id: newId(prefix) };
  });
}

/**
 * The native body: as the client sent it, or, after a chain, with the chain's items before its
 * input. Reasoning items and the gateway's own ids are left out of the chain: they name state
 * that only exists where that turn was answered.
 */
function nativeBody(
  raw: Record<string, unknown>,
  history: readonly InputItem[],
  input: readonly InputItem[],
): JsonValue {
  if (history.length === 0) return raw as JsonValue;
  const { previous_response_id: _previous, ...rest } = raw;
  const earlier = history.filter((item) => item.type !== "reasoning").map(({ id: _id, ...item }) => item);
  return { ...rest, input: [...earlier, ...input] } as unknown as JsonValue;
}

export async function decodeResponses(
  request: Request,
  ctx: IngressContext,
  options: DecodeOptions,
): Promise<DecodedRequest<"chat.completions"> | DirectAnswer> {
  const caller = await callerOf(request.headers);
  if (ctx.route.name !== "create") return answerResource(request, ctx.route.name, caller, options.store);
  const raw = await readJson(request, options.maxBodyBytes);
  const parsed = parseRequest(raw);
  let history: InputItem[] = [];
  const previous = parsed.previous_response_id;
  if (previous !== undefined) {
    const record = await options.store.load(caller, previous);
    if (!record)
      throw new GatewayError("not_found", `Previous response with id '${previous}' not found.`, {
        param: "previous_response_id",
        type: "invalid_request_error",
        publicCode: "previous_response_not_found",
      });
    history = conversationOf(record);
  }
  const decoded: DecodedRequest<"chat.completions"> = {
    kind: "pipeline",
    endpoint: "chat.completions",
    body: toChat(parsed, history),
    native: {
      format: "openai-responses",
      body: nativeBody(raw as Record<string, unknown>, history, parsed.input),
    },
  };
  options.pending.set(decoded, {
    caller,
    request: parsed,
    history,
    input: withIds(parsed.input),
    responseId: newId("resp"),
    createdAt: Math.floor(ctx.services.clock.now() / 1000),
  });
  return decoded;
}
