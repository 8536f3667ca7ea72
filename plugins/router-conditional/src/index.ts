/**
 * router-conditional: picks one target per request by ordered rules over the request (model,
 * endpoint, headers, `x-aigw-metadata`, body fields, the caller's key attributes), with a
 * default. Rules use the shared condition language, compiled once at boot.
 */
import { type Condition, type ConditionSubject, compileCondition, definePlugin } from "@aigw/plugin-api";
import type { ConditionalRouterConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";

export type { ConditionalRouterConfig };

export default definePlugin({
  manifest: {
    name: "router-conditional",
    kind: "router",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["call"],
    configSchema,
    description: "Routes each request to the first target whose rule matches, else to the default.",
  },
  create(config: ConditionalRouterConfig, init) {
    const known = new Set(init.targets);
    const named = [...config.routes.map((r) => r.target), ...(config.default ? [config.default] : [])];
    const unknown = named.filter((t) => !known.has(t));
    if (unknown.length > 0) {
      throw new Error(
        `routes name ${unknown.map((t) => `"${t}"`).join(", ")}, which are not among this node's targets (${init.targets.join(", ")})`,
      );
    }
    const rules = config.routes.map((route, i) => ({
      test: compileCondition(route.when as Condition, `config.routes[${i}].when`),
      target: route.target,
    }));
    return {
      async call(ctx) {
        const subject: ConditionSubject = { request: ctx.request, annotations: ctx.annotations };
        const id = rules.find((rule) => rule.test(subject))?.target ?? config.default;
        if (!id) {
          return ctx.error(
            "invalid_request",
            `No route of "${ctx.node}" matches this request (model ${ctx.request.model ?? "none"}).`,
            {
              publicCode: "no_route",
              param: "model",
            },
          );
        }
        ctx.annotations.tags[`${ctx.node}.route`] = id;
        const target = ctx.targets.find((t) => t.id === id)!;
        return target.invoke();
      },
    };
  },
});
