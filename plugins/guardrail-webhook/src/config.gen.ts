// GENERATED FILE - do not edit. Source: plugins/guardrail-webhook/schema/config.json. Regenerate with `pnpm gen`.

/**
 * What the guardrail checks: the request (input), the answer (output), or both. Streamed answers are checked as they pass. Default: ["input"].
 *
 * @minItems 1
 *
 * This interface was referenced by `WebhookGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailSides".
 */
export type GuardrailSides = ["input" | "output", ...("input" | "output")[]];
/**
 * What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.
 *
 * This interface was referenced by `WebhookGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailAction".
 */
export type GuardrailAction = "deny" | "flag" | "mask" | "fallback";
/**
 * Which parts of a request are checked, by role: system, developer, user, assistant, tool (message roles), prompt (completions), input (embeddings and moderations). Default: all of them.
 *
 * @minItems 1
 *
 * This interface was referenced by `WebhookGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailRoles".
 */
export type GuardrailRoles = [
  "system" | "developer" | "user" | "assistant" | "tool" | "function" | "prompt" | "input",
  ...("system" | "developer" | "user" | "assistant" | "tool" | "function" | "prompt" | "input")[]
];
/**
 * The message a denied client gets. Default: names the node and the failing checks.
 *
 * This interface was referenced by `WebhookGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailMessage".
 */
export type GuardrailMessage = string;

/**
 * Sends the texts of a request (or of its answer) to an external check service over HTTP and applies the verdicts it returns. The wire contract is in this package's README and schema/wire.json.
 */
export interface WebhookGuardrailConfig {
  /**
   * The check service's endpoint; each check is one POST of JSON to it.
   */
  url: string;
  /**
   * Static headers sent with every call (a tenant id, a version). Put secrets in headersFromEnv instead, so they stay out of config files.
   */
  headers?: {
    [k: string]: string;
  };
  /**
   * Headers whose values are read from environment variables once at boot (header name -> variable name), e.g. { authorization: GUARD_TOKEN }. A variable that is not set stops the boot.
   */
  headersFromEnv?: {
    [k: string]: string;
  };
  /**
   * How long one call may take, from sending to the last byte of the answer; past it the call counts as failed (see failMode). Keep the node's own timeoutMs above it.
   */
  timeoutMs?: number;
  /**
   * What a failed call (unreachable, timed out, a non-2xx status, a malformed answer) does. closed: the request (or answer) is refused with a message saying the check could not run, whatever the action; open: it passes, and the record gets a passing verdict with the reason "webhook unavailable".
   */
  failMode?: "open" | "closed";
  /**
   * What each call sends besides the side checked. texts (always): the text parts with their role and JSON pointer. request: the model, the endpoint, the request id and the caller's principal (keyId, team, user). The client's headers, its credentials among them, are never sent.
   */
  include?: ("texts" | "request")[];
  /**
   * Streamed answers: true gathers the whole answer and makes one call once it is complete (then replays it or refuses it; mask then refuses); false calls once per window of held-back text as the stream passes (one call per window, so far more calls). Complete answers are always checked whole, and with true a mask on them refuses too.
   */
  wholeAnswer?: boolean;
  on?: GuardrailSides;
  action?: GuardrailAction;
  roles?: GuardrailRoles;
  message?: GuardrailMessage;
  stream?: GuardrailStream;
}
/**
 * How a streamed answer is checked: text is held back until it is at least holdBackChars from the stream's end, so a match that spans chunks is caught before it is sent.
 *
 * This interface was referenced by `WebhookGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailStream".
 */
export interface GuardrailStream {
  /**
   * How many characters of streamed text are held back for checking (the longest match that can be masked whole). Default: 128.
   */
  holdBackChars?: number;
}
