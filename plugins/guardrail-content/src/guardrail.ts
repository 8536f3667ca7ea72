/**
 * The content guardrail: the compiled rules as one check (a verdict per rule). Rules that judge
 * a whole text (lengths) need the whole answer, so a stream is then gathered before it is
 * checked; otherwise streams are checked on the kit's sliding window.
 */
import { defineGuardrail } from "@aigw/guardrail-kit";
import { prepareContentRules } from "./compile.js";
import type { ContentGuardrailConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";

export default defineGuardrail({
  manifest: {
    name: "guardrail-content",
    version: "0.1.0",
    engine: "^0.1.0",
    configSchema,
    configValidator: validateConfig,
    description:
      "Content rules on requests and answers: regex, contains, length, models, parameters, word lists.",
  },
  async create(config: ContentGuardrailConfig) {
    const check = await prepareContentRules(config);
    return {
      check: ({ parts, ctx }) =>
        check(parts, {
          model: ctx.request.model,
          body: ctx.request.body as unknown as Record<string, unknown>,
        }),
      wholeAnswer: (config.rules ?? []).some((rule) => rule.type === "length"),
    };
  },
});
