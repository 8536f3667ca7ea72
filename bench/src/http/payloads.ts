/**
 * The bytes on the wire: what the load generator sends (an OpenAI chat request, plain or
 * streamed) and what the mock upstream answers (a ~500-byte chat.completion, or N SSE chunks and
 * `data: [DONE]`). Built once with the testkit's OpenAI builders, so the shapes are realistic.
 */
import { chatChunks, chatCompletion, splitText } from "@aigw/testkit";

export const CHAT_PATH = "/v1/chat/completions";

const REPLY_TEXT =
  "Hello! This is a fixed answer from the aigw benchmark's mock upstream. It is long enough to make the " +
  "whole chat.completion object about five hundred bytes, like a short real reply.";

/** The non-streamed answer (~500 bytes). */
export function completionBody(): Buffer {
  return Buffer.from(JSON.stringify(chatCompletion({ id: "chatcmpl-bench", content: REPLY_TEXT })));
}

/** The SSE frames of a streamed answer: `chunks` data events (the last one the finish chunk), then [DONE]. */
export function streamFrames(chunks: number): Buffer[] {
  const pieces = splitText(REPLY_TEXT, Math.max(1, chunks - 1));
  const events = chatChunks(chunks > 1 ? pieces : [], { id: "chatcmpl-bench" }).slice(0, chunks);
  return [
    ...events.map((event) => Buffer.from(`data: ${JSON.stringify(event)}\n\n`)),
    Buffer.from("data: [DONE]\n\n"),
  ];
}

/** The client's request body; compact JSON, as SDKs send it. */
export function requestBody(stream: boolean): string {
  return JSON.stringify({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You are a helpful assistant." },
      { role: "user", content: "Say hello in one short sentence." },
    ],
    ...(stream ? { stream: true } : {}),
  });
}

export const REQUEST_HEADERS = { "content-type": "application/json" } as const;

/** A support request of ~2 KB of ordinary English (no personal data): what guardrails read. */
export const SUPPORT_PROMPT = (
  "Hello, I bought a blender from your store last month and it stopped working after two weeks. " +
  "I tried resetting it as described in the manual, but nothing happened. I would like to know " +
  "whether I can get a replacement or a refund, and how long that would take. I also noticed that " +
  "the warranty card was missing from the box. Could you check your records for my order and tell " +
  "me what I should do next? My colleague said the delivery was late too. Thank you for your help. "
)
  .repeat(5)
  .slice(0, 2000);

export const SUPPORT_SYSTEM = "You are a helpful support assistant for a kitchen appliance store.";

/** The chat request with the 2 KB support prompt. */
export function longRequestBody(prompt = SUPPORT_PROMPT, stream = false): string {
  return JSON.stringify({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: SUPPORT_SYSTEM },
      { role: "user", content: prompt },
    ],
    ...(stream ? { stream: true } : {}),
  });
}
