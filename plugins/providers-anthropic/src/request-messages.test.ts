// For any OpenAI conversation, the Anthropic messages alternate user/assistant, every user turn
// starts with its tool results, and nothing is lost or reordered otherwise.
import type { ChatCompletionMessageParam } from "@aigw/plugin-api";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translateMessages } from "./request-messages.js";

const word = fc.stringMatching(/^[a-z]{1,8}$/);
const message: fc.Arbitrary<ChatCompletionMessageParam> = fc.oneof(
  word.map((content) => ({ role: "system" as const, content })),
  word.map((content) => ({ role: "user" as const, content })),
  word.map((content) => ({ role: "assistant" as const, content })),
  fc.tuple(word, fc.array(word, { minLength: 1, maxLength: 3 })).map(([content, ids]) => ({
    role: "assistant" as const,
    content,
    tool_calls: ids.map((id) => ({
      id,
      type: "function" as const,
      function: { name: "f", arguments: "{}" },
    })),
  })),
  fc.tuple(word, word).map(([id, content]) => ({ role: "tool" as const, tool_call_id: id, content })),
);

describe("translateMessages", () => {
  it("alternates roles, puts tool results first in a user turn, and keeps every block in order", () => {
    fc.assert(
      fc.property(fc.array(message, { maxLength: 12 }), (messages) => {
        const out = translateMessages(messages);
        for (let i = 1; i < out.messages.length; i++)
          expect(out.messages[i]!.role).not.toBe(out.messages[i - 1]!.role);
        for (const m of out.messages) {
          const types = m.content.map((b) => b.type);
          const firstOther = types.findIndex((t) => t !== "tool_result");
          if (firstOther >= 0) expect(types.slice(firstOther)).not.toContain("tool_result");
        }
        const blocks = out.messages.flatMap((m) => m.content);
        const results = messages
          .filter((m) => m.role === "tool")
          .map((m) => (m as { tool_call_id: string }).tool_call_id);
        expect(blocks.flatMap((b) => (b.type === "tool_result" ? [b.tool_use_id] : []))).toEqual(results);
        const calls = messages.flatMap((m) =>
          m.role === "assistant" ? (m.tool_calls ?? []).map((c) => c.id) : [],
        );
        expect(blocks.flatMap((b) => (b.type === "tool_use" ? [b.id] : []))).toEqual(calls);
        const systems = messages.filter((m) => m.role === "system").map((m) => m.content);
        expect(out.system).toBe(systems.length > 0 ? systems.join("\n\n") : undefined);
      }),
      { numRuns: 300 },
    );
  });
});
