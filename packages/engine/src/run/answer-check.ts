/**
 * The check every provider's complete (non-streamed) 2xx answer passes before the gateway trusts
 * it: the body must be JSON, and minimally the shape of its endpoint's answer. An upstream that
 * answers 200 with JSON cut short, an HTML page or `{"error":...}` has failed, and saying so here
 * (a 502 `upstream_error`) is what lets routers retry it or fall back, breakers count it and the
 * record log it as an error, whichever provider produced it.
 */
import {
  type Endpoint,
  GatewayError,
  type JsonObject,
  type JsonResult,
  type JsonValue,
} from "@aigw/plugin-api";
import { isObject } from "./merge-patch.js";

/** The list each endpoint's answer must carry, and what to call the answer in messages. */
const SHAPES: Record<Endpoint, { list?: string; text?: string; name: string }> = {
  "chat.completions": { list: "choices", name: "a chat completion" },
  completions: { list: "choices", name: "a text completion" },
  embeddings: { list: "data", name: "an embeddings list" },
  "images.generations": { list: "data", name: "an images answer" },
  "audio.transcriptions": { text: "text", name: "a transcription" },
  "audio.speech": { name: "a speech answer" },
  moderations: { list: "results", name: "a moderation answer" },
};

/**
 * Throws a 502 `upstream_error` naming the upstream when a 2xx JSON answer is broken. Reading
 * `body` parses an answer kept as upstream text once, and keeps the value: a later reader
 * (a response hook, an ingress encoder) gets it without parsing again, and the text is still
 * what is sent.
 */
export function checkAnswer(result: JsonResult, endpoint: Endpoint, upstream: () => string): void {
  if (result.status < 200 || result.status > 299) return;
  let body: JsonValue;
  try {
    body = result.body;
  } catch (cause) {
    throw new GatewayError(
      "upstream_error",
      `The answer from ${upstream()} is not valid JSON (cut off or garbled).`,
      { cause },
    );
  }
  // A native answer (an ingress's own format) must be a JSON object; its shape is the ingress's.
  if (result.native !== undefined && isObject(body)) return;
  const shape = SHAPES[endpoint];
  if (isObject(body)) {
    if (fits(body, shape)) return;
    // Some servers answer 200 with an error body: its message is the best explanation (its type
    // and code are not reported: they would describe a 4xx the upstream did not send).
    const error = body.error;
    if (isObject(error)) {
      const said = typeof error.message === "string" ? error.message : JSON.stringify(error).slice(0, 500);
      throw new GatewayError("upstream_error", `The answer from ${upstream()} is an error: ${said}`);
    }
  }
  const what = shape.list ? ` (no "${shape.list}" list)` : shape.text ? ` (no "${shape.text}" text)` : "";
  throw new GatewayError("upstream_error", `The answer from ${upstream()} is not ${shape.name}${what}.`);
}

type Shape = (typeof SHAPES)[Endpoint];

function fits(body: JsonObject, shape: Shape): boolean {
  if (shape.list !== undefined && !Array.isArray(body[shape.list])) return false;
  return shape.text === undefined || typeof body[shape.text] === "string";
}
