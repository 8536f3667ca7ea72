/**
 * Gemini thought signatures across turns. Thinking models attach an opaque `thoughtSignature` to
 * the function calls they make, and Gemini 3 refuses (400) a history whose function calls come
 * back without it. OpenAI's format has no such field, so the gateway carries it three ways:
 * 1. on each tool call of the answer as `extra_content.google.thought_signature` (the convention
 *    of Google's own OpenAI-compatible endpoint), read back from the assistant message;
 * 2. in the node's store, keyed by tool call id, for clients that drop unknown fields;
 * 3. failing both, Google's documented validator-skip value, for Gemini 3+ models (config
 *    `thoughtSignatureFallback`).
 */
import type { KeyValueStore } from "@aigw/plugin-api";

/** Google's documented placeholder for function calls that have no real signature. */
export const SKIP_SIGNATURE = "skip_thought_signature_validator";
/** How long a signature is kept for clients that lose it. */
const TTL_MS = 24 * 60 * 60_000;

export class SignatureStore {
  constructor(private readonly store: KeyValueStore) {}

  /** Remembers a signature; failures are ignored (the answer carries it too). */
  remember(toolCallId: string, signature: string): Promise<void> {
    return this.store.set(`sig:${toolCallId}`, signature, TTL_MS).catch(() => {});
  }

  async lookup(toolCallId: string): Promise<string | undefined> {
    try {
      const value = await this.store.get(`sig:${toolCallId}`);
      return typeof value === "string" ? value : undefined;
    } catch {
      return undefined;
    }
  }
}

/** Whether the placeholder is used for a model: Gemini 3 and later enforce signatures. */
export function needsFallback(mode: "auto" | "always" | "never", model: string): boolean {
  if (mode !== "auto") return mode === "always";
  const major = /gemini-(\d+)/.exec(model)?.[1];
  return major !== undefined && Number(major) >= 3;
}

/** The signature a client sent back on a tool call (`extra_content.google.thought_signature`). */
export function signatureOf(toolCall: unknown): string | undefined {
  const extra = (toolCall as { extra_content?: { google?: { thought_signature?: unknown } } } | undefined)
    ?.extra_content;
  const value = extra?.google?.thought_signature;
  return typeof value === "string" && value.length > 0 ? value : undefined;
}
