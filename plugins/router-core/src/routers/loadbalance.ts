/**
 * router-loadbalance: a weighted choice among the targets (providers, or several nodes of one
 * provider with different keys). With `stickyBy`, the first present attribute picks by a stable
 * hash, so one user or key keeps landing on the same target in every gateway process; on a
 * failure that moves on, the remaining targets follow by weight.
 */
import type { LoadBalanceRouterConfig } from "../loadbalance.gen.js";
import { configSchema } from "../loadbalance-schema.gen.js";
import { firstFieldReader } from "../resilience/field.js";
import { hashedRandom } from "../resilience/random.js";
import { validateLoadbalance as validateConfig } from "../validators.gen.js";
import { checkTargets, inOrder, routerPlugin } from "./router.js";
import { weightedOrder } from "./weighted.js";

export type { LoadBalanceRouterConfig };

export const loadBalanceRouter = routerPlugin<LoadBalanceRouterConfig>({
  name: "router-loadbalance",
  strategy: "loadbalance",
  description: "Picks a target by weight (optionally sticky), falling back to the others by weight.",
  configSchema,
  configValidator: validateConfig,
  setup(config, init, policy) {
    const weights = config.weights ?? {};
    checkTargets(init, Object.keys(weights), "weights name");
    const sticky =
      config.stickyBy === undefined
        ? undefined
        : firstFieldReader(typeof config.stickyBy === "string" ? [config.stickyBy] : config.stickyBy);
    const weightOf = (id: string) => weights[id] ?? 1;
    return {
      fallback: config.fallback ?? true,
      order(ctx, targets) {
        const key = sticky?.(ctx);
        const random = key === undefined ? policy.random : hashedRandom(`${ctx.node}:${key}`);
        return inOrder(weightedOrder(init.targets, weightOf, random), targets);
      },
    };
  },
});
