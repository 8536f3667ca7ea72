/**
 * Cohere's token counts as OpenAI's `usage`. Cohere reports two pairs: `billed_units` (what it
 * charges) and `tokens` (what the model processed, its own prompt template included); the
 * node's `usageSource` picks one, the other fills in when the first is missing. `cached_tokens`
 * becomes `prompt_tokens_details.cached_tokens`. Cohere has no reasoning-token count.
 */
import type { Usage } from "@aigw/plugin-api";
import type { CohereUsage } from "./wire.js";

export type UsageSource = "billed" | "tokens";

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** OpenAI usage from Cohere's; undefined when Cohere reported no token counts at all. */
export function toOpenAIUsage(raw: CohereUsage | undefined, source: UsageSource): Usage | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const billed = raw.billed_units ?? {};
  const tokens = raw.tokens ?? {};
  const [first, second] = source === "billed" ? [billed, tokens] : [tokens, billed];
  const input = num(first.input_tokens) ?? num(second.input_tokens);
  const output = num(first.output_tokens) ?? num(second.output_tokens);
  if (input === undefined && output === undefined) return undefined;
  const usage: Usage = {
    prompt_tokens: input ?? 0,
    completion_tokens: output ?? 0,
    total_tokens: (input ?? 0) + (output ?? 0),
  };
  const cached = num(raw.cached_tokens);
  if (cached !== undefined) usage.prompt_tokens_details = { cached_tokens: cached };
  return usage;
}
