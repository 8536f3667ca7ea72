// Fitting chat requests to the Claude model called, through the real engine against a fake
// Messages API as strict as Anthropic's: temperature with top_p to Claude 4.5 and later keeps
// temperature (said in x-aigw-adapted and the record), the model map's model is the one fitted,
// `adapt: error` is a 400 before any upstream call, and without the adaptation the fake refuses.
import { json } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { anthropicMessage, chatBody, type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const ok = () => json(200, anthropicMessage([{ type: "text", text: "Hi" }]));

describe("temperature with top_p", () => {
  it("keeps temperature for Claude Sonnet 4.5, and the answer says top_p was dropped", async () => {
    h = await harness(ok());
    const finished = h.nextFinished();
    const res = await h.post(
      "/v1/chat/completions",
      chatBody({ model: "claude-sonnet-4-5-20250929", temperature: 0.4, top_p: 0.9 }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("x-aigw-adapted")).toBe("dropped top_p");
    const sent = h.upstream.requests[0]!.json<Record<string, unknown>>();
    expect(sent.temperature).toBe(0.4);
    expect(sent).not.toHaveProperty("top_p");
    expect((await finished).adaptations).toEqual([
      {
        node: "claude",
        provider: "anthropic",
        model: "claude-sonnet-4-5-20250929",
        param: "top_p",
        action: "dropped",
        detail: expect.stringContaining("cannot both be specified"),
      },
    ]);
  });

  it("is refused by the fake as Anthropic refuses it when the gateway does not adapt", async () => {
    h = await harness(ok(), {
      gateway: { capabilities: { overrides: { anthropic: { "claude-sonnet-4-5*": {} } } } },
    });
    const res = await h.post(
      "/v1/chat/completions",
      chatBody({ model: "claude-sonnet-4-5", temperature: 0.4, top_p: 0.9 }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain("cannot both be specified");
  });

  it("is fitted to the model the model map names", async () => {
    h = await harness(ok(), { config: { modelMap: { fast: "claude-haiku-4-5" } } });
    const res = await h.post("/v1/chat/completions", chatBody({ model: "fast", temperature: 1, top_p: 0.5 }));
    expect(res.status).toBe(200);
    expect(h.upstream.requests[0]!.json()).toMatchObject({ model: "claude-haiku-4-5", temperature: 1 });
    expect(h.upstream.requests[0]!.json()).not.toHaveProperty("top_p");
  });

  it("with adapt: error, is a 400 naming top_p and the model, upstream never called", async () => {
    h = await harness(ok(), { config: { adapt: "error" } });
    const res = await h.post(
      "/v1/chat/completions",
      chatBody({ model: "claude-opus-4-1", temperature: 0.4, top_p: 0.9 }),
    );
    expect(res.status).toBe(400);
    const error = (await res.json()).error;
    expect(error).toMatchObject({ type: "invalid_request_error", param: "top_p" });
    expect(error.message).toContain("claude-opus-4-1");
    expect(h.upstream.requests).toHaveLength(0);
  });
});

describe("other limits", () => {
  it("drops every sampling parameter for Opus 4.7 and clamps max_tokens to the model's maximum", async () => {
    h = await harness(ok());
    const res = await h.post(
      "/v1/chat/completions",
      chatBody({ model: "claude-opus-4-7", temperature: 0.4, top_k: 5, max_tokens: 500_000 }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("x-aigw-adapted")).toBe(
      "dropped temperature; dropped top_k; clamped max_tokens from 500000 to 128000",
    );
    const sent = h.upstream.requests[0]!.json<Record<string, unknown>>();
    expect(sent).toMatchObject({ max_tokens: 128_000 });
    expect(sent).not.toHaveProperty("temperature");
    expect(sent).not.toHaveProperty("top_k");
  });

  it("leaves a request Claude Sonnet 4 takes as it is", async () => {
    h = await harness(ok());
    const res = await h.post(
      "/v1/chat/completions",
      chatBody({ model: "claude-sonnet-4-20250514", temperature: 0.4, top_p: 0.9 }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("x-aigw-adapted")).toBeNull();
    expect(h.upstream.requests[0]!.json()).toMatchObject({ temperature: 0.4, top_p: 0.9 });
  });
});
