/**
 * A toy ingress for testing providers' native answers: `POST /v1/native-test` takes any JSON
 * object as a request in the named native format (its `model`, `stream` and a chat message
 * `say` for the pipeline's OpenAI request), and writes back exactly what the provider answered:
 * a native JSON body as it is, a native stream's events as `event: <type>` frames ending in
 * `event: failed` when the stream breaks; an OpenAI-shaped answer passes through unchanged.
 */
import {
  definePlugin,
  type EncodedAnswer,
  type JsonObject,
  type Plugin,
  type SseFrame,
  type StreamChunk,
} from "@aigw/plugin-api";

export const NATIVE_TEST_PATH = "/v1/native-test";

async function* framesOf(chunks: AsyncIterable<StreamChunk>): AsyncGenerator<SseFrame> {
  try {
    for await (const chunk of chunks) {
      const data = chunk.data as JsonObject;
      yield {
        event: typeof data.type === "string" ? data.type : "message",
        data: chunk.text ?? JSON.stringify(data),
      };
    }
  } catch (error) {
    yield { event: "failed", data: JSON.stringify({ message: (error as Error).message }) };
  }
}

export function nativeIngress(format: string): Plugin<never> {
  return definePlugin({
    manifest: {
      name: "native-test-ingress",
      kind: "ingress",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["decode", "encode"],
      configSchema: { type: "object" },
      routes: [{ method: "POST", path: NATIVE_TEST_PATH, name: "native" }],
    },
    create: () => ({
      async decode(request) {
        const body = (await request.json()) as JsonObject;
        return {
          kind: "pipeline",
          endpoint: "chat.completions",
          body: {
            model: String(body.model),
            stream: body.stream === true,
            messages: [{ role: "user", content: String(body.say ?? "hi") }],
          },
          native: { format, body },
        };
      },
      encode(outcome): EncodedAnswer {
        if (outcome.kind === "error")
          return {
            type: "json",
            status: outcome.error.status,
            body: outcome.error.toBody() as unknown as JsonObject,
          };
        const result = outcome.result;
        if (result.type === "stream" && result.native !== undefined)
          return {
            type: "stream",
            status: result.status,
            frames: framesOf(result.chunks),
            headers: { "x-native": result.native },
          };
        if (result.type === "json" && result.native !== undefined)
          return {
            type: "json",
            status: result.status,
            body: result.body,
            headers: { "x-native": result.native },
          };
        return { type: "passthrough", result };
      },
    }),
  }) as Plugin<never>;
}
