/**
 * The models rule: allow and deny lists of model-name globs; deny wins, and with an allow list a
 * request that names no model fails (it cannot be shown to be allowed).
 */
import type { ModelsRule } from "../config.gen.js";
import { ContentConfigError } from "../errors.js";
import { compileGlobs } from "../glob.js";
import { type CompiledRule, fail, pass } from "./rule.js";

/** Compiles a models rule. */
export function compileModelsRule(rule: ModelsRule): CompiledRule {
  const { name } = rule;
  if (!rule.allow?.length && !rule.deny?.length)
    throw new ContentConfigError(`rule "${name}": a models rule needs allow or deny`);
  const allow = rule.allow?.length ? compileGlobs(rule.allow) : undefined;
  const deny = rule.deny?.length ? compileGlobs(rule.deny) : undefined;

  return {
    name,
    evaluate({ request }) {
      const model =
        request.model ?? (typeof request.body["model"] === "string" ? request.body["model"] : undefined);
      if (model === undefined)
        return allow ? fail(name, "the request names no model") : pass(name, "the request names no model");
      if (deny?.test(model)) return fail(name, `model ${JSON.stringify(model)} is denied`);
      if (allow && !allow.test(model)) return fail(name, `model ${JSON.stringify(model)} is not allowed`);
      return pass(name, `model ${JSON.stringify(model)} is allowed`);
    },
  };
}
