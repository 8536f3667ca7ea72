/**
 * router-canary: `percent` of users go to the canary target, the rest to the stable one. A user
 * is the first present `stickyBy` attribute (by default `body.user`, then `principal.keyId`),
 * hashed, so each user stays on one side; requests with none are spread at random.
 */
import type { CanaryRouterConfig } from "../canary.gen.js";
import { configSchema } from "../canary-schema.gen.js";
import { firstFieldReader } from "../resilience/field.js";
import { stableHash } from "../resilience/random.js";
import { validateCanary as validateConfig } from "../validators.gen.js";
import { checkTargets, inOrder, routerPlugin } from "./router.js";

export type { CanaryRouterConfig };

export const canaryRouter = routerPlugin<CanaryRouterConfig>({
  name: "router-canary",
  strategy: "canary",
  description: "Sends a percentage of users to a new target, the rest to the stable one.",
  configSchema,
  configValidator: validateConfig,
  setup(config, init, policy) {
    checkTargets(init, [config.stable, config.canary], "stable/canary name");
    const user = firstFieldReader(config.stickyBy ?? ["body.user", "principal.keyId"]);
    return {
      fallback: config.fallback ?? true,
      order(ctx, targets) {
        const key = user(ctx);
        const point = key === undefined ? policy.random() : stableHash(`canary:${ctx.node}:${key}`);
        const toCanary = point * 100 < config.percent;
        return inOrder(toCanary ? [config.canary, config.stable] : [config.stable, config.canary], targets);
      },
    };
  },
});
