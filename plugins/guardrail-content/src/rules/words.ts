/**
 * The words rule: word lists by category, each compiled into its own whole-word phrase finder;
 * fails when any category matches, with spans labelled by category, ordered by part and offset.
 */
import type { WordsRule } from "../config.gen.js";
import { ContentConfigError } from "../errors.js";
import { PhraseFinder } from "../phrase-finder.js";
import { type CompiledRule, counted, fail, type PartSpan, pass, roleFilter } from "./rule.js";

/** Compiles a words rule; `maxSpans` caps the spans of one verdict. */
export function compileWordsRule(rule: WordsRule, maxSpans: number): CompiledRule {
  const caseSensitive = rule.caseSensitive ?? false;
  const categories = Object.entries(rule.categories).map(([label, words]) => {
    if (words.length === 0)
      throw new ContentConfigError(`rule "${rule.name}": category "${label}" has no words`);
    return { label, finder: new PhraseFinder(words, { caseSensitive, wholeWord: true }) };
  });
  if (categories.length === 0) throw new ContentConfigError(`rule "${rule.name}": no categories`);
  const selected = roleFilter(rule.roles);
  const name = rule.name;

  return {
    name,
    evaluate({ parts }) {
      let spans: PartSpan[] | undefined;
      let counts: number[] | undefined;
      let truncated = false;
      scan: for (let p = 0; p < parts.length; p++) {
        const part = parts[p]!;
        if (!selected(part)) continue;
        for (let c = 0; c < categories.length; c++) {
          const { label, finder } = categories[c]!;
          for (let at = 0; finder.find(part.text, at); at = finder.end) {
            if (spans === undefined || counts === undefined) {
              spans = [];
              counts = new Array<number>(categories.length).fill(0);
            }
            spans.push({ start: finder.start, end: finder.end, label, part: p });
            counts[c]!++;
            if (spans.length >= maxSpans) {
              truncated = true;
              break scan;
            }
          }
        }
      }
      if (spans === undefined || counts === undefined) return pass(name, "no listed word is present");
      // Categories were scanned one after the other: order the spans by where they are.
      spans.sort((a, b) => a.part - b.part || a.start - b.start || a.end - b.end);
      const found = categories
        .map(({ label }, c) => (counts[c]! > 0 ? `${label} (${counts[c]})` : ""))
        .filter((entry) => entry !== "");
      return fail(
        name,
        `listed words present: ${found.join(", ")}: ${counted(spans.length, "occurrence", "occurrences", truncated)}`,
        spans,
      );
    },
  };
}
