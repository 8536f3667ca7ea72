/** The error a content rule set fails to compile with, naming the rule at fault. */

/** A config the rules cannot be compiled from (bad pattern, missing bound, duplicate name...). */
export class ContentConfigError extends Error {
  override name = "ContentConfigError";
}
