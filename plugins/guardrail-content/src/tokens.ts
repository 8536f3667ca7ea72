/**
 * Token counting for length rules, with gpt-tokenizer (a maintained port of OpenAI's tiktoken).
 * Its encodings are large (about 200 ms and tens of MB to load both), so they are imported only
 * for a config that has a token rule, and only the ones it can use. The encoding follows the
 * model family: o200k_base for gpt-4o, gpt-4.1, gpt-4.5, gpt-5 and the o-series (and gpt-oss),
 * cl100k_base for everything else; for other vendors' models the count is an approximation.
 */
import type { ContentGuardrailConfig } from "./config.gen.js";

/** The BPE encodings a length rule can count with. */
export type TokenEncoding = "o200k_base" | "cl100k_base";

/**
 * Counts the tokens of `text`. With `atMost`, the counter may stop early: it then returns some
 * number above `atMost` instead of the exact count.
 */
export type TokenCounter = (text: string, encoding: TokenEncoding, atMost?: number) => number;

const O200K_FAMILY = /^(?:gpt-4o|chatgpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|gpt-oss|o\d)/i;

/** The encoding for a model name (a `provider/` prefix is ignored); cl100k_base when unknown. */
export function encodingForModel(model: string | undefined): TokenEncoding {
  if (model === undefined) return "cl100k_base";
  const name = model.slice(model.lastIndexOf("/") + 1);
  return O200K_FAMILY.test(name) ? "o200k_base" : "cl100k_base";
}

/** The encodings a config's token rules can use: none when it has no token rule. */
export function tokenEncodingsFor(config: ContentGuardrailConfig): TokenEncoding[] {
  const needed = new Set<TokenEncoding>();
  for (const rule of config.rules) {
    if (rule.type !== "length" || rule.unit !== "tokens") continue;
    if (rule.encoding) needed.add(rule.encoding);
    else {
      needed.add("o200k_base");
      needed.add("cl100k_base");
    }
  }
  return [...needed].sort();
}

interface Encoding {
  countTokens(text: string, options?: { disallowedSpecial?: Set<string> }): number;
  isWithinTokenLimit(
    text: string,
    limit: number,
    options?: { disallowedSpecial?: Set<string> },
  ): false | number;
}

/** Special-token markers in user text are plain text to count, not an error. */
const PLAIN = { disallowedSpecial: new Set<string>() };

async function loadEncoding(encoding: TokenEncoding): Promise<Encoding> {
  return encoding === "o200k_base"
    ? await import("gpt-tokenizer/encoding/o200k_base")
    : await import("gpt-tokenizer/encoding/cl100k_base");
}

/**
 * Loads the given encodings (by default both) and returns a counter over them. Asking it for an
 * encoding that was not loaded throws.
 */
export async function loadTokenCounter(
  encodings: readonly TokenEncoding[] = ["cl100k_base", "o200k_base"],
): Promise<TokenCounter> {
  const loaded = new Map<TokenEncoding, Encoding>();
  for (const encoding of encodings) loaded.set(encoding, await loadEncoding(encoding));
  return (text, encoding, atMost) => {
    const api = loaded.get(encoding);
    if (api === undefined) throw new Error(`the ${encoding} encoding was not loaded`);
    if (atMost === undefined) return api.countTokens(text, PLAIN);
    const within = api.isWithinTokenLimit(text, atMost, PLAIN);
    return within === false ? atMost + 1 : within;
  };
}
