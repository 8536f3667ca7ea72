// GENERATED FILE - do not edit. Source: plugins/guardrail-injection/schema/config.json. Regenerate with `pnpm gen`.

/**
 * The detector of the prompt-injection guardrail: scores each prompt 0..1 with weighted rules over a normalised copy of the text (lowercase, diacritics folded, leetspeak and homoglyphs read as letters, invisible characters removed) and flags it at or above the threshold.
 */
export interface InjectionGuardrailConfig {
  /**
   * Score at or above which a prompt counts as an injection. 0.5 (chosen on the training split of deepset/prompt-injections, see the package README) needs one strong signal or several weak ones; lower it to catch more at the cost of more false positives.
   */
  threshold?: number;
  /**
   * The kinds of injection to detect: instruction overrides ("ignore the previous instructions"), role-play jailbreaks (DAN, developer mode), system-prompt extraction, encoded or hidden payloads (base64, invisible and tag characters, bidi overrides, homoglyphs, leetspeak), delimiter injection (fake "system:" markers, chat-template tokens). All by default.
   */
  categories?: (
    "instruction-override" | "role-play" | "prompt-extraction" | "encoded-payload" | "delimiter-injection"
  )[];
  /**
   * Extra patterns, scored like the built-in rules (noisy-OR of the weights of the patterns and rules that match). Each is matched against the whole normalised prompt, so a slow regular expression slows every request.
   */
  patterns?: {
    /**
     * A JavaScript regular expression (compiled with the u flag), matched against the normalised prompt: lowercase, ä -> a and ß -> ss, one space between words. Write it in lowercase.
     */
    pattern: string;
    /**
     * How strongly a match suggests an injection.
     */
    weight: number;
    /**
     * The label of its signals.
     */
    label?: string;
  }[];
}
