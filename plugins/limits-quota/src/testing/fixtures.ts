/**
 * Test-only plugins (excluded from the build): a principal taken from a request header (the
 * stand-in for the auth node), and a provider that answers `gpt-4o` with the usage a header
 * asks for, as JSON or as a stream (usage known once the stream ends, as a real provider's),
 * or fails with the status a header names. It counts the calls that reached it.
 */
import {
  chunkFromText,
  definePlugin,
  GatewayError,
  jsonResult,
  type Principal,
  type StreamChunk,
} from "@aigw/plugin-api";

/** The header whose JSON is the request's principal. */
export const PRINCIPAL_HEADER = "x-test-principal";

export const principalPlugin = definePlugin({
  manifest: {
    name: "test-principal",
    kind: "auth",
    version: "0",
    engine: "^0.1.0",
    hooks: ["request"],
    configSchema: { type: "object" },
  },
  create: () => ({
    request(ctx) {
      const header = ctx.request.headers.get(PRINCIPAL_HEADER);
      if (header) ctx.annotations.principal = JSON.parse(header) as Principal;
    },
  }),
});

export interface TestProvider {
  readonly plugin: ReturnType<typeof definePlugin>;
  /** Calls that reached the provider. */
  calls(): number;
}

/** `x-test-usage: <prompt>,<completion>` (default 1000,500); `x-test-fail: <status>` fails it. */
export function testProvider(latencyMs = 0): TestProvider {
  let calls = 0;
  const plugin = definePlugin({
    manifest: {
      name: "test-llm",
      kind: "provider",
      version: "0",
      engine: "^0.1.0",
      hooks: ["call"],
      configSchema: { type: "object" },
    },
    create: () => ({
      async call(ctx) {
        calls++;
        if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
        const fail = ctx.request.headers.get("x-test-fail");
        if (fail) throw new GatewayError("upstream_error", "the upstream failed", { status: Number(fail) });
        const [prompt, completion] = (ctx.request.headers.get("x-test-usage") ?? "1000,500")
          .split(",")
          .map(Number);
        const usage = {
          prompt_tokens: prompt!,
          completion_tokens: completion!,
          total_tokens: prompt! + completion!,
        };
        ctx.annotations.servedBy = { provider: "openai", model: "gpt-4o", node: ctx.node };
        const message = { role: "assistant", content: "ok" };
        if (!ctx.request.stream) {
          ctx.annotations.usage = usage;
          return jsonResult(
            JSON.stringify({
              id: "c",
              object: "chat.completion",
              created: 1,
              model: "gpt-4o",
              choices: [{ index: 0, message, finish_reason: "stop" }],
              usage,
            }),
          );
        }
        const annotations = ctx.annotations;
        async function* chunks(): AsyncGenerator<StreamChunk> {
          for (const content of ["o", "k"])
            yield chunkFromText(
              JSON.stringify({
                id: "c",
                object: "chat.completion.chunk",
                created: 1,
                model: "gpt-4o",
                choices: [{ index: 0, delta: { content }, finish_reason: null }],
              }),
            );
          annotations.usage = usage;
        }
        return { type: "stream", status: 200, chunks: chunks() };
      },
    }),
  });
  return { plugin, calls: () => calls };
}
