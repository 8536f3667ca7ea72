// Azure-specific answers: a prompt blocked by the content filter (400 content_filter), a
// completion cut by it (finish_reason content_filter, streamed or not), throttling (429 with
// retry-after), and the annotation frames of a stream made OpenAI-shaped.
import { collectSse, json, sse } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { chatBody, type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const SAFE = { hate: { filtered: false, severity: "safe" } };

describe("content filter", () => {
  it("a filtered prompt keeps Azure's 400, message, code and param (content_denied in the record)", async () => {
    const message =
      "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry.";
    h = await harness(
      json(400, {
        error: {
          message,
          type: null,
          param: "prompt",
          code: "content_filter",
          status: 400,
          innererror: {
            code: "ResponsibleAIPolicyViolation",
            content_filter_result: { hate: { filtered: true, severity: "high" } },
          },
        },
      }),
    );
    const finished = h.nextFinished();
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { message, type: "invalid_request_error", code: "content_filter", param: "prompt" },
    });
    expect((await finished).error).toMatchObject({ code: "content_denied" });
  });

  it("a filtered completion comes back as Azure sent it, finish_reason content_filter", async () => {
    const answer = JSON.stringify({
      id: "chatcmpl-1",
      object: "chat.completion",
      created: 1,
      model: "gpt-4o",
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: null },
          finish_reason: "content_filter",
          content_filter_results: { violence: { filtered: true, severity: "medium" } },
        },
      ],
      usage: { prompt_tokens: 5, completion_tokens: 10, total_tokens: 15 },
    });
    h = await harness(json(200, answer));
    const finished = h.nextFinished();
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(await res.text()).toBe(answer);
    expect((await finished).tags.contentFilter).toBe("completion");
  });

  it("streams: drops token-less annotation frames, turns the one ending the answer into a final chunk", async () => {
    const base = {
      id: "chatcmpl-9",
      object: "chat.completion.chunk",
      created: 7,
      model: "gpt-4o-2024-08-06",
    };
    h = await harness(
      sse([
        {
          choices: [],
          created: 0,
          id: "",
          model: "",
          object: "",
          prompt_filter_results: [{ prompt_index: 0, content_filter_results: SAFE }],
        },
        {
          ...base,
          choices: [
            {
              index: 0,
              delta: { role: "assistant", content: "" },
              finish_reason: null,
              content_filter_results: {},
            },
          ],
        },
        { ...base, choices: [{ index: 0, delta: { content: "Some" }, finish_reason: null }] },
        {
          id: "",
          object: "",
          created: 0,
          model: "",
          choices: [
            {
              index: 0,
              finish_reason: null,
              content_filter_results: SAFE,
              content_filter_offsets: { check_offset: 4, start_offset: 0, end_offset: 4 },
            },
          ],
        },
        {
          id: "",
          object: "",
          created: 0,
          model: "",
          choices: [
            {
              index: 0,
              finish_reason: "content_filter",
              content_filter_results: { violence: { filtered: true, severity: "high" } },
              content_filter_offsets: { check_offset: 4, start_offset: 0, end_offset: 9 },
            },
          ],
        },
      ]),
    );
    const events = await collectSse(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(events).toHaveLength(4);
    expect(events.at(-1)).toBe("[DONE]");
    const final = JSON.parse(events[2]!);
    expect(final).toEqual({
      ...base,
      choices: [
        {
          index: 0,
          delta: {},
          finish_reason: "content_filter",
          content_filter_results: { violence: { filtered: true, severity: "high" } },
        },
      ],
    });
  });

  it("a stream filtered before any token still gets a well-formed final chunk", async () => {
    h = await harness(
      sse([
        {
          id: "",
          object: "",
          created: 0,
          model: "",
          choices: [{ index: 0, finish_reason: "content_filter", content_filter_results: {} }],
        },
      ]),
    );
    const events = await collectSse(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    const final = JSON.parse(events[0]!) as {
      id: string;
      object: string;
      created: number;
      choices: unknown[];
    };
    expect(final.object).toBe("chat.completion.chunk");
    expect(final.id).toMatch(/^chatcmpl-.+/);
    expect(final.created).toBeGreaterThan(1_600_000_000);
    expect(final.choices).toEqual([
      { index: 0, delta: {}, finish_reason: "content_filter", content_filter_results: {} },
    ]);
  });

  it("keeps the include_usage chunk (no choices, but usage) and records the usage", async () => {
    const base = { id: "chatcmpl-9", object: "chat.completion.chunk", created: 7, model: "gpt-4o" };
    h = await harness(
      sse([
        { choices: [], created: 0, id: "", model: "", object: "", prompt_filter_results: [], usage: null },
        { ...base, choices: [{ index: 0, delta: { content: "Hi" }, finish_reason: "stop" }] },
        { ...base, choices: [], usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 } },
      ]),
    );
    const finished = h.nextFinished();
    const res = await h.post(
      "/v1/chat/completions",
      chatBody({ stream: true, stream_options: { include_usage: true } }),
    );
    const events = await collectSse(res);
    expect(events.map((e) => (e === "[DONE]" ? e : JSON.parse(e).choices.length))).toEqual([1, 0, "[DONE]"]);
    expect((await finished).annotations.usage).toEqual({
      prompt_tokens: 3,
      completion_tokens: 1,
      total_tokens: 4,
    });
  });
});

describe("throttling and errors", () => {
  it("429 keeps its status, message and retry-after", async () => {
    const message =
      "Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-10-21 have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 6 seconds.";
    h = await harness(json(429, { error: { code: "429", message } }, { "retry-after": "6" }));
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("6");
    expect(await res.json()).toMatchObject({ error: { message, code: "429", type: "rate_limit_error" } });
  });

  it("derives retry-after from retry-after-ms when that is all Azure sent", async () => {
    h = await harness(
      json(429, { error: { code: "429", message: "slow down" } }, { "retry-after-ms": "1500" }),
    );
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("2");
  });

  it("a 503 from the service stays 503 (routers fail over on it)", async () => {
    h = await harness(
      json(503, {
        error: {
          code: "ServiceUnavailable",
          message: "The service is temporarily unable to process your request.",
        },
      }),
    );
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ error: { code: "ServiceUnavailable" } });
  });
});
