// Streamed chat through the real engine: chunks pass through in order and as they arrive; a stream
// that breaks before its first content is a 502 answer, after it ends in an error event, never a
// clean [DONE]; a client abort reaches the upstream, also while the stream is held.
import {
  chatChunks,
  collectSse,
  gate,
  json,
  openAIError,
  RawSse,
  sse,
  sseData,
  stall,
  toolCallChunks,
  usage,
} from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { chatBody, type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const texts = (chunks: object[]) => chunks.map((c) => JSON.stringify(c));

describe("chat completions (streamed)", () => {
  it("forwards each chunk's exact text in order, then [DONE], and records include_usage usage", async () => {
    const chunks = chatChunks(["Hel", "lo", " world"], { includeUsage: usage(11, 3) });
    h = await harness(sse(chunks));
    const finished = h.nextFinished();
    const body = chatBody({ stream: true, stream_options: { include_usage: true } });
    const res = await h.post("/v1/chat/completions", body);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    expect(await collectSse(res)).toEqual([...texts(chunks), "[DONE]"]);
    expect(h.upstream.requests[0]!.json()).toEqual(body);
    const record = await finished;
    expect(record.outcome).toBe("ok");
    expect(record.annotations.usage).toEqual({ prompt_tokens: 11, completion_tokens: 3, total_tokens: 14 });
  });

  it("streams parallel tool calls incrementally: the first chunk arrives before the upstream sends the last", async () => {
    const chunks = toolCallChunks(
      [
        { id: "call_weather", name: "get_weather", arguments: '{"city":"Paris","unit":"celsius"}' },
        { id: "call_time", name: "get_time", arguments: '{"timezone":"Europe/Paris"}' },
      ],
      { argumentPieces: 3 },
    );
    const hold = gate();
    h = await harness(sse([chunks[0]!, chunks[1]!, hold, ...chunks.slice(2)]));
    const body = chatBody({
      stream: true,
      parallel_tool_calls: true,
      tool_choice: "auto",
      tools: [
        {
          type: "function",
          function: {
            name: "get_weather",
            parameters: { type: "object", properties: { city: { type: "string" } } },
          },
        },
        { type: "function", function: { name: "get_time", parameters: { type: "object", properties: {} } } },
      ],
    });
    const res = await h.post("/v1/chat/completions", body);
    const events = sseData(res);
    // The upstream is held at the gate, so these can only have come through as they arrived.
    expect((await events.next()).value).toBe(JSON.stringify(chunks[0]));
    expect((await events.next()).value).toBe(JSON.stringify(chunks[1]));
    hold.open();
    const rest: string[] = [];
    for await (const data of events) rest.push(data);
    expect(rest).toEqual([...texts(chunks.slice(2)), "[DONE]"]);
    expect(h.upstream.requests[0]!.json()).toEqual(body);
  });

  it("ignores SSE comments and keeps going", async () => {
    const chunks = chatChunks(["a", "b"]);
    h = await harness(
      sse([
        new RawSse(": OPENROUTER PROCESSING\n\n"),
        chunks[0]!,
        new RawSse(": ping\n\n"),
        ...chunks.slice(1),
      ]),
    );
    expect(await collectSse(await h.post("/v1/chat/completions", chatBody({ stream: true })))).toEqual([
      ...texts(chunks),
      "[DONE]",
    ]);
  });

  it("ends with an error event, not [DONE], when the upstream body ends without [DONE]", async () => {
    const chunks = chatChunks(["partial", " answer"]).slice(0, 2);
    h = await harness(sse(chunks, { done: false, ending: "end" }));
    const finished = h.nextFinished();
    const events = await collectSse(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(events.slice(0, 2)).toEqual(texts(chunks));
    expect(events).toHaveLength(3);
    const error = JSON.parse(events[2]!) as { error: { code: string; message: string } };
    expect(error.error.code).toBe("upstream_error");
    expect(error.error.message).toMatch(/cut off/);
    expect((await finished).outcome).toBe("stream_error");
  });

  it("ends with an error event when the upstream connection breaks mid-stream", async () => {
    const chunks = chatChunks(["one", "two", "three"]).slice(0, 2);
    h = await harness(sse(chunks, { done: false, ending: "reset" }));
    const events = await collectSse(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(events.slice(0, 2)).toEqual(texts(chunks));
    expect(events).not.toContain("[DONE]");
    expect(JSON.parse(events.at(-1)!)).toMatchObject({
      error: { code: "upstream_error", message: expect.stringMatching(/cut off/) },
    });
  });

  it("turns an error event inside the stream into an error event for the client", async () => {
    const chunks = chatChunks(["Hi"]).slice(0, 1);
    const upstreamError = openAIError("The model is overloaded.", {
      type: "server_error",
      code: "overloaded",
    });
    h = await harness(sse([...chunks, upstreamError], { done: false }));
    const events = await collectSse(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(events).toEqual([
      ...texts(chunks),
      JSON.stringify({
        error: { message: "The model is overloaded.", type: "server_error", code: "overloaded", param: null },
      }),
    ]);
  });

  it("keeps the status of an error answered before the stream starts", async () => {
    h = await harness(json(429, openAIError("Slow down", { type: "requests", code: "rate_limit_exceeded" })));
    const res = await h.post("/v1/chat/completions", chatBody({ stream: true }));
    expect(res.status).toBe(429);
    expect(await res.json()).toMatchObject({ error: { message: "Slow down", code: "rate_limit_exceeded" } });
  });

  it("accepts a JSON answer to a streamed request (servers that ignore stream)", async () => {
    h = await harness(json(200, { id: "x", object: "chat.completion", choices: [] }));
    const res = await h.post("/v1/chat/completions", chatBody({ stream: true }));
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toMatchObject({ id: "x" });
  });
});

describe("a stream is the client's only once it has content", () => {
  const role = chatChunks([])[0]!;
  const content = (text: string) => chatChunks(["x", text])[1]!;

  it("holds the answer while only the role chunk has come, then sends it and the content in order", async () => {
    const hold = gate();
    h = await harness(sse([role, hold, content("Hello"), content(" world")]));
    const pending = h.post("/v1/chat/completions", chatBody({ stream: true }));
    await h.upstream.waitForRequest(0);
    const early = await Promise.race([
      pending.then(() => "answered"),
      new Promise((resolve) => setTimeout(() => resolve("held"), 100)),
    ]);
    expect(early).toBe("held");
    hold.open();
    const res = await pending;
    expect(res.status).toBe(200);
    expect(await collectSse(res)).toEqual([...texts([role, content("Hello"), content(" world")]), "[DONE]"]);
  });

  it.each([
    ["cut after its role chunk", sse([role], { done: false, ending: "reset" }), "cut off"],
    ["ended after its role chunk", sse([role], { done: false }), "cut off"],
    ["finished with [DONE] and no content", sse([role]), "ended before any content"],
    [
      "opened with an event that is not JSON",
      sse([new RawSse('data: {"choices":[{"de\n\n'), content("Hi")]),
      "not JSON",
    ],
    [
      "opened with a role chunk, then an event that is not JSON",
      sse([role, new RawSse("data: oops\n\n")]),
      "not JSON",
    ],
  ])("a stream %s is a 502 upstream_error answer, not a stream", async (_name, reply, message) => {
    h = await harness(reply);
    const finished = h.nextFinished();
    const res = await h.post("/v1/chat/completions", chatBody({ stream: true }));
    expect(res.status).toBe(502);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("upstream_error");
    expect(body.error.message).toContain(message);
    const record = await finished;
    expect(record.outcome).toBe("error");
    expect(record.attempts).toMatchObject([{ target: "llm", status: 502, error: "upstream_error" }]);
  });

  it("after content, an event that is not JSON ends the stream with an error event, never [DONE]", async () => {
    // The upstream then stalls: only the gateway letting go can close it.
    h = await harness(
      sse([role, content("Hel"), new RawSse('data: {"choices":[{"delta\n\n')], {
        done: false,
        ending: "stall",
      }),
    );
    const finished = h.nextFinished();
    const events = await collectSse(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(events.slice(0, 2)).toEqual(texts([role, content("Hel")]));
    expect(events).toHaveLength(3);
    expect(JSON.parse(events[2]!)).toMatchObject({
      error: { code: "upstream_error", message: expect.stringContaining("not JSON") },
    });
    expect((await finished).outcome).toBe("stream_error");
    expect(await h.upstream.requests[0]!.ended).toBe("closed");
  });

  it("a client abort while the stream is held before any content closes the upstream", async () => {
    h = await harness(sse([role], { done: false, ending: "stall" }));
    const controller = new AbortController();
    const pending = h.post("/v1/chat/completions", chatBody({ stream: true }), { signal: controller.signal });
    await h.upstream.waitForRequest(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    expect(await h.upstream.requests[0]!.ended).toBe("closed");
    expect((await pending).status).toBe(499);
  });

  it("text completions streams are held the same way: empty text is not content", async () => {
    const chunk = (text: string, finish: string | null = null) => ({
      id: "cmpl-1",
      object: "text_completion",
      created: 1,
      model: "gpt-3.5-turbo-instruct",
      choices: [{ index: 0, text, finish_reason: finish, logprobs: null }],
    });
    h = await harness(sse([chunk("")], { done: false, ending: "reset" }));
    const body = { model: "gpt-3.5-turbo-instruct", prompt: "Say hi", stream: true };
    const cut = await h.post("/v1/completions", body);
    expect(cut.status).toBe(502);
    expect((await cut.json()).error.code).toBe("upstream_error");
    h.upstream.setScript(sse([chunk(""), chunk("Hi"), chunk("", "stop")]));
    const events = await collectSse(await h.post("/v1/completions", body));
    expect(events).toEqual([...texts([chunk(""), chunk("Hi"), chunk("", "stop")]), "[DONE]"]);
  });
});

describe("aborts and timeouts", () => {
  it("a client abort while waiting for the answer closes the upstream request", async () => {
    h = await harness(stall());
    const controller = new AbortController();
    const pending = h.post("/v1/chat/completions", chatBody(), { signal: controller.signal });
    const recorded = await h.upstream.waitForRequest(0);
    controller.abort();
    expect(await recorded.ended).toBe("closed");
    expect((await pending).status).toBe(499);
  });

  it("a client abort mid-stream closes the upstream stream", async () => {
    const chunks = chatChunks(["first"]);
    h = await harness(sse(chunks.slice(0, 1), { done: false, ending: "stall" }));
    const controller = new AbortController();
    const res = await h.post("/v1/chat/completions", chatBody({ stream: true }), {
      signal: controller.signal,
    });
    const events = sseData(res);
    expect((await events.next()).value).toBe(JSON.stringify(chunks[0]));
    controller.abort();
    expect(await h.upstream.requests[0]!.ended).toBe("closed");
    // As a server does when its client disconnects: stop reading the response.
    await events.return(undefined);
  });

  it("a consumer that stops reading closes the upstream stream", async () => {
    const chunks = chatChunks(["first"]);
    h = await harness(sse(chunks.slice(0, 1), { done: false, ending: "stall" }));
    const res = await h.post("/v1/chat/completions", chatBody({ stream: true }));
    const reader = res.body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(await h.upstream.requests[0]!.ended).toBe("closed");
  });

  it("answers 504 upstream_timeout when the headers do not come within timeoutMs", async () => {
    h = await harness(stall(), { config: { timeoutMs: 150 } });
    const started = Date.now();
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(504);
    expect(await res.json()).toMatchObject({ error: { code: "upstream_timeout" } });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await h.upstream.requests[0]!.ended).toBe("closed");
  });
});
