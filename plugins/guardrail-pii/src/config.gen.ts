// GENERATED FILE - do not edit. Source: plugins/guardrail-pii/schema/config.json. Regenerate with `pnpm gen`.

/**
 * What the guardrail checks: the request (input), the answer (output), or both. Streamed answers are checked as they pass. Default: ["input"].
 *
 * @minItems 1
 *
 * This interface was referenced by `GuardrailPiiConfig`'s JSON-Schema
 * via the `definition` "GuardrailSides".
 */
export type GuardrailSides = ["input" | "output", ...("input" | "output")[]];
/**
 * What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.
 *
 * This interface was referenced by `GuardrailPiiConfig`'s JSON-Schema
 * via the `definition` "GuardrailAction".
 */
export type GuardrailAction = "deny" | "flag" | "mask" | "fallback";
/**
 * Which parts of a request are checked, by role: system, developer, user, assistant, tool (message roles), prompt (completions), input (embeddings and moderations). Default: all of them.
 *
 * @minItems 1
 *
 * This interface was referenced by `GuardrailPiiConfig`'s JSON-Schema
 * via the `definition` "GuardrailRoles".
 */
export type GuardrailRoles = [
  "system" | "developer" | "user" | "assistant" | "tool" | "function" | "prompt" | "input",
  ...("system" | "developer" | "user" | "assistant" | "tool" | "function" | "prompt" | "input")[]
];
/**
 * The message a denied client gets. Default: names the node and the failing checks.
 *
 * This interface was referenced by `GuardrailPiiConfig`'s JSON-Schema
 * via the `definition` "GuardrailMessage".
 */
export type GuardrailMessage = string;

/**
 * Finds personal data and secrets (emails, phone numbers, payment cards, IBANs, national ids, IP addresses, API keys) in requests and answers, and denies, flags or masks them; masked values can be restored in the answer.
 */
export interface GuardrailPiiConfig {
  on?: GuardrailSides;
  action?: GuardrailAction;
  roles?: GuardrailRoles;
  message?: GuardrailMessage;
  stream?: GuardrailStream;
  /**
   * With action mask on the request: put the original values back where the answer (JSON or stream) repeats their placeholders, for the same request only. Needs action: mask and input in on; the gateway refuses to start otherwise. Default: false.
   */
  restore?: boolean;
  /**
   * The detectors to run, by the label they report. Default: all of them.
   */
  detect?: (
    | "email"
    | "phone"
    | "card"
    | "iban"
    | "us_ssn"
    | "uk_nino"
    | "ca_sin"
    | "in_aadhaar"
    | "ip_address"
    | "secret"
  )[];
  /**
   * Regions whose national phone number formats are recognised (numbers written with a leading + are recognised whatever the region). Each region costs one libphonenumber check per candidate number that fits its lengths.
   *
   * @minItems 1
   */
  phoneRegions?: [string, ...string[]];
  /**
   * Options of the secret detector (known key formats are always on while the detector is).
   */
  secrets?: {
    /**
     * The detector of long random-looking tokens of unknown formats, or false to turn it off.
     */
    entropy?:
      | false
      | {
          /**
           * Shortest token considered, in characters. Default 20.
           */
          minLength?: number;
          /**
           * Least Shannon entropy of the token's characters, in bits per character (a random base64 token of 40 characters has about 4.5). Default 3.5.
           */
          minBitsPerChar?: number;
          /**
           * Also flag tokens made only of hex digits and dashes (hashes, UUIDs), which are left alone by default. Default false.
           */
          includeHex?: boolean;
        };
  };
  /**
   * Regular expressions (JavaScript syntax, no flags) of values never flagged: a detected value that one of them matches as a whole is left in place.
   */
  allow?: string[];
}
/**
 * How a streamed answer is checked: text is held back until it is at least holdBackChars from the stream's end, so a match that spans chunks is caught before it is sent.
 *
 * This interface was referenced by `GuardrailPiiConfig`'s JSON-Schema
 * via the `definition` "GuardrailStream".
 */
export interface GuardrailStream {
  /**
   * How many characters of streamed text are held back for checking (the longest match that can be masked whole). Default: 128.
   */
  holdBackChars?: number;
}
