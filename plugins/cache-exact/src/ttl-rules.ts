/**
 * How long each request's answer is kept: the first rule whose `when` holds, else the default.
 * Conditions are compiled once, at boot, with the shared condition language.
 */
import { type Condition, type ConditionSubject, compileCondition } from "@aigw/plugin-api";
import type { TtlRule } from "./config.gen.js";

/** The TTL in ms for a request (0: not cached). */
export type TtlChooser = (subject: ConditionSubject) => number;

/** Compiles the rules; throws naming the malformed rule. */
export function compileTtlRules(rules: readonly TtlRule[], defaultSeconds: number): TtlChooser {
  const compiled = rules.map((rule, i) => ({
    test: compileCondition(rule.when as Condition, `config.rules[${i}].when`),
    ttlMs: rule.ttlSeconds * 1000,
  }));
  const fallback = defaultSeconds * 1000;
  if (compiled.length === 0) return () => fallback;
  return (subject) => {
    for (const rule of compiled) if (rule.test(subject)) return rule.ttlMs;
    return fallback;
  };
}
