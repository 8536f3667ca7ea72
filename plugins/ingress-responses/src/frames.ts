/** Responses events as server-sent events: the event name is the event's `type`, as OpenAI sends them. */
import type { SseFrame } from "@aigw/plugin-api";
import type { ResponseEvent } from "./stream-encoder.js";

export function frameOf(event: ResponseEvent): SseFrame {
  return { event: event.type, data: JSON.stringify(event) };
}
