// GENERATED FILE - do not edit. Source: plugins/guardrail-moderation/schema/config.json. Regenerate with `pnpm gen`.

/**
 * What the guardrail checks: the request (input), the answer (output), or both. Streamed answers are checked as they pass. Default: ["input"].
 *
 * @minItems 1
 *
 * This interface was referenced by `ModerationGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailSides".
 */
export type GuardrailSides = ["input" | "output", ...("input" | "output")[]];
/**
 * What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.
 *
 * This interface was referenced by `ModerationGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailAction".
 */
export type GuardrailAction = "deny" | "flag" | "mask" | "fallback";
/**
 * Which parts of a request are checked, by role: system, developer, user, assistant, tool (message roles), prompt (completions), input (embeddings and moderations). Default: all of them.
 *
 * @minItems 1
 *
 * This interface was referenced by `ModerationGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailRoles".
 */
export type GuardrailRoles = [
  "system" | "developer" | "user" | "assistant" | "tool" | "function" | "prompt" | "input",
  ...("system" | "developer" | "user" | "assistant" | "tool" | "function" | "prompt" | "input")[]
];
/**
 * The message a denied client gets. Default: names the node and the failing checks.
 *
 * This interface was referenced by `ModerationGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailMessage".
 */
export type GuardrailMessage = string;

/**
 * Asks a moderation model about the texts of a request (or of its answer) through a provider node this node uses, and fails a check for each category the model flags (or whose score reaches its threshold).
 */
export interface ModerationGuardrailConfig {
  /**
   * The id of the provider (or router) node that answers /v1/moderations: a providers-openai, providers-mistral or providers-mock node. It must be listed in this node's `uses`, and is best a node of its own (a node whose `model` is forced would force it on moderations too).
   */
  node: string;
  /**
   * The moderation model to ask for (omni-moderation-latest, mistral-moderation-latest...). Default: none is named, and the provider uses its own default.
   */
  model?: string;
  /**
   * The categories that count, by the name the answer gives them (OpenAI's: harassment, harassment/threatening, hate, hate/threatening, illicit, illicit/violent, self-harm, self-harm/intent, self-harm/instructions, sexual, sexual/minors, violence, violence/graphic; a provider may add its own, such as Mistral's pii). Default: every category the answer reports.
   *
   * @minItems 1
   */
  categories?: [string, ...string[]];
  /**
   * A score (0..1) per category at which it fails, instead of the model's own flag: a category with a threshold fails when its score reaches it, flagged or not; one without fails when the model flags it. Each category named here must be one that counts (see categories).
   */
  thresholds?: {
    [k: string]: number;
  };
  on?: GuardrailSides;
  action?: GuardrailAction;
  roles?: GuardrailRoles;
  message?: GuardrailMessage;
  stream?: GuardrailStream;
}
/**
 * How a streamed answer is checked: text is held back until it is at least holdBackChars from the stream's end, so a match that spans chunks is caught before it is sent.
 *
 * This interface was referenced by `ModerationGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailStream".
 */
export interface GuardrailStream {
  /**
   * How many characters of streamed text are held back for checking (the longest match that can be masked whole). Default: 128.
   */
  holdBackChars?: number;
}
