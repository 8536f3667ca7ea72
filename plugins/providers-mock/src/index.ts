/**
 * @aigw/providers-mock: a built-in offline provider. It answers every endpoint with a
 * deterministic, OpenAI-shaped result (the same request always gets the same answer, apart from
 * `created`), so the gateway works with no keys and tests and benchmarks have a realistic
 * upstream: configurable latency and chunk pacing, reproducible failure injection, cut streams.
 */
import { definePlugin, type ModelObject } from "@aigw/plugin-api";
import { answer } from "./answer.js";
import type { MockProviderConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { FailureInjector } from "./failures.js";
import { resolveOptions } from "./options.js";
import { sleep } from "./sleep.js";

export type { MockProviderConfig } from "./config.gen.js";

/** A fixed `created` for listed models, so `/v1/models` is deterministic too. */
const MODELS_CREATED = 1_704_067_200;

export default definePlugin({
  manifest: {
    name: "providers-mock",
    kind: "provider",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["call", "models"],
    services: ["clock"],
    configSchema,
    configValidator: validateConfig,
    description: "An offline provider with deterministic answers, latency and failure injection.",
  },
  create(config: MockProviderConfig) {
    const options = resolveOptions(config);
    const failures = new FailureInjector(options);
    return {
      models(): ModelObject[] {
        return options.models.map((id) => ({
          id,
          object: "model",
          created: MODELS_CREATED,
          owned_by: "aigw-mock",
        }));
      },
      async call(ctx) {
        // Decided on arrival, so the failing calls depend only on their order, not on timing.
        const failing = failures.next();
        // No wait, and no abort wiring, when there is no latency to simulate.
        if (options.latencyMs > 0) await sleep(options.latencyMs, ctx.cancellation);
        if (failing !== undefined) failures.fail(ctx, failing);
        return answer(ctx, options);
      },
    };
  },
});
