/**
 * The JSON schema guardrail: checks answers only. The answer's content (and each tool call's
 * arguments, by tool name) must validate; a stream is gathered and checked once complete. With
 * `action: fallback` and `onAttempt: true` on the node, an answer that fails is a failed attempt
 * and the router tries its next target.
 */
import { type CheckVerdict, defineGuardrail } from "@aigw/guardrail-kit";
import { compileAnswerSchema } from "./compile.js";
import type { JsonSchemaGuardrailConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";

export default defineGuardrail({
  manifest: {
    name: "guardrail-json-schema",
    version: "0.1.0",
    engine: "^0.1.0",
    configSchema,
    configValidator: validateConfig,
    description: "An answer's content or tool call arguments must validate against a JSON schema.",
  },
  defaultOn: ["output"],
  create(config: JsonSchemaGuardrailConfig) {
    const schema = compileAnswerSchema(config);
    const toolTarget = config.target === "tool_arguments";
    return {
      wholeAnswer: true,
      check({ parts, side, ctx }) {
        if (side !== "output") return [];
        const request = {
          model: ctx.request.model,
          body: ctx.request.body as unknown as Record<string, unknown>,
        };
        const verdicts: CheckVerdict[] = [];
        if (toolTarget) {
          const calls = parts
            .filter((part) => part.tool !== undefined)
            .map((part) => ({ name: part.tool!, arguments: part.text }));
          verdicts.push(...schema.checkToolCalls(calls, request));
        } else {
          for (const part of parts)
            if (part.tool === undefined) verdicts.push(...schema.checkText(part.text, request));
        }
        return verdicts;
      },
    };
  },
});
