/**
 * @aigw/guardrail-moderation: a guardrail that asks a moderation model. The texts of the side
 * being checked (the request's, or the answer's) go in one `/v1/moderations` call to a provider
 * node this node `uses` (OpenAI, Mistral, the mock); each category the model flags, or whose
 * score reaches its configured threshold, is a failing check, and the kit applies the action.
 * A moderation model judges a whole text, so a streamed answer is gathered and judged once
 * complete (one call, not one per chunk), then sent or refused.
 */
import { defineGuardrail } from "@aigw/guardrail-kit";
import type { ModerationGuardrailConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { moderate } from "./moderation-call.js";
import { type VerdictRules, verdictsOf } from "./verdicts.js";

export type { ModerationGuardrailConfig } from "./config.gen.js";
export { moderationRequest } from "./moderation-call.js";
export { type VerdictRules, verdictsOf } from "./verdicts.js";

/** The rules a config sets, checked once: a threshold on a category that does not count is a mistake. */
function rulesOf(config: ModerationGuardrailConfig): VerdictRules {
  const categories = config.categories ? new Set(config.categories) : undefined;
  const thresholds = new Map(Object.entries(config.thresholds ?? {}));
  for (const name of thresholds.keys()) {
    if (categories && !categories.has(name))
      throw new Error(`thresholds names "${name}", which is not in categories: add it there or remove it`);
  }
  return { categories, thresholds };
}

export default defineGuardrail({
  manifest: {
    name: "guardrail-moderation",
    version: "0.1.0",
    engine: "^0.1.0",
    configSchema,
    configValidator: validateConfig,
    description:
      "Asks a moderation model (OpenAI, Mistral) about request or answer text; denies or flags by category and score.",
  },
  create(config: ModerationGuardrailConfig, init) {
    if (!init.uses.includes(config.node)) {
      throw new Error(
        `node "${config.node}" is not in this node's uses: add uses: ["${config.node}"] to node "${init.node}"`,
      );
    }
    const rules = rulesOf(config);
    return {
      wholeAnswer: true,
      async check({ parts, ctx }) {
        return verdictsOf(await moderate(ctx, config.node, parts, config.model), rules);
      },
    };
  },
});
