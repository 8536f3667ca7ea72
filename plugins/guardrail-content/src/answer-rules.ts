/**
 * Which rules judge an answer, which of those need the whole of it, and how much of a stream
 * the rest must hold back. An answer's texts are the assistant's (its content and its tool
 * calls' arguments), so a rule that selects other roles only ever reads requests. A rule that
 * requires something (contains, a regex with mustMatch) or measures a length can only be judged
 * on the whole answer: on a stream's window it would refuse an answer whose required phrase is
 * still to come, or has already been sent. Fixed phrases (notContains, words) can only be forming
 * within the longest phrase's length of the end; a regex could be anywhere.
 */
import { wordStart } from "@aigw/guardrail-kit";
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

/**
 * Where a stream's held text may still hold the start of a phrase of `rules` (the answer's rules,
 * none judging the whole text), or undefined when a regex rule means only a fixed margin is safe.
 */
export function phrasePending(rules: readonly ContentRule[]): ((text: string) => number) | undefined {
  let longest = 0;
  for (const rule of rules) {
    if (rule.type === "regex") return undefined;
    const phrases =
      rule.type === "notContains"
        ? rule.values
        : rule.type === "words"
          ? Object.values(rule.categories).flat()
          : [];
    for (const phrase of phrases) longest = Math.max(longest, phrase.length);
  }
  // A few units of slack for case-insensitive matches whose UTF-16 length differs from the value's.
  const margin = longest + 4;
  // From a word's start, so whole-word edges see what they would in the whole text.
  return (text) => wordStart(text, Math.max(0, text.length - margin));
}
