/**
 * The shared provider conformance suite: every provider plugin runs the same cases against a
 * fake upstream speaking its own wire format, through the real engine. Requests are checked
 * field by field in the provider's shape (via the provider's `read`), answers and streams in
 * OpenAI's shape; streams are also replayed split at arbitrary byte boundaries, and generated
 * conversations must survive the translation both ways.
 */
import fc from "fast-check";
import { afterEach, describe, expect, test } from "vitest";
import { splitAt } from "../fixture-replay.js";
import { bytes, type Reply } from "../replies.js";
import { type SuiteGateway, suiteGateway } from "./gateway.js";
import { runHostileCase } from "./hostile-case.js";
import { assembleStream } from "./read-stream.js";
import type {
  CanonicalToolCall,
  ConformanceCase,
  ProviderConformance,
  RawStream,
  SeenMessage,
} from "./types.js";

const TOOLS = [
  {
    type: "function",
    function: {
      name: "get_weather",
      description: "Current weather for a city.",
      parameters: { type: "object", properties: { location: { type: "string" } }, required: ["location"] },
    },
  },
  {
    type: "function",
    function: {
      name: "get_time",
      description: "Local time in a zone.",
      parameters: { type: "object", properties: { zone: { type: "string" } }, required: ["zone"] },
    },
  },
];

const CALLS: CanonicalToolCall[] = [
  { id: "call_weather_1", name: "get_weather", arguments: { location: "Paris" } },
  { id: "call_time_2", name: "get_time", arguments: { zone: "CET" } },
];

const PNG_DATA_URL =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

function serve(stream: RawStream, parts?: Uint8Array[], cut = false) {
  return bytes(200, stream.contentType, parts ?? [stream.body], { cut });
}

/** The same 200 answer with its body cut in half (JSON that stops short). */
function truncated(reply: Reply): Reply {
  if (reply.kind !== "body") throw new Error(`cannot cut a ${reply.kind} reply short`);
  const whole = concat(reply.parts);
  const { "content-type": contentType = "application/json", ...headers } = reply.headers;
  return bytes(reply.status, contentType, [whole.slice(0, Math.floor(whole.byteLength / 2))], { headers });
}

/** `stream` with an event whose payload is not JSON before its first event (SSE framing only). */
function malformedFirst(stream: RawStream): RawStream {
  if (!stream.contentType.includes("text/event-stream"))
    throw new Error(`wire.streamMalformed is required for ${stream.contentType} streams`);
  const bad = new TextEncoder().encode('data: {"choices":[{"de\n\n');
  return { contentType: stream.contentType, body: concat([bad, stream.body]) };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

export function describeProviderConformance(suite: ProviderConformance): void {
  const model = suite.model ?? "test-model";
  const skip = suite.skip ?? {};
  const caseTest = (name: ConformanceCase, title: string, body: () => Promise<void>, timeout?: number) => {
    const reason = skip[name];
    if (reason) test.skip(`${title} (not applicable: ${reason})`, body);
    else test(title, body, timeout);
  };
  const chat = (extra: Record<string, unknown> = {}) => ({
    model,
    messages: [{ role: "user", content: "Hello" }],
    ...extra,
  });

  describe(`provider conformance: ${suite.name}`, () => {
    let h: SuiteGateway | undefined;
    afterEach(async () => {
      await h?.close();
      h = undefined;
    });

    caseTest(
      "text",
      "translates a multi-turn chat with system prompt and sampling parameters, and its answer",
      async () => {
        h = await suiteGateway(
          suite,
          suite.wire.text("Why did the chicken cross the road?", { input: 12, output: 7 }, "stop"),
        );
        const response = await h.post("/v1/chat/completions", {
          model,
          messages: [
            { role: "system", content: "You are terse." },
            { role: "user", content: "Hello" },
            { role: "assistant", content: "Hi!" },
            { role: "user", content: "Tell me a joke" },
          ],
          temperature: 0.3,
          top_p: 0.9,
          max_tokens: 64,
          stop: ["END"],
        });
        expect(response.status).toBe(200);
        const body = await response.json();
        expect(body).toMatchObject({
          object: "chat.completion",
          choices: [
            {
              index: 0,
              message: { role: "assistant", content: "Why did the chicken cross the road?" },
              finish_reason: "stop",
            },
          ],
          usage: { prompt_tokens: 12, completion_tokens: 7, total_tokens: 19 },
        });
        expect(typeof body.id).toBe("string");
        expect(typeof body.created).toBe("number");
        const seen = suite.read(h.upstream.requests[0]!);
        if (seen.model !== undefined) expect(seen.model).toBe(model);
        expect(seen.system).toBe("You are terse.");
        expect(seen.messages).toEqual([
          { role: "user", text: "Hello" },
          { role: "assistant", text: "Hi!" },
          { role: "user", text: "Tell me a joke" },
        ]);
        expect(seen).toMatchObject({
          temperature: 0.3,
          topP: 0.9,
          maxTokens: 64,
          stop: ["END"],
          stream: false,
        });
      },
    );

    caseTest("length", "maps a length stop to finish_reason length", async () => {
      h = await suiteGateway(suite, suite.wire.text("Once upon a", { input: 3, output: 3 }, "length"));
      const body = await (await h.post("/v1/chat/completions", chat({ max_tokens: 3 }))).json();
      expect(body.choices[0].finish_reason).toBe("length");
    });

    caseTest("tools", "sends tools and tool choice, and returns parallel tool calls", async () => {
      h = await suiteGateway(suite, suite.wire.toolCalls(CALLS, { input: 40, output: 20 }));
      const response = await h.post("/v1/chat/completions", chat({ tools: TOOLS, tool_choice: "auto" }));
      expect(response.status).toBe(200);
      const body = await response.json();
      const choice = body.choices[0];
      expect(choice.finish_reason).toBe("tool_calls");
      expect(choice.message.role).toBe("assistant");
      expect(choice.message.tool_calls).toHaveLength(2);
      choice.message.tool_calls.forEach(
        (call: { id: string; type: string; function: { name: string; arguments: string } }, i: number) => {
          expect(call).toMatchObject({
            id: CALLS[i]!.id,
            type: "function",
            function: { name: CALLS[i]!.name },
          });
          expect(JSON.parse(call.function.arguments)).toEqual(CALLS[i]!.arguments);
        },
      );
      const seen = suite.read(h.upstream.requests[0]!);
      expect(seen.tools.map((t) => t.name)).toEqual(["get_weather", "get_time"]);
      expect(seen.tools[0]!.parameters).toEqual(TOOLS[0]!.function.parameters);
      expect(seen.toolChoice ?? "auto").toBe("auto");
    });

    caseTest("tool-results", "sends earlier tool calls and their results back", async () => {
      h = await suiteGateway(suite, suite.wire.text("It is 18C in Paris.", { input: 50, output: 8 }, "stop"));
      const response = await h.post("/v1/chat/completions", {
        model,
        tools: TOOLS,
        messages: [
          { role: "user", content: "Weather in Paris?" },
          {
            role: "assistant",
            content: null,
            tool_calls: [
              {
                id: CALLS[0]!.id,
                type: "function",
                function: { name: "get_weather", arguments: JSON.stringify(CALLS[0]!.arguments) },
              },
            ],
          },
          { role: "tool", tool_call_id: CALLS[0]!.id, content: "18C" },
        ],
      });
      expect(response.status).toBe(200);
      const seen = suite.read(h.upstream.requests[0]!);
      expect(seen.messages).toEqual([
        { role: "user", text: "Weather in Paris?" },
        { role: "assistant", toolCalls: [CALLS[0]!] },
        { role: "tool", toolCallId: CALLS[0]!.id, text: "18C" },
      ] satisfies SeenMessage[]);
    });

    caseTest("images-base64", "sends a base64 image", async () => {
      h = await suiteGateway(suite, suite.wire.text("A pixel.", { input: 5, output: 2 }, "stop"));
      await h.post(
        "/v1/chat/completions",
        chat({
          messages: [
            {
              role: "user",
              content: [
                { type: "text", text: "What is this?" },
                { type: "image_url", image_url: { url: PNG_DATA_URL } },
              ],
            },
          ],
        }),
      );
      const seen = suite.read(h.upstream.requests[0]!);
      expect(seen.messages).toEqual([{ role: "user", text: "What is this?", images: [PNG_DATA_URL] }]);
    });

    caseTest("images-url", "sends an image by URL", async () => {
      h = await suiteGateway(suite, suite.wire.text("A cat.", { input: 5, output: 2 }, "stop"));
      const url = "https://example.com/cat.png";
      await h.post(
        "/v1/chat/completions",
        chat({
          messages: [
            {
              role: "user",
              content: [
                { type: "text", text: "And this?" },
                { type: "image_url", image_url: { url } },
              ],
            },
          ],
        }),
      );
      expect(suite.read(h.upstream.requests[0]!).messages).toEqual([
        { role: "user", text: "And this?", images: [url] },
      ]);
    });

    caseTest("json-mode", "asks the provider for JSON when response_format asks for it", async () => {
      h = await suiteGateway(suite, suite.wire.text('{"ok":true}', { input: 5, output: 4 }, "stop"));
      const body = await (
        await h.post("/v1/chat/completions", chat({ response_format: { type: "json_object" } }))
      ).json();
      expect(JSON.parse(body.choices[0].message.content)).toEqual({ ok: true });
      expect(suite.read(h.upstream.requests[0]!).json).toBe(true);
    });

    caseTest(
      "stream-text",
      "streams text as OpenAI chunks with role, finish reason, usage and [DONE]",
      async () => {
        const pieces = ["Hel", "lo, ", "wor", "ld!"];
        h = await suiteGateway(suite, serve(suite.wire.streamText(pieces, { input: 9, output: 4 }, "stop")));
        const response = await h.post(
          "/v1/chat/completions",
          chat({ stream: true, stream_options: { include_usage: true } }),
        );
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toContain("text/event-stream");
        const out = await assembleStream(response);
        expect(out.error).toBeUndefined();
        expect(out.done).toBe(true);
        expect(out.role).toBe("assistant");
        expect(out.content).toBe(pieces.join(""));
        expect(out.finishReason).toBe("stop");
        expect(out.usage).toMatchObject({ prompt_tokens: 9, completion_tokens: 4, total_tokens: 13 });
        for (const chunk of out.chunks) expect(chunk.object).toBe("chat.completion.chunk");
        expect(suite.read(h.upstream.requests[0]!).stream).toBe(true);
      },
    );

    caseTest(
      "stream-tools",
      "streams parallel tool calls with their arguments assembled per index",
      async () => {
        h = await suiteGateway(suite, serve(suite.wire.streamToolCalls(CALLS, { input: 30, output: 15 }, 3)));
        const out = await assembleStream(
          await h.post("/v1/chat/completions", chat({ stream: true, tools: TOOLS })),
        );
        expect(out.error).toBeUndefined();
        expect(out.done).toBe(true);
        expect(out.finishReason).toBe("tool_calls");
        expect(
          out.toolCalls.map((c) => ({ id: c.id, name: c.name, arguments: JSON.parse(c.arguments) })),
        ).toEqual(CALLS);
      },
    );

    caseTest(
      "stream-split",
      "gives the same stream however the upstream's bytes are split",
      async () => {
        const pieces = ["The ", "quick ", "brown ", "fox ", "é🦊"];
        const stream = suite.wire.streamText(pieces, { input: 5, output: 5 }, "stop");
        const tools = suite.wire.streamToolCalls(CALLS, { input: 5, output: 5 }, 4);
        h = await suiteGateway(suite, serve(stream));
        const gw = h;
        await fc.assert(
          fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), async (cuts, withTools) => {
            const source = withTools ? tools : stream;
            gw.upstream.setScript(serve(source, splitAt(source.body, cuts)));
            const out = await assembleStream(await gw.post("/v1/chat/completions", chat({ stream: true })));
            expect(out.error).toBeUndefined();
            expect(out.done).toBe(true);
            if (withTools)
              expect(out.toolCalls.map((c) => JSON.parse(c.arguments))).toEqual(
                CALLS.map((c) => c.arguments),
              );
            else expect(out.content).toBe(pieces.join(""));
          }),
          { numRuns: 40 },
        );
      },
      60_000,
    );

    caseTest("stream-cut", "ends a cut-off stream with an error event, never a clean [DONE]", async () => {
      h = await suiteGateway(suite, serve(suite.wire.streamCut(["partial ", "answ"]), undefined, true));
      const out = await assembleStream(await h.post("/v1/chat/completions", chat({ stream: true })));
      expect(out.stream).toBe(true);
      expect(out.done).toBe(false);
      expect(out.error).toMatchObject({ message: expect.any(String), type: expect.any(String) });
    });

    caseTest(
      "stream-cut-early",
      "answers a stream cut before any content with a 502 upstream_error, not a stream",
      async () => {
        h = await suiteGateway(suite, serve(suite.wire.streamCut([]), undefined, true));
        const response = await h.post("/v1/chat/completions", chat({ stream: true }));
        expect(response.headers.get("x-aigw-route")).toBe("provider:502");
        const out = await assembleStream(response);
        expect(out.stream).toBe(false);
        expect(out.status).toBe(502);
        expect(out.error).toMatchObject({ type: "server_error", code: "upstream_error" });
      },
    );

    caseTest(
      "stream-malformed",
      "answers a stream whose first event is not JSON with a 502 upstream_error, not a stream",
      async () => {
        const stream =
          suite.wire.streamMalformed?.() ??
          malformedFirst(suite.wire.streamText(["Hello"], { input: 3, output: 1 }, "stop"));
        h = await suiteGateway(suite, serve(stream));
        const response = await h.post("/v1/chat/completions", chat({ stream: true }));
        expect(response.headers.get("x-aigw-route")).toBe("provider:502");
        const out = await assembleStream(response);
        expect(out.stream).toBe(false);
        expect(out.status).toBe(502);
        expect(out.error).toMatchObject({ type: "server_error", code: "upstream_error" });
      },
    );

    caseTest("broken-json", "answers a 200 whose JSON is cut short with a 502 upstream_error", async () => {
      h = await suiteGateway(
        suite,
        truncated(suite.wire.text("Cut short.", { input: 3, output: 3 }, "stop")),
      );
      const response = await h.post("/v1/chat/completions", chat());
      expect(response.status).toBe(502);
      expect(response.headers.get("x-aigw-route")).toBe("provider:502");
      const body = await response.json();
      expect(Object.keys(body.error).sort()).toEqual(["code", "message", "param", "type"]);
      expect(body.error).toMatchObject({ type: "server_error", code: "upstream_error" });
      if (suite.wire.embeddings && !skip.embeddings) {
        h.upstream.setScript(truncated(suite.wire.embeddings([[0.1, 0.2]], { input: 2, output: 0 })));
        const embeddings = await h.post("/v1/embeddings", { model, input: ["cut"] });
        expect(embeddings.status).toBe(502);
        expect((await embeddings.json()).error).toMatchObject({
          type: "server_error",
          code: "upstream_error",
        });
      }
      if (suite.wire.moderations && !skip.moderations) {
        h.upstream.setScript(truncated(suite.wire.moderations([{ scores: { violence: 0.5 } }])));
        const moderations = await h.post("/v1/moderations", { model, input: "cut" });
        expect(moderations.status).toBe(502);
        expect((await moderations.json()).error).toMatchObject({
          type: "server_error",
          code: "upstream_error",
        });
      }
    });

    caseTest("errors", "normalises upstream errors to OpenAI's shape: 400, 401, 429, 500, 503", async () => {
      for (const [status, expected] of [
        [400, 400],
        [401, 401],
        [429, 429],
        [500, 500],
        [503, 503],
      ] as const) {
        h = await suiteGateway(suite, suite.wire.error(status, `upstream says ${status}`));
        const response = await h.post("/v1/chat/completions", chat());
        expect(response.status, `upstream ${status}`).toBe(expected);
        const body = await response.json();
        expect(Object.keys(body.error).sort()).toEqual(["code", "message", "param", "type"]);
        expect(body.error.message).toContain(`upstream says ${status}`);
        await h.close();
        h = undefined;
      }
    });

    caseTest("usage-cached", "maps cached prompt tokens", async () => {
      h = await suiteGateway(
        suite,
        suite.wire.text("ok", { input: 100, output: 50, cachedInput: 40 }, "stop"),
      );
      const body = await (await h.post("/v1/chat/completions", chat())).json();
      expect(body.usage).toMatchObject({ prompt_tokens_details: { cached_tokens: 40 } });
    });

    caseTest("usage-reasoning", "maps reasoning tokens", async () => {
      h = await suiteGateway(suite, suite.wire.text("ok", { input: 100, output: 50, reasoning: 20 }, "stop"));
      const body = await (await h.post("/v1/chat/completions", chat())).json();
      expect(body.usage).toMatchObject({ completion_tokens_details: { reasoning_tokens: 20 } });
    });

    caseTest("embeddings", "translates embeddings", async () => {
      const vectors = [
        [0.1, 0.2, 0.3],
        [0.4, 0.5, 0.6],
      ];
      if (!suite.wire.embeddings) throw new Error("wire.embeddings is required unless the case is skipped");
      h = await suiteGateway(suite, suite.wire.embeddings(vectors, { input: 4, output: 0 }));
      const response = await h.post("/v1/embeddings", { model, input: ["first", "second"] });
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body).toMatchObject({
        object: "list",
        data: [
          { object: "embedding", index: 0, embedding: vectors[0] },
          { object: "embedding", index: 1, embedding: vectors[1] },
        ],
      });
    });

    caseTest(
      "moderations",
      "serves moderations in OpenAI's shape, or refuses them naming the endpoint",
      async () => {
        const verdicts = [
          {
            scores: { violence: 0.91, sexual: 0.01, hate: 0.002, "self-harm": 0.003 },
            flagged: ["violence"],
          },
          { scores: { violence: 0.01, sexual: 0.02, hate: 0.001, "self-harm": 0.004 } },
        ];
        const body = { model, input: ["first", "second"] };
        if (!suite.wire.moderations) {
          h = await suiteGateway(suite, suite.wire.text("never asked", { input: 1, output: 1 }, "stop"));
          const response = await h.post("/v1/moderations", body);
          expect(response.status).toBe(400);
          const error = (await response.json()).error;
          expect(Object.keys(error).sort()).toEqual(["code", "message", "param", "type"]);
          expect(error).toMatchObject({ type: "invalid_request_error", code: "invalid_request" });
          expect(error.message).toMatch(/moderation/i);
          expect(h.upstream.requests).toHaveLength(0);
          return;
        }
        h = await suiteGateway(suite, suite.wire.moderations(verdicts));
        const response = await h.post("/v1/moderations", body);
        expect(response.status).toBe(200);
        const answer = await response.json();
        expect(typeof answer.id).toBe("string");
        expect(typeof answer.model).toBe("string");
        expect(answer.results).toHaveLength(2);
        expect(answer.results[0]).toMatchObject({
          flagged: true,
          categories: { violence: true, sexual: false, hate: false, "self-harm": false },
          category_scores: verdicts[0]!.scores,
        });
        expect(answer.results[1]).toMatchObject({
          flagged: false,
          categories: { violence: false, sexual: false, hate: false, "self-harm": false },
          category_scores: verdicts[1]!.scores,
        });
      },
    );

    test("keeps messages, tool calls and content for any generated conversation (both ways)", async () => {
      h = await suiteGateway(suite, suite.wire.text("x", { input: 1, output: 1 }, "stop"));
      const gw = h;
      const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
      const args = fc.dictionary(
        fc.constantFrom("a", "b", "city", "n"),
        fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean()),
        { maxKeys: 3 },
      );
      const turn = fc.oneof(
        fc.record({ kind: fc.constant("text" as const), user: text, assistant: text }),
        fc.record({
          kind: fc.constant("tool" as const),
          user: text,
          name: fc.constantFrom("get_weather", "get_time"),
          args,
          result: text,
        }),
      );
      let n = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(turn, { minLength: 1, maxLength: 4 }),
          text,
          fc.array(fc.tuple(fc.constantFrom("get_weather", "get_time"), args), { maxLength: 3 }),
          async (turns, last, replyCalls) => {
            const messages: Record<string, unknown>[] = [];
            const expected: SeenMessage[] = [];
            for (const t of turns) {
              messages.push({ role: "user", content: t.user });
              expected.push({ role: "user", text: t.user });
              if (t.kind === "text") {
                messages.push({ role: "assistant", content: t.assistant });
                expected.push({ role: "assistant", text: t.assistant });
              } else {
                const id = `call_${n++}`;
                messages.push({
                  role: "assistant",
                  content: null,
                  tool_calls: [
                    { id, type: "function", function: { name: t.name, arguments: JSON.stringify(t.args) } },
                  ],
                });
                messages.push({ role: "tool", tool_call_id: id, content: t.result });
                expected.push({ role: "assistant", toolCalls: [{ id, name: t.name, arguments: t.args }] });
                expected.push({ role: "tool", toolCallId: id, text: t.result });
              }
            }
            messages.push({ role: "user", content: last });
            expected.push({ role: "user", text: last });
            const calls = replyCalls.map(([name, a], i) => ({ id: `reply_${n}_${i}`, name, arguments: a }));
            gw.upstream.setScript(
              calls.length > 0
                ? suite.wire.toolCalls(calls, { input: 1, output: 1 })
                : suite.wire.text(last, { input: 1, output: 1 }, "stop"),
            );
            const before = gw.upstream.requests.length;
            const response = await gw.post("/v1/chat/completions", { model, messages, tools: TOOLS });
            expect(response.status).toBe(200);
            const body = await response.json();
            expect(suite.read(gw.upstream.requests[before]!).messages).toEqual(expected);
            const message = body.choices[0].message;
            if (calls.length > 0) {
              expect(
                message.tool_calls.map(
                  (c: { id: string; function: { name: string; arguments: string } }) => ({
                    id: c.id,
                    name: c.function.name,
                    arguments: JSON.parse(c.function.arguments),
                  }),
                ),
              ).toEqual(calls);
            } else expect(message.content).toBe(last);
          },
        ),
        { numRuns: 30 },
      );
    }, 60_000);

    caseTest(
      "hostile-bodies",
      "answers mistyped and hostile requests to every endpoint with OpenAI-shaped 4xx, never a 5xx",
      async () => {
        await runHostileCase(suite.wire, model, async (script) => {
          h = await suiteGateway(suite, script);
          return h;
        });
      },
      120_000,
    );
  });
}
