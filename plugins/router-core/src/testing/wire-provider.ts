/**
 * Test support: a minimal OpenAI-wire provider over the runtime's HTTP client, built from
 * plugin-api's wire helpers (tests cannot use @aigw/providers-openai: plugins depend on no other
 * plugin). Config: the upstream's base URL.
 */
import { definePlugin, jsonResult } from "@aigw/plugin-api";
import {
  errorFromUpstream,
  outgoingBody,
  readUpstreamText,
  sendUpstream,
  sseChunkStream,
} from "@aigw/wire-kit";

export const wireProvider = definePlugin({
  manifest: {
    name: "wire-openai",
    kind: "provider",
    version: "0.0.0",
    engine: "^0.1.0",
    hooks: ["call"],
    services: ["http"],
    configSchema: {
      type: "object",
      required: ["url"],
      properties: { url: { type: "string" } },
      additionalProperties: false,
    },
  },
  create: (config: { url: string }, init) => ({
    async call(ctx) {
      const label = `upstream ${ctx.node}`;
      const { body } = outgoingBody(ctx.request, undefined);
      const exchange = await sendUpstream(
        init.services.http,
        {
          url: `${config.url}/v1/chat/completions`,
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        },
        { signal: ctx.cancellation, timeoutMs: 30_000, label },
      );
      const { response } = exchange;
      if (response.status >= 400) {
        const text = await readUpstreamText(response, ctx.cancellation).catch(() => "");
        throw errorFromUpstream(response.status, text, label, response.headers);
      }
      if (ctx.request.stream) {
        return {
          type: "stream",
          status: 200,
          chunks: sseChunkStream(exchange, {
            signal: ctx.cancellation,
            label,
            requireDone: true,
            onUsage: () => {},
          }),
        };
      }
      return jsonResult(await readUpstreamText(response, ctx.cancellation, label));
    },
  }),
});
