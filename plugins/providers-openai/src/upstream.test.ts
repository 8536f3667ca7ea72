// Presets resolve to their base URL and key variable; auth is a bearer header; a missing key is a
// clear gateway misconfiguration (warned at boot, internal_error at call time).
import { chatCompletion, json } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { PRESETS, type PresetName } from "./presets.js";
import { chatBody, type Harness, harness } from "./testing/harness.js";
import { resolveUpstream } from "./upstream.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const env = (values: Record<string, string>) => ({ get: (name: string) => values[name] });

describe("resolveUpstream", () => {
  it.each<[PresetName, string, string | undefined]>([
    ["openai", "https://api.openai.com/v1", "OPENAI_API_KEY"],
    ["groq", "https://api.groq.com/openai/v1", "GROQ_API_KEY"],
    ["together", "https://api.together.xyz/v1", "TOGETHER_API_KEY"],
    ["fireworks", "https://api.fireworks.ai/inference/v1", "FIREWORKS_API_KEY"],
    ["deepseek", "https://api.deepseek.com/v1", "DEEPSEEK_API_KEY"],
    ["xai", "https://api.x.ai/v1", "XAI_API_KEY"],
    ["openrouter", "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY"],
    ["perplexity", "https://api.perplexity.ai", "PERPLEXITY_API_KEY"],
    ["mistral", "https://api.mistral.ai/v1", "MISTRAL_API_KEY"],
  ])("%s: %s with a bearer key from %s", (preset, baseUrl, keyEnv) => {
    const upstream = resolveUpstream({ preset }, env({ [keyEnv!]: "k-1" }));
    expect(upstream.baseUrl).toBe(baseUrl);
    expect(upstream.name).toBe(preset);
    expect(upstream.jsonHeaders).toEqual({ authorization: "Bearer k-1", "content-type": "application/json" });
    expect(upstream.missingKey).toBeUndefined();
    const missing = resolveUpstream({ preset }, env({}));
    expect(missing.missingKey).toContain(keyEnv);
    expect(missing.missingKey).toContain(PRESETS[preset].label);
  });

  it.each<[PresetName, string]>([
    ["ollama", "http://127.0.0.1:11434/v1"],
    ["vllm", "http://127.0.0.1:8000/v1"],
    ["lmstudio", "http://127.0.0.1:1234/v1"],
  ])("%s is local (%s) and needs no key", (preset, baseUrl) => {
    const upstream = resolveUpstream({ preset }, env({}));
    expect(upstream.baseUrl).toBe(baseUrl);
    expect(upstream.missingKey).toBeUndefined();
    expect(upstream.plainHeaders).toEqual({});
  });

  it("defaults to OpenAI", () => {
    expect(resolveUpstream({}, env({ OPENAI_API_KEY: "sk" })).baseUrl).toBe("https://api.openai.com/v1");
  });

  it("uses a custom base URL (trailing slash dropped) without sending OPENAI_API_KEY to it", () => {
    const upstream = resolveUpstream(
      { baseUrl: "https://llm.internal.example/v1/" },
      env({ OPENAI_API_KEY: "sk" }),
    );
    expect(upstream.baseUrl).toBe("https://llm.internal.example/v1");
    expect(upstream.label).toBe("llm.internal.example");
    expect(upstream.plainHeaders.authorization).toBeUndefined();
    expect(upstream.missingKey).toBeUndefined();
  });

  it("requires a variable named by apiKeyEnv, even for a local preset", () => {
    expect(resolveUpstream({ preset: "vllm", apiKeyEnv: "MY_VLLM_KEY" }, env({})).missingKey).toContain(
      "MY_VLLM_KEY",
    );
    expect(resolveUpstream({ preset: "vllm" }, env({ VLLM_API_KEY: "v" })).plainHeaders.authorization).toBe(
      "Bearer v",
    );
  });

  it("prefers a literal apiKey, and accepts an authorization header given in headers", () => {
    expect(
      resolveUpstream({ preset: "groq", apiKey: "lit" }, env({ GROQ_API_KEY: "env" })).plainHeaders
        .authorization,
    ).toBe("Bearer lit");
    const custom = resolveUpstream({ preset: "groq", headers: { Authorization: "Token abc" } }, env({}));
    expect(custom.missingKey).toBeUndefined();
    expect(custom.plainHeaders.authorization).toBe("Token abc");
  });
});

describe("presets through the engine", () => {
  it("a preset's key variable is sent as a bearer token (base URL overridden to the fake)", async () => {
    h = await harness(json(200, chatCompletion()), {
      config: { preset: "groq", apiKeyEnv: undefined },
      env: { GROQ_API_KEY: "gsk_test", OPENAI_API_KEY: "sk-wrong" },
    });
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(200);
    expect(h.upstream.requests[0]!.headers.authorization).toBe("Bearer gsk_test");
  });

  it("records the preset's name as the provider that served the request (the price table's label)", async () => {
    h = await harness(json(200, chatCompletion()), {
      config: { preset: "groq", apiKeyEnv: undefined, model: "llama-3.3-70b-versatile" },
      env: { GROQ_API_KEY: "gsk_test" },
    });
    const finished = h.nextFinished();
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(200);
    expect((await finished).annotations.servedBy).toEqual({
      provider: "groq",
      model: "llama-3.3-70b-versatile",
      node: "llm",
    });
  });

  it("records openai without a preset or base URL, and a custom base URL's host", async () => {
    expect(resolveUpstream({}, env({ OPENAI_API_KEY: "k" })).provider).toBe("openai");
    expect(resolveUpstream({ preset: "openai", baseUrl: "http://proxy.local/v1" }, env({})).provider).toBe(
      "openai",
    );
    expect(resolveUpstream({ baseUrl: "http://vllm.local:8000/v1" }, env({})).provider).toBe(
      "vllm.local:8000",
    );
    h = await harness(json(200, chatCompletion()));
    const finished = h.nextFinished();
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(200);
    expect((await finished).annotations.servedBy).toMatchObject({
      provider: new URL(h.upstream.url).host,
      model: "gpt-4o-mini",
    });
  });

  it("a local preset sends no authorization", async () => {
    h = await harness(json(200, chatCompletion()), {
      config: { preset: "ollama", apiKeyEnv: undefined },
      env: {},
    });
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(200);
    expect(h.upstream.requests[0]!.headers.authorization).toBeUndefined();
  });

  it("a missing key warns at boot and fails calls with internal_error naming the variable", async () => {
    h = await harness(json(200, chatCompletion()), {
      config: { preset: "mistral", apiKeyEnv: undefined },
      env: {},
    });
    expect(h.warnings.some((w) => w.includes("MISTRAL_API_KEY"))).toBe(true);
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("internal_error");
    expect(body.error.message).toContain("MISTRAL_API_KEY");
    expect(h.upstream.requests).toHaveLength(0);
  });
});
