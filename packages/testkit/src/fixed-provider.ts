/** A provider that answers every chat request with a fixed completion: the terminal a test pipeline needs. */
import { definePlugin, jsonResult } from "@aigw/plugin-api";

export const fixedProvider = definePlugin({
  manifest: {
    name: "fixed-provider",
    kind: "provider",
    version: "0.0.0",
    engine: "^0.1.0",
    hooks: ["call"],
    configSchema: { type: "object", additionalProperties: false },
  },
  create: (_config: Record<string, never>) => ({
    async call(ctx) {
      return jsonResult(
        JSON.stringify({
          id: "chatcmpl-1",
          object: "chat.completion",
          created: 1,
          model: ctx.request.model,
          choices: [{ index: 0, message: { role: "assistant", content: "hi" }, finish_reason: "stop" }],
        }),
      );
    },
  }),
});
