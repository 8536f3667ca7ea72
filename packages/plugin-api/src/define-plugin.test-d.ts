/** Type-level: a plugin's manifest and its instance are checked against each other when compiling. */
import { expectTypeOf, test } from "vitest";
import { definePlugin } from "./define-plugin.js";
import type { ChatCompletion, ChatCompletionChunk } from "./openai/chat.js";
import type { GatewayRequestOf } from "./request.js";
import { answerBody, chunkData, type JsonResult, type StreamChunk } from "./result.js";

const manifest = {
  name: "t",
  kind: "guardrail",
  version: "0.0.0",
  engine: "^0.1.0",
  configSchema: {},
} as const;

test("an instance with exactly the declared hooks compiles", () => {
  definePlugin({
    manifest: { ...manifest, hooks: ["request", "response"] },
    create: () => ({ request: () => undefined, response: () => undefined, close: () => undefined }),
  });
});

test("an instance that lacks a declared hook does not compile", () => {
  definePlugin({
    manifest: { ...manifest, hooks: ["request", "response"] },
    // @ts-expect-error - `response` is declared but missing
    create: () => ({ request: () => undefined }),
  });
});

test("an instance with an undeclared hook does not compile", () => {
  definePlugin({
    manifest: { ...manifest, hooks: ["request"] },
    // @ts-expect-error - `chunk` is not declared in the manifest
    create: () => ({ request: () => undefined, chunk: () => undefined }),
  });
});

test("hook parameters are typed from the declaration", () => {
  definePlugin({
    manifest: { ...manifest, hooks: ["response"] },
    create: () => ({
      response(result, ctx) {
        expectTypeOf(ctx.request.model).toEqualTypeOf<string | undefined>();
        if (result.type === "json" && ctx.request.endpoint === "chat.completions") {
          // A chat completion, not `unknown`: no cast to read its choices.
          const body = answerBody(ctx.request, result);
          expectTypeOf(body).toEqualTypeOf<ChatCompletion>();
          expectTypeOf(body.choices[0]!.message.content).toEqualTypeOf<string | null>();
        }
        return undefined;
      },
    }),
  });
});

test("answers and chunks are typed per endpoint", () => {
  expectTypeOf(answerBody<"chat.completions">)
    .parameter(0)
    .toEqualTypeOf<GatewayRequestOf<"chat.completions">>();
  expectTypeOf(answerBody<"chat.completions">).returns.toEqualTypeOf<ChatCompletion>();
  expectTypeOf(chunkData<"chat.completions">).returns.toEqualTypeOf<ChatCompletionChunk>();
  expectTypeOf(answerBody<"chat.completions">)
    .parameter(1)
    .toEqualTypeOf<JsonResult>();
  expectTypeOf(chunkData<"chat.completions">)
    .parameter(1)
    .toEqualTypeOf<StreamChunk>();
});
