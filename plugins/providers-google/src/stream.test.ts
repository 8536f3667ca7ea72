/**
 * Streaming specifics: chunks leave as their event arrives, thought summaries stay hidden, usage
 * is recorded with or without include_usage, several candidates are several choices, a prompt
 * blocked mid-stream ends with content_filter (or an error), a stream that stops without a
 * finishReason is an error, and a client that leaves closes the upstream connection.
 */
import { gate, sse } from "@aigw/testkit";
import { assembleStream } from "@aigw/testkit/conformance";
import { afterEach, describe, expect, test } from "vitest";
import { chatBody, type Harness, harness } from "./testing/harness.js";

const piece = (text: string, extra: Record<string, unknown> = {}, index = 0) => ({
  candidates: [{ content: { role: "model", parts: [{ text }] }, index, ...extra }],
  modelVersion: "gemini-2.5-flash-001",
  responseId: "r-42",
});
const USAGE = { promptTokenCount: 4, candidatesTokenCount: 2, totalTokenCount: 6 };

describe("streaming", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  test("each event is forwarded before the next one arrives", async () => {
    const wait = gate();
    h = await harness(
      sse([piece("Hello"), wait, piece(" world", { finishReason: "STOP" })], { done: false }),
    );
    const response = await h.post("/v1/chat/completions", chatBody({ stream: true }));
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let seen = "";
    while (!seen.includes("Hello")) {
      const { value, done } = await reader.read();
      if (done) throw new Error("stream ended early");
      seen += decoder.decode(value, { stream: true });
    }
    expect(seen).not.toContain("world");
    wait.open();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      seen += decoder.decode(value, { stream: true });
    }
    expect(seen).toContain(" world");
    expect(seen.trimEnd().endsWith("data: [DONE]")).toBe(true);
  });

  test("chunk shape: one id and created, the model version, role first, no thought text", async () => {
    h = await harness(
      sse(
        [
          {
            candidates: [
              { content: { role: "model", parts: [{ text: "thinking...", thought: true }] }, index: 0 },
            ],
            modelVersion: "gemini-2.5-flash-001",
            responseId: "r-42",
          },
          piece("Answer"),
          piece("!", { finishReason: "STOP" }),
        ],
        { done: false },
      ),
    );
    const out = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(out.content).toBe("Answer!");
    expect(out.chunks[0]).toMatchObject({
      id: "chatcmpl-r-42",
      object: "chat.completion.chunk",
      model: "gemini-2.5-flash-001",
      choices: [{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }],
    });
    expect(new Set(out.chunks.map((c) => c.id)).size).toBe(1);
    expect(new Set(out.chunks.map((c) => c.created)).size).toBe(1);
    expect(out.events.join("")).not.toContain("thinking");
  });

  test("usage is recorded without include_usage, and sent as a last chunk with it", async () => {
    const script = sse([piece("Hi"), { ...piece("!", { finishReason: "STOP" }), usageMetadata: USAGE }], {
      done: false,
    });
    h = await harness(script);
    const finished = h.nextFinished();
    const plain = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(plain.usage).toBeUndefined();
    expect((await finished).annotations.usage).toEqual({
      prompt_tokens: 4,
      completion_tokens: 2,
      total_tokens: 6,
    });
    const withUsage = await assembleStream(
      await h.post(
        "/v1/chat/completions",
        chatBody({ stream: true, stream_options: { include_usage: true } }),
      ),
    );
    expect(withUsage.chunks.at(-1)).toMatchObject({ choices: [], usage: { total_tokens: 6 } });
  });

  test("n=2: each candidate is its own choice with its own finish", async () => {
    h = await harness(
      sse(
        [
          {
            candidates: [
              { content: { parts: [{ text: "A" }] }, index: 0 },
              { content: { parts: [{ text: "B" }] }, index: 1 },
            ],
          },
          {
            candidates: [
              { content: { parts: [{ text: "a" }] }, index: 0, finishReason: "STOP" },
              { content: { parts: [{ text: "b" }] }, index: 1, finishReason: "MAX_TOKENS" },
            ],
          },
        ],
        { done: false },
      ),
    );
    const response = await h.post("/v1/chat/completions", chatBody({ stream: true, n: 2 }));
    expect(h.upstream.requests[0]!.json<{ generationConfig: object }>().generationConfig).toEqual({
      candidateCount: 2,
    });
    const out = await assembleStream(response);
    const byChoice = new Map<number, { text: string; finish?: string }>();
    for (const chunk of out.chunks) {
      for (const choice of chunk.choices as {
        index: number;
        delta: { content?: string };
        finish_reason: string | null;
      }[]) {
        const slot = byChoice.get(choice.index) ?? { text: "" };
        slot.text += choice.delta.content ?? "";
        if (choice.finish_reason) slot.finish = choice.finish_reason;
        byChoice.set(choice.index, slot);
      }
    }
    expect(Object.fromEntries(byChoice)).toEqual({
      0: { text: "Aa", finish: "stop" },
      1: { text: "Bb", finish: "length" },
    });
  });

  test("a prompt blocked mid-stream ends with content_filter and the reason as refusal", async () => {
    const events = [piece("text1"), { promptFeedback: { blockReason: "PROHIBITED_CONTENT" } }];
    h = await harness(sse(events, { done: false }));
    const out = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(out.done).toBe(true);
    expect(out.finishReason).toBe("content_filter");
    expect(out.chunks.at(-1)).toMatchObject({
      choices: [
        {
          delta: { refusal: "Gemini API blocked the prompt (blockReason PROHIBITED_CONTENT)." },
          finish_reason: "content_filter",
        },
      ],
    });
    await h.close();
    h = await harness(sse(events, { done: false }), { config: { blockedPrompt: "error" } });
    const strict = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(strict.done).toBe(false);
    expect(strict.error).toMatchObject({ code: "content_filter", type: "invalid_request_error" });
  });

  test("a stream that ends without finishReason, even with usage, is cut", async () => {
    h = await harness(sse([piece("Hel"), { usageMetadata: USAGE }], { done: false }));
    const out = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(out.content).toBe("Hel");
    expect(out.done).toBe(false);
    expect(out.error?.message).toBe(
      "The stream from Gemini API was cut off before it finished (no finishReason).",
    );
  });

  test("a connection reset mid-stream is an error event", async () => {
    h = await harness(sse([piece("Hel")], { done: false, ending: "reset" }));
    const out = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(out.done).toBe(false);
    expect(out.error).toBeDefined();
  });

  test("a client that leaves closes the upstream connection", async () => {
    h = await harness(sse([piece("Hel")], { done: false, ending: "stall" }));
    const controller = new AbortController();
    const response = await h.post("/v1/chat/completions", chatBody({ stream: true }), {
      signal: controller.signal,
    });
    const reader = response.body!.getReader();
    await reader.read();
    controller.abort();
    await reader.cancel().catch(() => {});
    expect(await h.upstream.requests[0]!.ended).toBe("closed");
  });
});
