/**
 * transform-defaults: fills in request parameters the client left out (`defaults`) and forces
 * others (`force`), optionally only for some models. The smallest useful plugin, and the one
 * docs/writing-a-plugin.md walks through.
 */
import { definePlugin, type JsonObject, patch } from "@aigw/plugin-api";
import type { DefaultsConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";

export type { DefaultsConfig };

export default definePlugin({
  manifest: {
    name: "transform-defaults",
    kind: "transform",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["request"],
    configSchema,
    configValidator: validateConfig,
    description: "Fills in default request parameters and forces others.",
  },
  create(config: DefaultsConfig) {
    const defaults = Object.entries(config.defaults ?? {});
    const force = (config.force ?? {}) as JsonObject;
    const models = config.models ? new Set(config.models) : undefined;
    return {
      request(ctx) {
        if (models && !models.has(ctx.request.model ?? "")) return undefined;
        const body = ctx.request.body as unknown as Record<string, unknown>;
        const changes: JsonObject = {};
        for (const [key, value] of defaults)
          if (body[key] === undefined) changes[key] = value as JsonObject[string];
        Object.assign(changes, force);
        // Returning nothing keeps the original bytes, so the provider forwards them untouched.
        return Object.keys(changes).length > 0 ? patch(changes) : undefined;
      },
    };
  },
});
