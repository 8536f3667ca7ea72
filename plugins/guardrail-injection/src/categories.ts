/**
 * The kinds of prompt injection the scorer knows. They name the signals it reports and are what a
 * configuration turns on or off.
 */

/** Every category, in the order the configuration schema lists them. */
export const CATEGORIES = [
  "instruction-override",
  "role-play",
  "prompt-extraction",
  "encoded-payload",
  "delimiter-injection",
] as const;

/**
 * A kind of injection:
 * - `instruction-override`: "ignore the previous instructions", "new instructions:", "vergiss alles";
 * - `role-play`: jailbreak personas (DAN, developer mode, "you are no longer bound by");
 * - `prompt-extraction`: asking for the system prompt or the text above;
 * - `encoded-payload`: text hidden from a reader (base64 that decodes to text, invisible or tag
 *   characters, bidi overrides, homoglyph or leetspeak spellings of a keyword, letter-spaced text);
 * - `delimiter-injection`: fake role markers and chat-template tokens ("system:", "</user>", "[INST]").
 */
export type Category = (typeof CATEGORIES)[number];

/** Whether a string names a category. */
export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}
