/** router-fallback: the node's targets in configured order, moving on when one fails. */
import type { FallbackRouterConfig } from "../fallback.gen.js";
import { configSchema } from "../fallback-schema.gen.js";
import { validateFallback as validateConfig } from "../validators.gen.js";
import { routerPlugin } from "./router.js";

export type { FallbackRouterConfig };

export const fallbackRouter = routerPlugin<FallbackRouterConfig>({
  name: "router-fallback",
  strategy: "fallback",
  description: "Tries the node's targets in order until one answers.",
  configSchema,
  configValidator: validateConfig,
  setup: () => ({
    fallback: true,
    order: (_ctx, targets) => targets.all,
  }),
});
