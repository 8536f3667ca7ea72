/**
 * A small rule language over a request, shared by the engine (`when` on a node) and by
 * conditional routers: `{ "field": "model", "eq": "gpt-4o" }`, combined with `all`, `any`, `not`.
 * Fields are field paths (field-path.ts). Rules are compiled once into plain functions.
 */
import { type ConditionSubject, compileFieldPath, type FieldGetter } from "./field-path.js";
import type { JsonValue } from "./openai/common.js";

export type Comparison =
  | { field: string; eq: JsonValue }
  | { field: string; ne: JsonValue }
  | { field: string; gt: number }
  | { field: string; gte: number }
  | { field: string; lt: number }
  | { field: string; lte: number }
  | { field: string; in: JsonValue[] }
  | { field: string; nin: JsonValue[] }
  | { field: string; regex: string }
  | { field: string; exists: boolean };

export type Condition = Comparison | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export type CompiledCondition = (subject: ConditionSubject) => boolean;

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Compiles a condition; throws with the offending path when it is malformed. */
export function compileCondition(condition: Condition, path = "when"): CompiledCondition {
  if ("all" in condition) {
    const parts = condition.all.map((c, i) => compileCondition(c, `${path}.all[${i}]`));
    return (s) => parts.every((p) => p(s));
  }
  if ("any" in condition) {
    const parts = condition.any.map((c, i) => compileCondition(c, `${path}.any[${i}]`));
    return (s) => parts.some((p) => p(s));
  }
  if ("not" in condition) {
    const inner = compileCondition(condition.not, `${path}.not`);
    return (s) => !inner(s);
  }
  let get: FieldGetter;
  try {
    get = compileFieldPath(condition.field);
  } catch (error) {
    throw new Error(`${path}.field: ${(error as Error).message}`);
  }
  if ("eq" in condition) return (s) => equal(get(s), condition.eq);
  if ("ne" in condition) return (s) => !equal(get(s), condition.ne);
  if ("gt" in condition) return (s) => num(get(s), (v) => v > condition.gt);
  if ("gte" in condition) return (s) => num(get(s), (v) => v >= condition.gte);
  if ("lt" in condition) return (s) => num(get(s), (v) => v < condition.lt);
  if ("lte" in condition) return (s) => num(get(s), (v) => v <= condition.lte);
  if ("in" in condition) return (s) => condition.in.some((v) => equal(get(s), v));
  if ("nin" in condition) return (s) => !condition.nin.some((v) => equal(get(s), v));
  if ("regex" in condition) {
    let re: RegExp;
    try {
      re = new RegExp(condition.regex);
    } catch (error) {
      throw new Error(`${path}.regex: ${(error as Error).message}`);
    }
    return (s) => {
      const v = get(s);
      return typeof v === "string" && re.test(v);
    };
  }
  if ("exists" in condition) return (s) => (get(s) !== undefined) === condition.exists;
  throw new Error(
    `${path}: a comparison needs one operator (eq, ne, gt, gte, lt, lte, in, nin, regex, exists)`,
  );
}

function num(value: unknown, test: (v: number) => boolean): boolean {
  return typeof value === "number" && test(value);
}
