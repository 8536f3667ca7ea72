/**
 * The contains and notContains rules. notContains fails when a selected part holds one of the
 * values (each occurrence a span); contains passes when the selected parts hold any (or every)
 * value, and stops scanning as soon as that is settled.
 */
import type { ContainsRule } from "../config.gen.js";
import { PhraseFinder } from "../phrase-finder.js";
import { type CompiledRule, counted, fail, type PartSpan, pass, roleFilter } from "./rule.js";

const quoted = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(", ");

/** Compiles a contains or notContains rule; `maxSpans` caps the spans of one verdict. */
export function compileContainsRule(rule: ContainsRule, maxSpans: number): CompiledRule {
  const finder = new PhraseFinder(rule.values, {
    caseSensitive: rule.caseSensitive ?? false,
    wholeWord: rule.wholeWord ?? false,
  });
  const selected = roleFilter(rule.roles);
  const name = rule.name;

  if (rule.type === "notContains") {
    return {
      name,
      evaluate({ parts }) {
        let spans: PartSpan[] | undefined;
        let truncated = false;
        let found = 0;
        let seen: Uint8Array | undefined;
        scan: for (let p = 0; p < parts.length; p++) {
          const part = parts[p]!;
          if (!selected(part)) continue;
          for (let at = 0; finder.find(part.text, at); at = finder.end) {
            if (spans === undefined) spans = [];
            spans.push({ start: finder.start, end: finder.end, label: name, part: p });
            seen ??= new Uint8Array(finder.phrases.length);
            if (seen[finder.id] === 0) {
              seen[finder.id] = 1;
              found++;
            }
            if (spans.length >= maxSpans) {
              truncated = true;
              break scan;
            }
          }
        }
        if (spans === undefined) return pass(name, "none of the values is present");
        const present = finder.phrases.filter((_, i) => seen?.[i] === 1);
        return fail(
          name,
          `forbidden ${counted(found, "value", "values")} present (${quoted(present)}): ${counted(spans.length, "occurrence", "occurrences", truncated)}`,
          spans,
        );
      },
    };
  }

  const needed = rule.match === "all" ? finder.phrases.length : 1;
  return {
    name,
    evaluate({ parts }) {
      // Only "all" needs to know which values were seen; "any" stops at the first.
      const seen = needed === 1 ? undefined : new Uint8Array(finder.phrases.length);
      let found = 0;
      for (const part of parts) {
        if (!selected(part)) continue;
        for (let at = 0; finder.find(part.text, at); at = finder.end) {
          if (seen !== undefined) {
            if (seen[finder.id] === 1) continue;
            seen[finder.id] = 1;
          }
          if (++found >= needed)
            return pass(
              name,
              needed === 1 ? "a required value is present" : "every required value is present",
            );
        }
      }
      if (needed === 1)
        return fail(name, `none of the required values is present (${quoted(finder.phrases)})`);
      const missing = finder.phrases.filter((_, i) => seen?.[i] !== 1);
      return fail(
        name,
        `required ${counted(missing.length, "value", "values")} missing (${quoted(missing)})`,
      );
    },
  };
}
