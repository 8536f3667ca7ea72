/**
 * What every compiled rule shares: the input it evaluates, the verdict builders, and the
 * role filter that picks the text parts a rule looks at.
 */
import type { Role } from "../config.gen.js";
import type { RequestInfo, Span, TextPart, Verdict } from "../types.js";

/** A span located in one of the checked parts. */
export type PartSpan = Span & { part: number };

/** One request as the rules see it. */
export interface RuleInput {
  parts: readonly TextPart[];
  request: RequestInfo;
}

/** A rule compiled from config: evaluating it always yields its one verdict. */
export interface CompiledRule {
  readonly name: string;
  evaluate(input: RuleInput): Verdict;
}

/** A passing verdict. */
export function pass(check: string, reason: string): Verdict {
  return { check, verdict: "pass", reason };
}

/** A failing verdict, with the spans that locate the cause when there are any. */
export function fail(check: string, reason: string, spans?: PartSpan[]): Verdict {
  return spans && spans.length > 0
    ? { check, verdict: "fail", spans, reason }
    : { check, verdict: "fail", reason };
}

/** The predicate choosing the parts a rule checks: every part when the rule names no roles. */
export function roleFilter(roles: readonly Role[] | undefined): (part: TextPart) => boolean {
  if (roles === undefined) return () => true;
  const set = new Set<string>(roles);
  return (part) => set.has(part.role);
}

/** `1 match` / `3 matches`: a count with its noun, and "at least" when scanning stopped early. */
export function counted(count: number, one: string, many: string, truncated = false): string {
  return `${truncated ? "at least " : ""}${count} ${count === 1 ? one : many}`;
}
