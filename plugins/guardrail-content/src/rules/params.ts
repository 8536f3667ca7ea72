/**
 * The params rule: top-level request parameters checked against numeric ranges, allowed values,
 * and forbidden or required lists. Every violation is named in the reason; a parameter set to
 * null counts as absent.
 */
import type { ParamRange, ParamsRule } from "../config.gen.js";
import { ContentConfigError } from "../errors.js";
import { type CompiledRule, fail, pass } from "./rule.js";

type Scalar = string | number | boolean;

function rangeProblem(param: string, value: unknown, range: ParamRange): string | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) return `${param} is not a number`;
  if (range.integer && !Number.isInteger(value)) return `${param} ${value} is not an integer`;
  if (range.min !== undefined && value < range.min)
    return `${param} ${value} is below the minimum ${range.min}`;
  if (range.max !== undefined && value > range.max)
    return `${param} ${value} is above the maximum ${range.max}`;
  return undefined;
}

/** Compiles a params rule. */
export function compileParamsRule(rule: ParamsRule): CompiledRule {
  const { name } = rule;
  const ranges = Object.entries(rule.ranges ?? {});
  const values = Object.entries(rule.values ?? {}).map(
    ([param, allowed]) => [param, new Set<Scalar>(allowed)] as const,
  );
  const forbidden = rule.forbidden ?? [];
  const required = rule.required ?? [];
  if (ranges.length + values.length + forbidden.length + required.length === 0)
    throw new ContentConfigError(`rule "${name}": a params rule needs ranges, values, forbidden or required`);
  for (const [param, range] of ranges)
    if (range.min !== undefined && range.max !== undefined && range.min > range.max)
      throw new ContentConfigError(`rule "${name}": ${param}'s min is greater than its max`);
  // null is how a client leaves a parameter to its default: the same as not sending it.
  const has = (body: Record<string, unknown>, param: string) =>
    Object.hasOwn(body, param) && body[param] !== undefined && body[param] !== null;

  return {
    name,
    evaluate({ request }) {
      const body = request.body;
      const problems: string[] = [];
      for (const param of required) if (!has(body, param)) problems.push(`${param} is required`);
      for (const param of forbidden) if (has(body, param)) problems.push(`${param} is not allowed`);
      for (const [param, range] of ranges) {
        if (!has(body, param)) continue;
        const problem = rangeProblem(param, body[param], range);
        if (problem !== undefined) problems.push(problem);
      }
      for (const [param, allowed] of values) {
        if (!has(body, param)) continue;
        const value = body[param];
        const scalar = typeof value === "string" || typeof value === "number" || typeof value === "boolean";
        if (!scalar || !allowed.has(value as Scalar))
          problems.push(
            `${param} ${scalar ? JSON.stringify(value) : `(a ${typeof value})`} is not an allowed value`,
          );
      }
      if (problems.length === 0) return pass(name, "the parameters are within bounds");
      return fail(name, problems.join("; "));
    },
  };
}
