/**
 * Recorded Google answers (src/__fixtures__, verbatim; origins in __fixtures__/SOURCES.md)
 * replayed through the real engine: each stream is served event by event, then split at
 * arbitrary byte boundaries (fast-check), and must assemble to the same OpenAI answer every time.
 */
import { readFileSync } from "node:fs";
import { bytes, forAnySplit, json, sseEventParts, text } from "@aigw/testkit";
import { type AssembledStream, assembleStream } from "@aigw/testkit/conformance";
import { afterEach, describe, expect, test } from "vitest";
import type { GoogleProviderConfig } from "./config.gen.js";
import { chatBody, type Harness, harness, TEST_KEY } from "./testing/harness.js";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url)));

/** What must be identical however the bytes arrive (generated tool call ids differ per request). */
function summary(out: AssembledStream) {
  return {
    done: out.done,
    role: out.role,
    content: out.content,
    finishReason: out.finishReason,
    toolCalls: out.toolCalls.map((c) => ({ name: c.name, arguments: c.arguments, hasId: !!c.id })),
    usage: out.usage,
    error: out.error === undefined ? undefined : "error",
    finishChunks: out.chunks.filter((c) =>
      (c.choices as { finish_reason?: unknown }[] | undefined)?.some((x) => x.finish_reason),
    ).length,
  };
}

const VERTEX: GoogleProviderConfig = {
  api: "vertex",
  project: "p",
  location: "us-central1",
  accessTokenEnv: "TOKEN",
};
const VERTEX_ENV = { TOKEN: "ya29.static" };

interface StreamCase {
  file: string;
  config?: GoogleProviderConfig;
  env?: Record<string, string>;
  expected: ReturnType<typeof summary>;
  /** Extra checks on the event-by-event replay. */
  check?: (out: AssembledStream) => void;
}

const STREAMS: StreamCase[] = [
  {
    // Old model: finishReason STOP repeated on every event, CRLF after the first one.
    file: "cookbook-streaming-rest.sse",
    expected: {
      done: true,
      role: "assistant",
      content: expect.stringMatching(
        /^In the quaint, sunlit cottage .*"冒险伙伴" \(Adventure Buddies\).* other and for adventure stronger than ever\.$/s,
      ) as unknown as string,
      finishReason: "stop",
      toolCalls: [],
      usage: undefined,
      error: undefined,
      finishChunks: 1,
    },
  },
  {
    file: "firebase-googleai-streaming-success-basic-reply-short.txt",
    expected: {
      done: true,
      role: "assistant",
      content: "The capital of Wyoming is **Cheyenne**.\n",
      finishReason: "stop",
      toolCalls: [],
      usage: { prompt_tokens: 7, completion_tokens: 10, total_tokens: 17 },
      error: undefined,
      finishChunks: 1,
    },
  },
  {
    // Thought summaries (hidden), then a function call with a thought signature and no id.
    file: "firebase-googleai-streaming-success-thinking-function-call-thought-summary-signature.txt",
    expected: {
      done: true,
      role: "assistant",
      content: "",
      finishReason: "tool_calls",
      toolCalls: [{ name: "now", arguments: "{}", hasId: true }],
      usage: {
        prompt_tokens: 38,
        completion_tokens: 174,
        total_tokens: 212,
        completion_tokens_details: { reasoning_tokens: 168 },
      },
      error: undefined,
      finishChunks: 1,
    },
    check(out) {
      const delta = out.chunks
        .flatMap((c) => (c.choices as { delta: { tool_calls?: Record<string, unknown>[] } }[]) ?? [])
        .flatMap((c) => c.delta.tool_calls ?? [])[0]!;
      expect(delta).toMatchObject({
        index: 0,
        type: "function",
        extra_content: { google: { thought_signature: expect.stringMatching(/^CiIBVKhc7vB\+/) } },
      });
    },
  },
  {
    file: "firebase-vertexai-streaming-success-basic-reply-short.txt",
    config: VERTEX,
    env: VERTEX_ENV,
    expected: {
      done: true,
      role: "assistant",
      content: "Cheyenne",
      finishReason: "stop",
      toolCalls: [],
      usage: { prompt_tokens: 6, completion_tokens: 4, total_tokens: 10 },
      error: undefined,
      finishChunks: 1,
    },
  },
  {
    file: "firebase-googleai-streaming-failure-recitation-no-content.txt",
    expected: {
      done: true,
      role: "assistant",
      content: "text1text2text3text4text5text6text7text8",
      finishReason: "content_filter",
      toolCalls: [],
      usage: { prompt_tokens: 9, completion_tokens: 261, total_tokens: 270 },
      error: undefined,
      finishChunks: 1,
    },
  },
  {
    file: "firebase-streaming-failure-finish-reason-safety.txt",
    config: VERTEX,
    env: VERTEX_ENV,
    expected: {
      done: true,
      role: "assistant",
      content: "<redacted>",
      finishReason: "content_filter",
      toolCalls: [],
      usage: { prompt_tokens: 10, completion_tokens: 66, total_tokens: 76 },
      error: undefined,
      finishChunks: 1,
    },
  },
  {
    // The recording's only event lacks its terminating blank line: per the SSE spec an
    // unterminated event is discarded at end of stream, so this is a cut stream, not a block.
    file: "firebase-streaming-failure-prompt-blocked-safety-with-message.txt",
    expected: {
      done: false,
      role: undefined,
      content: "",
      finishReason: undefined,
      toolCalls: [],
      usage: undefined,
      error: "error",
      finishChunks: 0,
    },
  },
];

describe("recorded Google streams", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  for (const c of STREAMS) {
    test(`${c.file}: event by event and split at any byte`, async () => {
      const body = fixture(c.file);
      h = await harness(bytes(200, "text/event-stream", sseEventParts(body), { delayMs: 2 }), {
        config: c.config,
        env: c.env,
      });
      const gw = h;
      const request = chatBody({ stream: true, stream_options: { include_usage: true } });
      const first = await assembleStream(await gw.post("/v1/chat/completions", request));
      expect(summary(first)).toEqual(c.expected);
      c.check?.(first);
      const reference = summary(first);
      await forAnySplit(body, { maxCuts: 12, numRuns: 25 }, async (parts) => {
        gw.upstream.setScript(bytes(200, "text/event-stream", parts));
        const out = await assembleStream(await gw.post("/v1/chat/completions", request));
        expect(summary(out)).toEqual(reference);
      });
    }, 60_000);
  }

  test("the recorded stream with a function call: the signature is kept for the next turn", async () => {
    h = await harness(
      bytes(200, "text/event-stream", [
        fixture("firebase-googleai-streaming-success-thinking-function-call-thought-summary-signature.txt"),
      ]),
      { config: { model: "gemini-3-flash" } },
    );
    const out = await assembleStream(
      await h.post("/v1/chat/completions", chatBody({ stream: true, model: "gemini-3-flash" })),
    );
    const call = out.toolCalls[0]!;
    // The client drops extra_content (as many SDKs do): the node's store still has the signature.
    h.upstream.setScript(
      json(200, { candidates: [{ content: { parts: [{ text: "It is 2 days." }] }, finishReason: "STOP" }] }),
    );
    const response = await h.post("/v1/chat/completions", {
      model: "gemini-3-flash",
      messages: [
        { role: "user", content: "How many days until New Year's Eve?" },
        {
          role: "assistant",
          content: null,
          tool_calls: [{ id: call.id, type: "function", function: { name: "now", arguments: "{}" } }],
        },
        { role: "tool", tool_call_id: call.id, content: "2025-12-29" },
      ],
    });
    expect(response.status).toBe(200);
    const sent = h.upstream.requests[1]!.json<{ contents: { parts: Record<string, unknown>[] }[] }>();
    expect(sent.contents[1]!.parts[0]).toMatchObject({
      functionCall: { id: call.id, name: "now", args: {} },
      thoughtSignature: expect.stringMatching(/^CiIBVKhc7vB\+vaaq6rA.*EahGHHuAtMjf5kxA7Qyqd8kXMlLleEs0$/),
    });
    expect(sent.contents[2]!.parts[0]).toEqual({
      functionResponse: { id: call.id, name: "now", response: { content: "2025-12-29" } },
    });
  });
});

describe("recorded Google unary answers", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  const answer = (file: string, status = 200) =>
    text(status, new TextDecoder().decode(fixture(file)), "application/json; charset=UTF-8");

  test("parallel function calls without ids get distinct, stable ids", async () => {
    h = await harness(answer("firebase-vertexai-unary-success-function-call-different-parallel-calls.json"), {
      config: VERTEX,
      env: VERTEX_ENV,
    });
    const body = await (await h.post("/v1/chat/completions", chatBody())).json();
    expect(body.choices[0].finish_reason).toBe("tool_calls");
    expect(body.choices[0].message.content).toBeNull();
    const calls = body.choices[0].message.tool_calls as {
      id: string;
      function: { name: string; arguments: string };
    }[];
    expect(calls.map((c) => [c.function.name, JSON.parse(c.function.arguments)])).toEqual([
      ["sum", { y: 1, x: 2 }],
      ["multiply", { y: 3, x: 4 }],
      ["subtract", { y: 5, x: 6 }],
    ]);
    expect(new Set(calls.map((c) => c.id)).size).toBe(3);
    expect(body.usage).toBeUndefined();
  });

  test("implicit caching and thoughts: cached and reasoning tokens", async () => {
    h = await harness(answer("firebase-vertexai-unary-success-implicit-caching.json"));
    const finished = h.nextFinished();
    const body = await (await h.post("/v1/chat/completions", chatBody())).json();
    expect(body.choices[0].message.content).toBe(
      "Red Riding Hood is looking for **directions** in the forest.",
    );
    expect(body.model).toBe("gemini-2.5-flash");
    const usage = {
      prompt_tokens: 12013,
      completion_tokens: 88,
      total_tokens: 12101,
      prompt_tokens_details: { cached_tokens: 11243 },
      completion_tokens_details: { reasoning_tokens: 73 },
    };
    expect(body.usage).toEqual(usage);
    expect((await finished).annotations.usage).toEqual(usage);
  });

  test("a prompt blocked with no candidates is a content_filter answer", async () => {
    h = await harness(answer("firebase-googleai-unary-failure-only-prompt-feedback.json"));
    const body = await (await h.post("/v1/chat/completions", chatBody())).json();
    expect(body.choices).toEqual([
      {
        index: 0,
        message: {
          role: "assistant",
          content: null,
          refusal: "Gemini API blocked the prompt (blockReason unspecified): Message",
        },
        finish_reason: "content_filter",
        logprobs: null,
      },
    ]);
  });

  test("an invalid API key: Google's 400 in OpenAI's shape, nothing of the key echoed", async () => {
    h = await harness(answer("firebase-googleai-unary-failure-api-key.txt", 400));
    const response = await h.post("/v1/chat/completions", chatBody());
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toEqual({
      message: "API key not valid. Please pass a valid API key.",
      type: "invalid_request_error",
      code: "INVALID_ARGUMENT",
      param: null,
    });
    expect(JSON.stringify(body)).not.toContain(TEST_KEY);
  });
});
