// The OpenAI builders produce the shapes api.openai.com streams and returns.
import type { ChatCompletionChunk } from "@aigw/plugin-api";
import { describe, expect, it } from "vitest";
import { chatChunks, chatCompletion, openAIError, splitText, toolCallChunks, usage } from "./openai.js";

describe("OpenAI builders", () => {
  it("builds a chat completion with usage", () => {
    const completion = chatCompletion({ content: "Hi", model: "gpt-4o" });
    expect(completion.object).toBe("chat.completion");
    expect(completion.model).toBe("gpt-4o");
    expect(completion.choices[0]?.message.content).toBe("Hi");
    expect(completion.choices[0]?.finish_reason).toBe("stop");
    expect(completion.usage).toEqual({ prompt_tokens: 9, completion_tokens: 3, total_tokens: 12 });
    expect(chatCompletion({ usage: null }).usage).toBeUndefined();
  });

  it("builds a completion with tool calls", () => {
    const completion = chatCompletion({ toolCalls: [{ name: "f", arguments: "{}" }] });
    expect(completion.choices[0]?.message.content).toBeNull();
    expect(completion.choices[0]?.message.tool_calls?.[0]?.function.name).toBe("f");
    expect(completion.choices[0]?.finish_reason).toBe("tool_calls");
  });

  it("splits a text reply into chunks with role first and finish reason last", () => {
    const chunks = chatChunks(["Hel", "lo"]);
    expect(chunks).toHaveLength(3);
    expect(chunks[0]?.choices[0]?.delta).toEqual({ role: "assistant", content: "Hel" });
    expect(chunks[1]?.choices[0]?.delta).toEqual({ content: "lo" });
    expect(chunks[2]?.choices[0]).toEqual({ index: 0, delta: {}, finish_reason: "stop" });
    expect(chunks.every((c) => !("usage" in c))).toBe(true);
  });

  it("adds the usage chunk when include_usage is on", () => {
    const chunks = chatChunks(["a"], { includeUsage: usage(5, 1) });
    expect(chunks.slice(0, -1).every((c) => c.usage === null)).toBe(true);
    const last = chunks.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.usage).toEqual({ prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 });
  });

  it("streams parallel tool calls with arguments split across chunks", () => {
    const calls = [
      { id: "call_a", name: "get_weather", arguments: '{"city":"Paris"}' },
      { id: "call_b", name: "get_time", arguments: '{"tz":"Europe/Paris"}' },
    ];
    const chunks = toolCallChunks(calls, { argumentPieces: 4 });
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe("tool_calls");
    expect(reassemble(chunks)).toEqual(calls);
    const fragments = chunks.filter((c) => c.choices[0]?.delta.tool_calls?.[0]?.function?.arguments);
    expect(fragments.length).toBeGreaterThan(4);
  });

  it("splits text evenly", () => {
    expect(splitText("abcdefg", 3)).toEqual(["abc", "def", "g"]);
  });

  it("builds an OpenAI error body", () => {
    expect(openAIError("Nope", { type: "rate_limit_error", code: "rate_limit_exceeded" })).toEqual({
      error: { message: "Nope", type: "rate_limit_error", code: "rate_limit_exceeded", param: null },
    });
  });
});

/** Rebuilds tool calls from chunks as a client would (fragments concatenate by index). */
function reassemble(chunks: ChatCompletionChunk[]) {
  const calls: { id: string; name: string; arguments: string }[] = [];
  for (const chunk of chunks) {
    for (const part of chunk.choices[0]?.delta.tool_calls ?? []) {
      calls[part.index] ??= { id: "", name: "", arguments: "" };
      const call = calls[part.index]!;
      if (part.id) call.id = part.id;
      if (part.function?.name) call.name = part.function.name;
      call.arguments += part.function?.arguments ?? "";
    }
  }
  return calls;
}
