// Streamed chat through the real engine: chunks leave as their events arrive (not buffered),
// usage only when asked, JSON-mode tool input streams as content, reasoning deltas are not
// leaked, blocks are keyed by contentBlockIndex, and a client that leaves closes the upstream.
import { bytes, collectSse, sseData } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { StreamTranslator } from "./chat-stream.js";
import { EVENTSTREAM_CONTENT_TYPE, encodeEvents } from "./testing/eventstream-encoder.js";
import { chatBody, converseStream, type Harness, harness, textEvents } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

type Chunk = { choices: { delta: Record<string, unknown>; finish_reason: string | null }[]; usage?: unknown };
const parse = (events: string[]) => events.filter((e) => e !== "[DONE]").map((e) => JSON.parse(e) as Chunk);

describe("ConverseStream", () => {
  it("yields each chunk as its event arrives: the first reaches the client while the upstream is still sending", async () => {
    const frames = textEvents(["one", "two"]).map((e) => encodeEvents([e]));
    h = await harness(bytes(200, EVENTSTREAM_CONTENT_TYPE, frames, { delayMs: 400 }));
    const res = await h.post("/v1/chat/completions", chatBody({ stream: true }));
    const events = sseData(res);
    const first = JSON.parse((await events.next()).value as string) as Chunk;
    expect(first.choices[0]!.delta).toEqual({ role: "assistant", content: "" });
    const second = JSON.parse((await events.next()).value as string) as Chunk;
    expect(second.choices[0]!.delta).toEqual({ content: "one" });
    // The upstream still has frames to send: nothing was buffered until the end.
    const state = await Promise.race([
      h.upstream.requests[0]!.ended,
      new Promise((r) => setTimeout(() => r("open"), 0)),
    ]);
    expect(state).toBe("open");
    const rest: string[] = [];
    for await (const data of events) rest.push(data);
    expect(rest.at(-1)).toBe("[DONE]");
  });

  it("sends usage only with stream_options.include_usage, and records it either way", async () => {
    h = await harness(converseStream(textEvents(["a"])));
    const finished = h.nextFinished();
    const chunks = parse(await collectSse(await h.post("/v1/chat/completions", chatBody({ stream: true }))));
    expect(chunks.some((c) => c.usage)).toBe(false);
    expect(chunks.at(-1)!.choices[0]!.finish_reason).toBe("stop");
    expect((await finished).annotations.usage).toEqual({
      prompt_tokens: 9,
      completion_tokens: 4,
      total_tokens: 13,
    });
  });

  it("streams the JSON-mode tool's input as content, finishing with stop", async () => {
    h = await harness(
      converseStream([
        { messageStart: { role: "assistant" } },
        {
          contentBlockStart: {
            start: { toolUse: { toolUseId: "j", name: "json_response" } },
            contentBlockIndex: 0,
          },
        },
        { contentBlockDelta: { delta: { toolUse: { input: '{"ok":' } }, contentBlockIndex: 0 } },
        { contentBlockDelta: { delta: { toolUse: { input: "true}" } }, contentBlockIndex: 0 } },
        { contentBlockStop: { contentBlockIndex: 0 } },
        { messageStop: { stopReason: "tool_use" } },
        { metadata: { usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 } } },
      ]),
    );
    const chunks = parse(
      await collectSse(
        await h.post(
          "/v1/chat/completions",
          chatBody({ stream: true, response_format: { type: "json_object" } }),
        ),
      ),
    );
    const content = chunks.map((c) => c.choices[0]?.delta.content ?? "").join("");
    expect(JSON.parse(content)).toEqual({ ok: true });
    expect(chunks.some((c) => c.choices[0]?.delta.tool_calls)).toBe(false);
    expect(chunks.at(-1)!.choices[0]!.finish_reason).toBe("stop");
  });
});

describe("StreamTranslator", () => {
  const meta = { id: "chatcmpl-1", created: 1, model: "m", jsonTool: undefined, includeUsage: true };

  it("keys blocks by contentBlockIndex: interleaved tool inputs land on the right calls", () => {
    const t = new StreamTranslator(meta);
    const out = [
      ...t.handle("messageStart", { role: "assistant" }),
      ...t.handle("contentBlockStart", {
        start: { toolUse: { toolUseId: "a", name: "f" } },
        contentBlockIndex: 1,
      }),
      ...t.handle("contentBlockStart", {
        start: { toolUse: { toolUseId: "b", name: "g" } },
        contentBlockIndex: 2,
      }),
      ...t.handle("contentBlockDelta", { delta: { toolUse: { input: '{"x":' } }, contentBlockIndex: 2 }),
      ...t.handle("contentBlockDelta", { delta: { toolUse: { input: '{"y":' } }, contentBlockIndex: 1 }),
      ...t.handle("contentBlockDelta", { delta: { toolUse: { input: "2}" } }, contentBlockIndex: 2 }),
      ...t.handle("contentBlockDelta", { delta: { toolUse: { input: "1}" } }, contentBlockIndex: 1 }),
      ...t.handle("messageStop", { stopReason: "tool_use" }),
    ];
    const args = ["", ""];
    for (const c of out)
      for (const call of c.choices[0]?.delta.tool_calls ?? [])
        args[call.index] += call.function?.arguments ?? "";
    expect(args.map((a) => JSON.parse(a))).toEqual([{ y: 1 }, { x: 2 }]);
    expect(out.at(-1)!.choices[0]!.finish_reason).toBe("tool_calls");
    expect(t.complete).toBe(false);
    t.handle("metadata", { usage: { inputTokens: 1, outputTokens: 2 } });
    expect(t.complete).toBe(true);
  });

  it("drops reasoning and citation deltas, and empty fragments", () => {
    const t = new StreamTranslator(meta);
    t.handle("messageStart", {});
    expect(
      t.handle("contentBlockDelta", { delta: { reasoningContent: { text: "hmm" } }, contentBlockIndex: 0 }),
    ).toEqual([]);
    expect(t.handle("contentBlockDelta", { delta: { text: "" }, contentBlockIndex: 1 })).toEqual([]);
  });

  it("emits the role chunk even when messageStart is missing", () => {
    const t = new StreamTranslator(meta);
    const out = t.handle("contentBlockDelta", { delta: { text: "hi" }, contentBlockIndex: 0 });
    expect(out.map((c) => c.choices[0]!.delta)).toEqual([
      { role: "assistant", content: "" },
      { content: "hi" },
    ]);
  });

  it("puts the usage chunk after the finish chunk whatever order stop and metadata come in", () => {
    const t = new StreamTranslator(meta);
    t.handle("messageStart", {});
    expect(t.handle("metadata", { usage: { inputTokens: 3, outputTokens: 4 } })).toEqual([]);
    const out = t.handle("messageStop", { stopReason: "max_tokens" });
    expect(out.map((c) => (c.choices.length === 0 ? "usage" : c.choices[0]!.finish_reason))).toEqual([
      "length",
      "usage",
    ]);
  });

  it("throws on tool input for a block that never started", () => {
    const t = new StreamTranslator(meta);
    expect(() =>
      t.handle("contentBlockDelta", { delta: { toolUse: { input: "{}" } }, contentBlockIndex: 4 }),
    ).toThrow(/before its start/);
  });
});

describe("client abort", () => {
  it("closes the upstream connection when the client goes away mid-stream", async () => {
    const frames = textEvents(["a", "b", "c", "d"]).map((e) => encodeEvents([e]));
    h = await harness(bytes(200, EVENTSTREAM_CONTENT_TYPE, frames, { delayMs: 300 }));
    const controller = new AbortController();
    const res = await h.post("/v1/chat/completions", chatBody({ stream: true }), {
      signal: controller.signal,
    });
    const events = sseData(res);
    await events.next();
    controller.abort();
    await events.return(undefined).catch(() => {});
    expect(await h.upstream.requests[0]!.ended).toBe("closed");
  });
});
