// The capabilities service: the shipped table is valid and says what the providers' documentation
// says for the models the gateway's users hit (Claude's one sampler, OpenAI's reasoning models);
// adapting drops, renames, resolves and clamps in `drop` mode and answers 400 naming the parameter
// and the model in `error` mode; missing features are always a 400; overrides replace entries and
// bad ones are reported at their config path.
import { readFileSync } from "node:fs";
import {
  type CapabilityTable,
  type ChatCompletionRequest,
  GatewayError,
  isGatewayError,
} from "@aigw/plugin-api";
import { capabilityTable } from "@aigw/schemas/capabilities";
import { validateCapabilityTable } from "@aigw/schemas/validators";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../config/config-error.js";
import { createCapabilities, loadCapabilities } from "./capabilities.js";

const chat = (fields: Record<string, unknown>): ChatCompletionRequest =>
  ({ model: "m", messages: [{ role: "user", content: "hi" }], ...fields }) as ChatCompletionRequest;

/** The GatewayError `run` throws (fails the test when it throws nothing). */
function refusal(run: () => unknown): GatewayError {
  try {
    run();
  } catch (error) {
    if (isGatewayError(error)) return error;
    throw error;
  }
  throw new Error("expected a GatewayError");
}

const builtIn = loadCapabilities();

describe("the shipped capability table", () => {
  it("validates against its schema and is what schemas/capabilities.json says", () => {
    expect(validateCapabilityTable(capabilityTable), JSON.stringify(validateCapabilityTable.errors)).toBe(
      true,
    );
    const file = JSON.parse(
      readFileSync(new URL("../../../../schemas/capabilities.json", import.meta.url), "utf8"),
    );
    delete file.$schema;
    expect(capabilityTable).toEqual(file);
    expect(capabilityTable.version).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });

  it("makes the Claude 4.5 models, Opus 4.1 and later take one of temperature and top_p", () => {
    for (const [provider, model] of [
      ["anthropic", "claude-sonnet-4-5-20250929"],
      ["anthropic", "claude-haiku-4-5"],
      ["anthropic", "claude-opus-4-1-20250805"],
      ["anthropic", "claude-sonnet-4-6"],
      ["bedrock", "us.anthropic.claude-sonnet-4-5-20250929-v1:0"],
      ["bedrock", "anthropic.claude-opus-4-5-20251101-v1:0"],
    ] as const) {
      const exclusive = builtIn.lookup(provider, model)?.exclusive;
      expect(exclusive, `${provider} ${model}`).toEqual([
        expect.objectContaining({ params: ["temperature", "top_p"], keep: "temperature" }),
      ]);
    }
    // Earlier models take both.
    expect(builtIn.lookup("anthropic", "claude-sonnet-4-20250514")?.exclusive).toBeUndefined();
    expect(builtIn.lookup("anthropic", "claude-3-7-sonnet-latest")?.exclusive).toBeUndefined();
  });

  it("makes OpenAI's reasoning models take max_completion_tokens and refuse sampling parameters", () => {
    for (const model of ["o1", "o3-mini", "o4-mini-2025-04-16", "gpt-5", "gpt-5-mini", "gpt-5-nano"]) {
      const entry = builtIn.lookup("openai", model);
      expect(entry?.renames, model).toEqual({ max_tokens: "max_completion_tokens" });
      expect(Object.keys(entry?.rejects ?? {}), model).toEqual(
        expect.arrayContaining(["temperature", "top_p", "logprobs", "presence_penalty"]),
      );
    }
    expect(builtIn.lookup("openai", "gpt-4o")?.rejects).toBeUndefined();
    expect(builtIn.lookup("openai", "gpt-5-chat-latest")?.rejects).toBeUndefined();
    expect(builtIn.lookup("openai", "o1-mini")?.features).toMatchObject({
      tools: false,
      systemMessages: false,
    });
  });
});

describe("adapting a chat request (drop)", () => {
  it("keeps temperature and drops top_p for Claude Sonnet 4.5", () => {
    const body = chat({ temperature: 0.2, top_p: 0.9 });
    const { body: out, adaptations } = builtIn.adaptChat("anthropic", "claude-sonnet-4-5", body, "drop");
    expect(out).toEqual(chat({ temperature: 0.2 }));
    expect(adaptations).toEqual([
      { param: "top_p", action: "dropped", detail: expect.stringContaining("cannot both be specified") },
    ]);
    expect(body.top_p).toBe(0.9); // the client's body is never changed
  });

  it("renames max_tokens, drops sampling parameters and clamps for o3", () => {
    const { body, adaptations } = builtIn.adaptChat(
      "openai",
      "o3",
      chat({ max_tokens: 500_000, temperature: 0.7, logprobs: true, seed: 4 }),
      "drop",
    );
    expect(body).toEqual(chat({ max_completion_tokens: 100_000, seed: 4 }));
    expect(adaptations.map((a) => `${a.action} ${a.param}`)).toEqual([
      "renamed max_tokens",
      "dropped temperature",
      "dropped logprobs",
      "clamped max_completion_tokens",
    ]);
    expect(adaptations.at(-1)?.detail).toBe("from 500000 to 100000");
  });

  it("drops max_tokens when max_completion_tokens is sent too", () => {
    const { body } = builtIn.adaptChat(
      "openai",
      "o4-mini",
      chat({ max_tokens: 10, max_completion_tokens: 20 }),
      "drop",
    );
    expect(body).toEqual(chat({ max_completion_tokens: 20 }));
  });

  it("lets GPT-5.1 keep temperature while reasoning_effort is none or absent", () => {
    const none = chat({ temperature: 0.3, reasoning_effort: "none" });
    expect(builtIn.adaptChat("openai", "gpt-5.1", none, "drop").body).toBe(none);
    const absent = chat({ temperature: 0.3 });
    expect(builtIn.adaptChat("openai", "gpt-5.1", absent, "drop").body).toBe(absent);
    const high = builtIn.adaptChat(
      "openai",
      "gpt-5.1",
      chat({ temperature: 0.3, reasoning_effort: "high" }),
      "drop",
    );
    expect(high.body).toEqual(chat({ reasoning_effort: "high" }));
  });

  it("returns the very body when the model accepts it, or is not listed", () => {
    const body = chat({ temperature: 0.2, max_tokens: 100 });
    expect(builtIn.adaptChat("anthropic", "claude-sonnet-4-5", body, "drop").body).toBe(body);
    expect(builtIn.adaptChat("nowhere", "anything", body, "error").body).toBe(body);
    expect(
      builtIn.adaptChat("openai", "gpt-4o", chat({ temperature: 1, top_p: 1 }), "error").adaptations,
    ).toEqual([]);
  });
});

describe("adapting a chat request (error)", () => {
  it("answers 400 naming the parameter and the model instead of changing anything", () => {
    const error = refusal(() =>
      builtIn.adaptChat("anthropic", "claude-sonnet-4-5", chat({ temperature: 0.2, top_p: 0.9 }), "error"),
    );
    expect(error.status).toBe(400);
    expect(error.code).toBe("invalid_request");
    expect(error.param).toBe("top_p");
    expect(error.message).toContain("claude-sonnet-4-5");
    const renamed = refusal(() => builtIn.adaptChat("openai", "o1", chat({ max_tokens: 5 }), "error"));
    expect([renamed.param, renamed.message]).toEqual([
      "max_tokens",
      expect.stringContaining("max_completion_tokens"),
    ]);
  });
});

describe("features a model lacks", () => {
  it("are a 400 naming the parameter and the model in either mode", () => {
    const tools = [{ type: "function", function: { name: "f" } }];
    for (const mode of ["drop", "error"] as const) {
      const error = refusal(() => builtIn.adaptChat("openai", "o1-mini", chat({ tools }), mode));
      expect([error.status, error.param]).toEqual([400, "tools"]);
      expect(error.message).toContain("o1-mini");
    }
    const image = chat({
      messages: [
        { role: "user", content: "look" },
        {
          role: "user",
          content: [
            { type: "text", text: "this" },
            { type: "image_url", image_url: { url: "x" } },
          ],
        },
      ],
    });
    expect(refusal(() => builtIn.adaptChat("openai", "o3-mini", image, "drop")).param).toBe(
      "messages[1].content[1]",
    );
    const schema = chat({ response_format: { type: "json_schema", json_schema: { name: "x" } } });
    expect(refusal(() => builtIn.adaptChat("openai", "gpt-4-turbo", schema, "drop")).param).toBe(
      "response_format",
    );
    const system = chat({ messages: [{ role: "system", content: "be brief" }] });
    expect(refusal(() => builtIn.adaptChat("openai", "o1-mini", system, "drop")).param).toBe(
      "messages[0].role",
    );
    // An empty tools list asks for nothing.
    expect(builtIn.adaptChat("openai", "o1-mini", chat({ tools: [] }), "drop").adaptations).toEqual([]);
  });
});

describe("overrides", () => {
  it("replace the built-in entry and may name a built-in profile", () => {
    const capabilities = loadCapabilities({
      anthropic: { "claude-sonnet-4-5*": { maxOutputTokens: 1000 } },
      "my-vllm": { "llama*": { profile: "openai-reasoning", features: { tools: false } } },
    });
    const sonnet = capabilities.adaptChat(
      "anthropic",
      "claude-sonnet-4-5",
      chat({ temperature: 1, top_p: 1, max_tokens: 4000 }),
      "drop",
    );
    expect(sonnet.body).toEqual(chat({ temperature: 1, top_p: 1, max_tokens: 1000 }));
    expect(capabilities.lookup("my-vllm", "llama-3")?.renames).toEqual({
      max_tokens: "max_completion_tokens",
    });
    expect(capabilities.lookup("my-vllm", "llama-3")?.features).toEqual({ tools: false });
  });

  it("are reported at their config path when invalid or naming an unknown profile", () => {
    const bad = (overrides: unknown) => {
      try {
        loadCapabilities(overrides);
      } catch (error) {
        if (error instanceof ConfigError) return error.issues.map((i) => i.path);
        throw error;
      }
      return [];
    };
    expect(bad({ openai: { o3: { maxOutputTokens: -1 } } })).toEqual([
      "/capabilities/overrides/openai/o3/maxOutputTokens",
    ]);
    expect(bad({ openai: { o3: { colour: "red" } } })).toEqual(["/capabilities/overrides/openai/o3/colour"]);
    expect(bad({ openai: { "a/b*": { profile: "nope" } } })).toEqual([
      "/capabilities/overrides/openai/a~1b*/profile",
    ]);
  });

  it("a table without profiles compiles entries on their own", () => {
    const table: CapabilityTable = {
      version: "t",
      providers: { p: { m: { rejects: { seed: { reason: "no" } } } } },
    };
    const { body } = createCapabilities(table).adaptChat("p", "m", chat({ seed: 1 }), "drop");
    expect(body).toEqual(chat({}));
  });
});

it("GatewayError is what features and error mode throw", () => {
  expect(refusal(() => builtIn.adaptChat("openai", "o1", chat({ top_p: 1 }), "error"))).toBeInstanceOf(
    GatewayError,
  );
});
