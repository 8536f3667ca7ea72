/**
 * A minimal guardrail for the kit's own tests and as the smallest example of one: fails on any
 * configured word, with a span per occurrence.
 */
import { defineGuardrail } from "../define-guardrail.js";
import type { CheckVerdict, GuardrailSettings, PartSpan } from "../types.js";

export interface WordConfig extends GuardrailSettings {
  words: string[];
  /** Answer asynchronously, after this many ms (to shuffle completion order). */
  delayMs?: number;
}

export function wordGuardrail(name = "guardrail-words") {
  return defineGuardrail({
    manifest: {
      name,
      version: "0.0.0",
      engine: "^0.1.0",
      configSchema: {
        type: "object",
        required: ["words"],
        properties: {
          words: { type: "array", items: { type: "string" } },
          delayMs: { type: "integer" },
          on: { type: "array" },
          action: { enum: ["deny", "flag", "mask", "fallback"] },
          roles: { type: "array" },
          message: { type: "string" },
          stream: { type: "object" },
        },
      },
    },
    create(config: WordConfig) {
      const pattern = new RegExp(
        config.words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
        "gi",
      );
      const check = (parts: readonly { text: string }[]): CheckVerdict[] => {
        const spans: PartSpan[] = [];
        parts.forEach((part, index) => {
          for (const m of part.text.matchAll(pattern))
            spans.push({ part: index, start: m.index, end: m.index + m[0].length, label: "word" });
        });
        return [
          spans.length > 0
            ? { check: "words", verdict: "fail", spans, reason: `${spans.length} listed word(s)` }
            : { check: "words", verdict: "pass", reason: "no listed word" },
        ];
      };
      return {
        check: ({ parts }) =>
          config.delayMs === undefined
            ? check(parts)
            : new Promise((resolve) => setTimeout(() => resolve(check(parts)), config.delayMs)),
      };
    },
  });
}
