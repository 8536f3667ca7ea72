/**
 * Which rules judge an answer, and which of those need the whole of it. An answer's texts are
 * the assistant's (its content and its tool calls' arguments), so a rule that selects other roles
 * only ever reads requests. A rule that requires something (contains, a regex with mustMatch) or
 * measures a length can only be judged on the whole answer: on a stream's window it would refuse
 * an answer whose required phrase is still to come, or has already been sent.
 */
import type { ContentRule } from "./config.gen.js";

/** Whether `rule` reads the texts of an answer. */
export function readsAnswers(rule: ContentRule): boolean {
  if (rule.type === "models" || rule.type === "params") return true;
  return rule.roles === undefined || rule.roles.includes("assistant");
}

/** Whether `rule` can be judged only on the whole of a text. */
export function needsWholeText(rule: ContentRule): boolean {
  return (
    rule.type === "length" || rule.type === "contains" || (rule.type === "regex" && rule.mustMatch === true)
  );
}
