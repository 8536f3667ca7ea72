/**
 * The content guardrail: the compiled rules as one check (a verdict per rule). An answer is
 * judged by the rules that read answers; when one of those needs the whole text (a length, a
 * required phrase) a stream is gathered before it is checked, otherwise streams are checked on the
 * kit's sliding window.
 */
import { defineGuardrail } from "@aigw/guardrail-kit";
import { needsWholeText, phrasePending, readsAnswers } from "./answer-rules.js";
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
    const rules = config.rules ?? [];
    const answerRules = rules.filter(readsAnswers);
    const checkRequest = await prepareContentRules(config);
    const checkAnswer =
      answerRules.length === rules.length
        ? checkRequest
        : await prepareContentRules({ ...config, rules: answerRules });
    const wholeAnswer = answerRules.some(needsWholeText);
    const pending = wholeAnswer ? undefined : phrasePending(answerRules);
    return {
      check: ({ parts, side, ctx }) =>
        (side === "output" ? checkAnswer : checkRequest)(parts, {
          model: ctx.request.model,
          body: ctx.request.body as unknown as Record<string, unknown>,
        }),
      wholeAnswer,
      ...(pending ? { pending } : {}),
    };
  },
});
