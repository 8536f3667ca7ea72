/**
 * router-cost: the cheapest target for this request first. The estimate: input tokens from the
 * request's size (bytes / charsPerToken), output tokens from `max_completion_tokens` or
 * `max_tokens` (else `defaultOutputTokens`), priced per target in USD per million tokens; ties
 * keep configured order, and the rest follow cheapest-first as fallbacks.
 */
import type { CallContext } from "@aigw/plugin-api";
import type { CostRouterConfig } from "../cost.gen.js";
import { configSchema } from "../cost-schema.gen.js";
import { validateCost as validateConfig } from "../validators.gen.js";
import { checkTargets, inOrder, routerPlugin } from "./router.js";

export type { CostRouterConfig };

/** Input and output tokens this request is expected to use. */
export function estimateTokens(
  ctx: Pick<CallContext, "request">,
  charsPerToken: number,
  defaultOutputTokens: number,
): { input: number; output: number } {
  const request = ctx.request;
  const size = request.raw?.byteLength ?? JSON.stringify(request.body ?? {}).length;
  const body = (request.body ?? {}) as { max_tokens?: unknown; max_completion_tokens?: unknown };
  const limit = [body.max_completion_tokens, body.max_tokens].find((v): v is number => typeof v === "number");
  return { input: Math.ceil(size / charsPerToken), output: limit ?? defaultOutputTokens };
}

export const costRouter = routerPlugin<CostRouterConfig>({
  name: "router-cost",
  strategy: "cost",
  description: "Picks the cheapest target for the request from a price table.",
  configSchema,
  configValidator: validateConfig,
  setup(config, init) {
    checkTargets(init, Object.keys(config.prices), "prices name");
    const unpriced = init.targets.filter((id) => !config.prices[id]);
    if (unpriced.length > 0) throw new Error(`prices has no entry for target(s) ${unpriced.join(", ")}`);
    const perToken = config.charsPerToken ?? 4;
    const defaultOut = config.defaultOutputTokens ?? 256;
    return {
      fallback: config.fallback ?? true,
      order(ctx, targets) {
        const { input, output } = estimateTokens(ctx, perToken, defaultOut);
        const ranked = init.targets
          .map((id, index) => {
            const price = config.prices[id]!;
            return { id, index, usd: (input * price.input + output * price.output) / 1e6 };
          })
          .sort((a, b) => a.usd - b.usd || a.index - b.index);
        ctx.annotations.tags[`${ctx.node}.estimateUsd`] = Number(ranked[0]?.usd.toPrecision(4) ?? 0);
        return inOrder(
          ranked.map((r) => r.id),
          targets,
        );
      },
    };
  },
});
