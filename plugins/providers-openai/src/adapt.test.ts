// Fitting chat requests to the upstream model, through the real engine against a fake OpenAI as
// strict as the real one with reasoning models: max_tokens renamed and sampling parameters dropped
// (said in x-aigw-adapted and the record), `adapt: error` and a missing feature answered 400
// before any upstream call, an accepted request forwarded byte for byte, config overrides.
import { chatCompletion, json } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { chatBody, type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
// The fake stands in for OpenAI itself: the preset makes `openai` the label the table is read under
// (a custom base URL alone is looked up under its host).
const OPENAI = { preset: "openai" } as const;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const encoder = new TextEncoder();

describe("a reasoning model", () => {
  it("gets max_completion_tokens and no temperature, and the answer says what changed", async () => {
    h = await harness(json(200, chatCompletion({ content: "ok" })), { config: OPENAI });
    const finished = h.nextFinished();
    const res = await h.post(
      "/v1/chat/completions",
      chatBody({ model: "o3-mini", max_tokens: 300, temperature: 0.2, top_p: 0.9 }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("x-aigw-adapted")).toBe(
      "renamed max_tokens to max_completion_tokens; dropped temperature; dropped top_p",
    );
    const sent = h.upstream.requests[0]!.json<Record<string, unknown>>();
    expect(sent).toEqual(chatBody({ model: "o3-mini", max_completion_tokens: 300 }));
    const record = await finished;
    expect(record.adaptations).toEqual([
      {
        node: "llm",
        provider: "openai",
        model: "o3-mini",
        param: "max_tokens",
        action: "renamed",
        detail: "to max_completion_tokens",
      },
      expect.objectContaining({ param: "temperature", action: "dropped" }),
      expect.objectContaining({ param: "top_p", action: "dropped" }),
    ]);
  });

  it("is refused by the fake exactly as OpenAI refuses it when the gateway does not adapt", async () => {
    // An override that says o3-mini takes anything: the request goes out as sent.
    h = await harness(json(200, chatCompletion()), {
      config: OPENAI,
      gateway: { capabilities: { overrides: { openai: { "o3-mini*": {} } } } },
    });
    const res = await h.post("/v1/chat/completions", chatBody({ model: "o3-mini", max_tokens: 300 }));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ param: "max_tokens", code: "unsupported_parameter" });
    expect(res.headers.get("x-aigw-adapted")).toBeNull();
  });

  it("with adapt: error, is answered 400 naming the parameter and the model, upstream never called", async () => {
    h = await harness(json(200, chatCompletion()), { config: { ...OPENAI, adapt: "error" } });
    const finished = h.nextFinished();
    const res = await h.post("/v1/chat/completions", chatBody({ model: "o4-mini", temperature: 0.5 }));
    expect(res.status).toBe(400);
    const error = (await res.json()).error;
    expect(error).toMatchObject({ type: "invalid_request_error", param: "temperature" });
    expect(error.message).toContain("o4-mini");
    expect(h.upstream.requests).toHaveLength(0);
    expect((await finished).adaptations).toBeUndefined();
  });
});

describe("features a model lacks", () => {
  it("tools to a model without tools are a 400 naming tools and the model, before any upstream call", async () => {
    h = await harness(json(200, chatCompletion()), { config: OPENAI });
    const res = await h.post(
      "/v1/chat/completions",
      chatBody({ model: "o1-mini", tools: [{ type: "function", function: { name: "lookup" } }] }),
    );
    expect(res.status).toBe(400);
    const error = (await res.json()).error;
    expect(error.param).toBe("tools");
    expect(error.message).toContain("o1-mini");
    expect(h.upstream.requests).toHaveLength(0);
  });
});

describe("a request the model accepts", () => {
  it("goes out as the client's exact bytes, with no x-aigw-adapted header", async () => {
    h = await harness(json(200, chatCompletion()), { config: OPENAI });
    const sent =
      '{ "messages":[{"role":"user","content":"Hi"}],  "model":"o3" ,"max_completion_tokens":64, "seed":1}';
    const finished = h.nextFinished();
    const res = await h.post("/v1/chat/completions", sent);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-aigw-adapted")).toBeNull();
    expect(h.upstream.requests[0]!.body).toEqual(encoder.encode(sent));
    expect((await finished).adaptations).toBeUndefined();
  });
});

describe("capabilities.overrides", () => {
  it("apply to the node's forced model: max tokens clamped to the override's maximum", async () => {
    h = await harness(json(200, chatCompletion()), {
      config: { ...OPENAI, model: "my-finetune" },
      gateway: { capabilities: { overrides: { openai: { "my-finetune": { maxOutputTokens: 100 } } } } },
    });
    const res = await h.post("/v1/chat/completions", chatBody({ max_tokens: 5000 }));
    expect(res.status).toBe(200);
    expect(res.headers.get("x-aigw-adapted")).toBe("clamped max_tokens from 5000 to 100");
    expect(h.upstream.requests[0]!.json()).toMatchObject({ model: "my-finetune", max_tokens: 100 });
  });

  it("that are invalid stop the gateway at boot, naming the path", async () => {
    await expect(
      harness(json(200, chatCompletion()), {
        gateway: { capabilities: { overrides: { openai: { o3: { maxOutputTokens: 0 } } } } },
      }),
    ).rejects.toThrow("/capabilities/overrides/openai/o3/maxOutputTokens");
  });
});
