// OpenAI -> Mistral request mapping, checked on the body the fake Mistral received: renamed and
// dropped fields, roles, tool choice, tool call ids (valid for Mistral, consistent within a
// request and across turns, mapped back in the answer), and untouched bytes when nothing changes.
import { json } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { chatBody, type Harness, harness } from "./testing/harness.js";
import { isMistralToolCallId, mistralToolCallId, ToolCallIds } from "./tool-ids.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const encoder = new TextEncoder();

function answer(message: object = { content: "ok" }, finish = "stop") {
  return {
    id: "cmpl-1",
    object: "chat.completion",
    created: 1_732_548_656,
    model: "mistral-small-latest",
    choices: [
      { index: 0, message: { role: "assistant", tool_calls: null, ...message }, finish_reason: finish },
    ],
    usage: { prompt_tokens: 10, total_tokens: 12, completion_tokens: 2 },
  };
}

const WEATHER = {
  type: "function",
  function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } },
};

describe("chat request mapping", () => {
  it("forwards the client's exact bytes when Mistral takes them as they are", async () => {
    h = await harness(json(200, answer()));
    const sent =
      '{"model":"mistral-small-latest", "messages":[{"role":"user","content":"Hi"}],"temperature":0.2,"safe_prompt":true}';
    const res = await h.post("/v1/chat/completions", sent);
    expect(res.status).toBe(200);
    const recorded = h.upstream.requests[0]!;
    expect(recorded.path).toBe("/v1/chat/completions");
    expect(recorded.body).toEqual(encoder.encode(sent));
    expect(recorded.headers.authorization).toBe("Bearer mistral-test-key");
  });

  it("renames, maps and drops what Mistral takes differently, keeping the rest", async () => {
    h = await harness(json(200, answer()));
    await h.post(
      "/v1/chat/completions",
      chatBody({
        messages: [
          { role: "developer", content: "Be brief." },
          { role: "user", content: "Hi", name: "alice" },
        ],
        max_completion_tokens: 99,
        seed: 42,
        tools: [WEATHER],
        tool_choice: "required",
        parallel_tool_calls: false,
        response_format: {
          type: "json_schema",
          json_schema: { name: "answer", strict: true, schema: { type: "object" } },
        },
        stop: ["END"],
        n: 2,
        user: "user-123",
        logit_bias: { "1": 5 },
        logprobs: true,
        top_logprobs: 2,
        store: true,
        metadata: { a: "b" },
        stream_options: { include_usage: true },
        safe_prompt: true,
        prompt_mode: "reasoning",
      }),
    );
    expect(h.upstream.requests[0]!.json()).toEqual({
      model: "mistral-small-latest",
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Hi" },
      ],
      max_tokens: 99,
      random_seed: 42,
      tools: [WEATHER],
      tool_choice: "any",
      parallel_tool_calls: false,
      response_format: {
        type: "json_schema",
        json_schema: { name: "answer", strict: true, schema: { type: "object" } },
      },
      stop: ["END"],
      n: 2,
      safe_prompt: true,
      prompt_mode: "reasoning",
    });
  });

  it("keeps a named tool choice and json_object mode as they are", async () => {
    h = await harness(json(200, answer()));
    const body = chatBody({
      tools: [WEATHER],
      tool_choice: { type: "function", function: { name: "get_weather" } },
      response_format: { type: "json_object" },
    });
    await h.post("/v1/chat/completions", body);
    expect(h.upstream.requests[0]!.json()).toEqual(body);
  });

  it("forces the node's model", async () => {
    h = await harness(json(200, answer()), { config: { model: "mistral-large-latest" } });
    const finished = h.nextFinished();
    await h.post("/v1/chat/completions", chatBody({ model: "gpt-4o" }));
    expect(h.upstream.requests[0]!.json()).toMatchObject({ model: "mistral-large-latest" });
    expect((await finished).annotations.servedBy).toEqual({
      provider: "mistral",
      model: "mistral-large-latest",
      node: "mistral",
    });
  });

  it("refuses the deprecated functions API with a 400", async () => {
    h = await harness(json(200, answer()));
    const res = await h.post("/v1/chat/completions", chatBody({ functions: [WEATHER.function] }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { param: "functions" } });
    expect(h.upstream.requests).toHaveLength(0);
  });
});

describe("tool call ids", () => {
  const conversation = (id: string) => [
    { role: "user", content: "Weather in Paris?" },
    {
      role: "assistant",
      content: null,
      refusal: null,
      tool_calls: [
        { id, type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } },
      ],
    },
    { role: "tool", tool_call_id: id, content: "18C" },
  ];

  it("replaces OpenAI ids with nine letters and digits, the same in the call and its result, and names the result", async () => {
    h = await harness(json(200, answer()));
    const id = "call_0fypS1hVXabcdefghijklmno";
    await h.post("/v1/chat/completions", chatBody({ tools: [WEATHER], messages: conversation(id) }));
    const sent = h.upstream.requests[0]!.json() as { messages: Record<string, unknown>[] };
    const mapped = mistralToolCallId(id);
    expect(isMistralToolCallId(mapped)).toBe(true);
    expect(sent.messages).toEqual([
      { role: "user", content: "Weather in Paris?" },
      {
        role: "assistant",
        tool_calls: [
          { id: mapped, type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } },
        ],
      },
      { role: "tool", tool_call_id: mapped, content: "18C", name: "get_weather" },
    ]);
    // The next turn of the same conversation maps the id the same way.
    await h.post("/v1/chat/completions", chatBody({ tools: [WEATHER], messages: conversation(id) }));
    expect(h.upstream.requests[1]!.json()).toEqual(sent);
  });

  it("keeps ids Mistral already accepts, and everything with toolCallIds: keep", async () => {
    h = await harness(json(200, answer()));
    await h.post("/v1/chat/completions", chatBody({ tools: [WEATHER], messages: conversation("D681PevKs") }));
    expect(
      (h.upstream.requests[0]!.json() as { messages: { tool_call_id?: string }[] }).messages[2]!.tool_call_id,
    ).toBe("D681PevKs");
    await h.close();
    h = await harness(json(200, answer()), { config: { toolCallIds: "keep" } });
    await h.post("/v1/chat/completions", chatBody({ tools: [WEATHER], messages: conversation("call_abc") }));
    expect(
      (h.upstream.requests[0]!.json() as { messages: { tool_call_id?: string }[] }).messages[2]!.tool_call_id,
    ).toBe("call_abc");
  });

  it("gives the client its own id back when Mistral's answer names a mapped one", async () => {
    const id = "call_original_123";
    h = await harness(
      json(
        200,
        answer(
          {
            content: "",
            tool_calls: [
              { id: mistralToolCallId(id), function: { name: "get_weather", arguments: "{}" }, index: 0 },
            ],
          },
          "tool_calls",
        ),
      ),
    );
    const res = await h.post(
      "/v1/chat/completions",
      chatBody({ tools: [WEATHER], messages: conversation(id) }),
    );
    const body = (await res.json()) as { choices: { message: { tool_calls: { id: string }[] } }[] };
    expect(body.choices[0]!.message.tool_calls[0]!.id).toBe(id);
  });

  it("resolves collisions within a request and never maps two ids to one", () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `call_${i}`);
    const map = new ToolCallIds([...ids, mistralToolCallId("call_7")]);
    const out = ids.map((id) => map.toMistral(id));
    expect(new Set(out).size).toBe(ids.length);
    expect(out.every(isMistralToolCallId)).toBe(true);
    // An id already valid is kept, so call_7's natural replacement went elsewhere.
    expect(map.toMistral(mistralToolCallId("call_7"))).toBe(mistralToolCallId("call_7"));
    expect(map.toMistral("call_7")).not.toBe(mistralToolCallId("call_7"));
    expect(map.toClient(map.toMistral("call_7"))).toBe("call_7");
  });
});
