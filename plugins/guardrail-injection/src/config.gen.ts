// GENERATED FILE - do not edit. Source: plugins/guardrail-injection/schema/config.json. Regenerate with `pnpm gen`.

/**
 * What the guardrail checks: the request (input), the answer (output), or both. Streamed answers are checked as they pass. Default: ["input"].
 *
 * @minItems 1
 *
 * This interface was referenced by `InjectionGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailSides".
 */
export type GuardrailSides = ["input" | "output", ...("input" | "output")[]];
/**
 * What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.
 *
 * This interface was referenced by `InjectionGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailAction".
 */
export type GuardrailAction = "deny" | "flag" | "mask" | "fallback";
/**
 * Which parts of a request are checked, by role: system, developer, user, assistant, tool (message roles), prompt (completions), input (embeddings and moderations). Default: all of them.
 *
 * @minItems 1
 *
 * This interface was referenced by `InjectionGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailRoles".
 */
export type GuardrailRoles = [
  "system" | "developer" | "user" | "assistant" | "tool" | "function" | "prompt" | "input",
  ...("system" | "developer" | "user" | "assistant" | "tool" | "function" | "prompt" | "input")[]
];
/**
 * The message a denied client gets. Default: names the node and the failing checks.
 *
 * This interface was referenced by `InjectionGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailMessage".
 */
export type GuardrailMessage = string;

/**
 * The prompt-injection guardrail: scores each prompt 0..1 with weighted rules over a normalised copy of the text (lowercase, diacritics folded, leetspeak and homoglyphs read as letters, invisible characters removed) and flags it at or above the threshold.
 */
export interface InjectionGuardrailConfig {
  on?: GuardrailSides;
  action?: GuardrailAction;
  roles?: GuardrailRoles;
  message?: GuardrailMessage;
  stream?: GuardrailStream;
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
/**
 * How a streamed answer is checked: text is held back until it is at least holdBackChars from the stream's end, so a match that spans chunks is caught before it is sent.
 *
 * This interface was referenced by `InjectionGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailStream".
 */
export interface GuardrailStream {
  /**
   * How many characters of streamed text are held back for checking (the longest match that can be masked whole). Default: 128.
   */
  holdBackChars?: number;
}
