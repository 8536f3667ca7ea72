/**
 * router-conditional: picks one target per request by ordered rules over the request (model,
 * endpoint, headers, `x-aigw-metadata`, body fields, the caller's key attributes), with a
 * default. Rules use the shared condition language, compiled once at boot. The chosen target
 * gets the shared retries, timeouts and breaker; there is no fallback to other targets.
 */
import { type Condition, type ConditionSubject, compileCondition } from "@aigw/plugin-api";
import type { ConditionalRouterConfig } from "../conditional.gen.js";
import { configSchema } from "../conditional-schema.gen.js";
import { validateConditional as validateConfig } from "../validators.gen.js";
import { checkTargets, routerPlugin } from "./router.js";

export type { ConditionalRouterConfig };

export const conditionalRouter = routerPlugin<ConditionalRouterConfig>({
  name: "router-conditional",
  strategy: "conditional",
  description: "Routes each request to the first target whose rule matches, else to the default.",
  configSchema,
  configValidator: validateConfig,
  setup(config, init) {
    checkTargets(
      init,
      [...config.routes.map((r) => r.target), ...(config.default ? [config.default] : [])],
      "routes name",
    );
    const rules = config.routes.map((route, i) => ({
      test: compileCondition(route.when as Condition, `config.routes[${i}].when`),
      target: route.target,
    }));
    return {
      fallback: false,
      order(ctx, targets) {
        const subject: ConditionSubject = { request: ctx.request, annotations: ctx.annotations };
        const id = rules.find((rule) => rule.test(subject))?.target ?? config.default;
        if (!id) {
          return ctx.error(
            "invalid_request",
            `No route of "${ctx.node}" matches this request (model ${ctx.request.model ?? "none"}).`,
            { publicCode: "no_route", param: "model" },
          );
        }
        ctx.annotations.tags[`${ctx.node}.route`] = id;
        return [targets.get(id)!];
      },
    };
  },
});
