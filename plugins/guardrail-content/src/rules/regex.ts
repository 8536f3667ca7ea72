/**
 * The regex rule: fails when its pattern matches a selected part (each match a span), or with
 * mustMatch, when it matches none. The pattern is compiled once, with the global flag added.
 */
import type { RegexRule } from "../config.gen.js";
import { ContentConfigError } from "../errors.js";
import { type CompiledRule, counted, fail, type PartSpan, pass, roleFilter } from "./rule.js";

/** Compiles a regex rule; `maxSpans` caps the spans of one verdict. */
export function compileRegexRule(rule: RegexRule, maxSpans: number): CompiledRule {
  const flags = rule.flags ?? "";
  let regex: RegExp;
  try {
    regex = new RegExp(rule.pattern, `${flags}g`);
  } catch (error) {
    throw new ContentConfigError(
      `rule "${rule.name}": invalid regular expression: ${(error as Error).message}`,
    );
  }
  const unicode = flags.includes("u") || flags.includes("v");
  const selected = roleFilter(rule.roles);
  const name = rule.name;

  if (rule.mustMatch === true) {
    return {
      name,
      evaluate({ parts }) {
        for (const part of parts) {
          if (!selected(part)) continue;
          regex.lastIndex = 0;
          if (regex.test(part.text)) return pass(name, "the pattern matches");
        }
        return fail(name, "the pattern matches no checked text");
      },
    };
  }

  return {
    name,
    evaluate({ parts }) {
      let spans: PartSpan[] | undefined;
      let truncated = false;
      scan: for (let p = 0; p < parts.length; p++) {
        const part = parts[p]!;
        if (!selected(part)) continue;
        const text = part.text;
        regex.lastIndex = 0;
        for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
          const start = match.index;
          const end = start + match[0].length;
          if (spans === undefined) spans = [];
          spans.push({ start, end, label: name, part: p });
          if (spans.length >= maxSpans) {
            truncated = true;
            break scan;
          }
          // An empty match would be found again at the same offset: step over one character.
          if (end === start) regex.lastIndex = end + (unicode && isPairAt(text, end) ? 2 : 1);
        }
      }
      if (spans === undefined) return pass(name, "the pattern matches nothing");
      return fail(
        name,
        `the pattern matches: ${counted(spans.length, "match", "matches", truncated)}`,
        spans,
      );
    },
  };
}

function isPairAt(text: string, index: number): boolean {
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff;
}
