/**
 * A minimal provider for end-to-end tests: POSTs the chat request to `<url>/v1/chat/completions`
 * through the gateway's HTTP client (so it carries the upstream headers the pipeline set) and
 * answers with the upstream's completion, recording served-by and usage as real providers do; a
 * non-2xx answer is an `upstream_error` with that status. Test-only.
 */
import { definePlugin, jsonResult, type Usage } from "@aigw/plugin-api";

export default definePlugin({
  manifest: {
    name: "test-http-provider",
    kind: "provider",
    version: "0.0.0",
    engine: "^0.1.0",
    hooks: ["call"],
    services: ["http"],
    configSchema: {
      type: "object",
      additionalProperties: false,
      required: ["url"],
      properties: { url: { type: "string" } },
    },
  },
  create(config: { url: string }) {
    return {
      async call(ctx) {
        ctx.annotations.servedBy = { provider: "OpenAI", model: ctx.request.model, node: ctx.node };
        const response = await ctx.services.http.request({
          url: `${config.url}/v1/chat/completions`,
          method: "POST",
          headers: { "content-type": "application/json", authorization: "Bearer sk-test" },
          body: JSON.stringify(ctx.request.body),
          signal: ctx.cancellation,
        });
        const text = await response.text();
        if (response.status < 200 || response.status > 299)
          return ctx.error("upstream_error", `the upstream answered ${response.status}`, {
            status: response.status,
          });
        const usage = (JSON.parse(text) as { usage?: Usage }).usage;
        if (usage) ctx.annotations.usage = usage;
        return jsonResult(text, response.status);
      },
    };
  },
});
