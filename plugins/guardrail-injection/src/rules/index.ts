/** Every built-in rule, by category. */

import { DELIMITER_RULES } from "./delimiter.js";
import { EXTRACTION_RULES } from "./extraction.js";
import { OVERRIDE_RULES } from "./override.js";
import { ROLE_PLAY_RULES } from "./role-play.js";
import type { Rule } from "./rule.js";

export type { Rule } from "./rule.js";

/** The built-in rules (the encoded-payload category has signals rather than rules: see hidden-signals.ts). */
export const BUILT_IN_RULES: readonly Rule[] = [
  ...OVERRIDE_RULES,
  ...ROLE_PLAY_RULES,
  ...EXTRACTION_RULES,
  ...DELIMITER_RULES,
];
