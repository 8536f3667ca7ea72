/**
 * A native answer from a provider that speaks the Responses API (OpenAI, Azure OpenAI): the
 * Response, or its events, as the upstream sent them. Only what the gateway changed is put back:
 * a chain expanded here (`previous_response_id` was not sent upstream) is named again in the
 * response. Completed responses are stored like translated ones. A stream cut short ends with
 * `response.failed`, numbered after the last event the client saw.
 */
import type {
  EncodedAnswer,
  JsonObject,
  JsonResult,
  JsonValue,
  SseFrame,
  StreamResult,
} from "@aigw/plugin-api";
import { keepResponse } from "./keep.js";
import type { Answering } from "./translated.js";
import type { ResponseObject } from "./wire.js";

const TERMINAL = new Set(["response.completed", "response.incomplete", "response.failed"]);
const CARRIES_RESPONSE = new Set([
  "response.created",
  "response.in_progress",
  "response.queued",
  ...TERMINAL,
]);

function restoreChain(response: ResponseObject, answering: Answering): void {
  const previous = answering.pending.request.previous_response_id;
  if (previous !== undefined) response.previous_response_id = previous;
}

export async function nativeJson(result: JsonResult, answering: Answering): Promise<EncodedAnswer> {
  const response = result.body as unknown as ResponseObject;
  restoreChain(response, answering);
  await keepResponse(answering.store, answering.pending, response, answering.ctx.logger);
  return { type: "json", status: result.status, body: response as unknown as JsonValue };
}

async function* nativeFrames(result: StreamResult, answering: Answering): AsyncGenerator<SseFrame> {
  let sequence = -1;
  let latest: ResponseObject | undefined;
  try {
    for await (const chunk of result.chunks) {
      const event = chunk.data as JsonObject & {
        type?: string;
        sequence_number?: number;
        response?: ResponseObject;
      };
      if (typeof event.sequence_number === "number") sequence = event.sequence_number;
      const type = typeof event.type === "string" ? event.type : "message";
      if (!CARRIES_RESPONSE.has(type) || !event.response) {
        yield { event: type, data: chunk.text ?? JSON.stringify(event) };
        continue;
      }
      latest = event.response;
      const changed = answering.pending.request.previous_response_id !== undefined;
      restoreChain(latest, answering);
      if (TERMINAL.has(type))
        await keepResponse(answering.store, answering.pending, latest, answering.ctx.logger);
      yield { event: type, data: changed || !chunk.text ? JSON.stringify(event) : chunk.text };
    }
  } catch (thrown) {
    const message =
      thrown instanceof Error && "status" in thrown
        ? thrown.message
        : "The upstream stream failed before it finished.";
    const response = {
      ...(latest ?? { id: answering.pending.responseId, object: "response", output: [] }),
      status: "failed",
      error: { code: "server_error", message },
    };
    yield {
      event: "response.failed",
      data: JSON.stringify({ type: "response.failed", sequence_number: sequence + 1, response }),
    };
  }
}

export function nativeStream(result: StreamResult, answering: Answering): EncodedAnswer {
  return { type: "stream", status: result.status, frames: nativeFrames(result, answering) };
}
