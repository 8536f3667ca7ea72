/**
 * `moderations`: OpenAI's thirteen categories for each input, from a small built-in word list
 * (whole words, any case) for the six main ones. A category scores 1 - 0.5^(n+1) for n listed
 * words found (0.75 for one, 0.875 for two...) and is flagged; any other category gets a small
 * score from a hash of its name and the text (below 0.01), never flagged. Image parts are not
 * looked at: only text is judged, and every category says so.
 */
import { type CallResult, jsonResult, type ModerationRequest, type ModerationResult } from "@aigw/plugin-api";
import { hash53 } from "./hash.js";
import type { MockCall } from "./mock-call.js";

/** The words that flag each main category (a mock's list: enough to see a guardrail work). */
export const MODERATION_WORDS: Readonly<Record<string, readonly string[]>> = {
  harassment: ["idiot", "moron", "loser"],
  hate: ["bigot", "vermin", "subhuman"],
  illicit: ["meth", "counterfeit", "launder"],
  "self-harm": ["suicide", "self-harm", "kill myself"],
  sexual: ["nsfw", "porn", "explicit"],
  violence: ["kill", "murder", "bomb", "stab", "shoot"],
};

/** Every category OpenAI's omni moderation models report, in their order. */
export const MODERATION_CATEGORIES = [
  "harassment",
  "harassment/threatening",
  "hate",
  "hate/threatening",
  "illicit",
  "illicit/violent",
  "self-harm",
  "self-harm/intent",
  "self-harm/instructions",
  "sexual",
  "sexual/minors",
  "violence",
  "violence/graphic",
] as const;

/** Compiled once: whole-word, case-insensitive, global (for counting). */
const PATTERNS = new Map(
  Object.entries(MODERATION_WORDS).map(([category, words]) => [
    category,
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join("|")})(?![\\p{L}\\p{N}])`, "giu"),
  ]),
);

/** The texts judged: one per input (the text parts of a multimodal input count as one input). */
function inputsOf(call: MockCall, input: ModerationRequest["input"]): string[] {
  if (typeof input === "string") return [input];
  if (input.length === 0) call.ctx.error("invalid_request", "input must not be empty.", { param: "input" });
  if (input.every((item) => typeof item === "string")) return input as string[];
  if (!input.every((item) => typeof item === "object" && item !== null)) {
    call.ctx.error("invalid_request", "input must be texts, or the parts of one input, not a mix of both.", {
      param: "input",
    });
  }
  const texts: string[] = [];
  for (const part of input) if (part.type === "text" && typeof part.text === "string") texts.push(part.text);
  return [texts.join("\n")];
}

/** The verdict on one text. */
export function moderate(text: string): ModerationResult {
  const categories: Record<string, boolean> = {};
  const scores: Record<string, number> = {};
  const applied: Record<string, "text"[]> = {};
  for (const category of MODERATION_CATEGORIES) {
    const pattern = PATTERNS.get(category);
    const found = pattern ? (text.match(pattern)?.length ?? 0) : 0;
    categories[category] = found > 0;
    scores[category] = found > 0 ? 1 - 0.5 ** (found + 1) : (hash53(`${category}\n${text}`) % 10_000) / 1e6;
    applied[category] = ["text"];
  }
  return {
    flagged: Object.values(categories).some(Boolean),
    categories,
    category_scores: scores,
    category_applied_input_types: applied,
  };
}

export function moderations(call: MockCall, body: ModerationRequest): CallResult {
  const results = inputsOf(call, body.input).map(moderate);
  return jsonResult(JSON.stringify({ id: `modr-${call.digest}`, model: call.model, results }));
}
