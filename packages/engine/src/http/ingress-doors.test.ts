/**
 * Ingress plugins: a toy native format ("prompt in, text out") served at /v1/echo through the
 * same pipeline, with its own JSON, stream and error shapes; direct answers; boot checks.
 */
import {
  type ChatCompletion,
  type ChatCompletionChunk,
  type DecodedRequest,
  type DirectAnswer,
  definePlugin,
  type EncodedAnswer,
  type SseFrame,
} from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import type { ConfigError } from "../config/config-error.js";
import { createGateway } from "../gateway.js";
import { silentLogger } from "../testing/harness.js";
import { newJournal, testPlugins } from "../testing/probe-plugins.js";

const toy = definePlugin({
  manifest: {
    name: "ingress-toy",
    kind: "ingress",
    version: "0.0.0",
    engine: "^0.1.0",
    hooks: ["decode", "encode"],
    configSchema: { type: "object", properties: { model: { type: "string" } }, additionalProperties: false },
    routes: [
      { method: "POST", path: "/v1/echo", name: "echo" },
      { method: "POST", path: "/v1/echo/count", name: "count" },
    ],
  },
  create: (config: { model?: string }) => ({
    async decode(request, ctx): Promise<DecodedRequest | DirectAnswer> {
      const body = (await request.json()) as { prompt: string; stream?: boolean };
      if (ctx.route.name === "count")
        return { kind: "answer", status: 200, body: { characters: body.prompt.length } };
      return {
        kind: "pipeline",
        endpoint: "chat.completions",
        body: {
          model: config.model ?? "toy",
          stream: body.stream ?? false,
          messages: [{ role: "user", content: body.prompt }],
        },
        native: { format: "toy", body },
      };
    },
    encode(outcome): EncodedAnswer {
      if (outcome.kind === "error")
        return { type: "json", status: outcome.error.status, body: { oops: outcome.error.message } };
      const result = outcome.result;
      if (result.type === "stream") {
        const chunks = result.chunks;
        async function* frames(): AsyncGenerator<SseFrame> {
          try {
            for await (const chunk of chunks) {
              const text = (chunk.data as ChatCompletionChunk).choices[0]?.delta.content;
              if (text) yield { event: "delta", data: JSON.stringify({ text }) };
            }
            yield { event: "end", data: "{}" };
          } catch {
            yield { event: "broken", data: "{}" };
          }
        }
        return { type: "stream", status: 200, frames: frames() };
      }
      if (result.type !== "json") throw new Error("unexpected");
      return {
        type: "json",
        status: 200,
        body: { text: (result.body as unknown as ChatCompletion).choices[0]!.message.content },
      };
    },
  }),
});

async function gateway(
  provider: Record<string, unknown> = {},
  ingress: unknown = [{ id: "toy", plugin: "ingress-toy", config: { model: "m-1" } }],
) {
  const journal = newJournal();
  const gw = await createGateway({
    config: {
      ingress,
      pipeline: {
        nodes: [
          { id: "watch", plugin: "probe" },
          { id: "llm", plugin: "scripted-provider", config: provider },
        ],
      },
    },
    plugins: [...testPlugins(journal), toy],
    services: { logger: silentLogger() },
  });
  const post = (path: string, body: unknown) =>
    gw.fetch(new Request(`http://gw${path}`, { method: "POST", body: JSON.stringify(body) }));
  return { gw, journal, post };
}

describe("ingress plugins", () => {
  test("a native request runs the pipeline and its answer is encoded back", async () => {
    const { gw, journal, post } = await gateway({ echo: true });
    const response = await post("/v1/echo", { prompt: "hi there" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBeTruthy();
    const { text } = (await response.json()) as { text: string };
    expect(JSON.parse(text)).toMatchObject({
      model: "m-1",
      messages: [{ role: "user", content: "hi there" }],
    });
    await gw.idle();
    expect(journal.events).toEqual([
      "watch:request",
      "watch:request:done",
      "llm:call",
      "watch:response",
      "watch:finish",
    ]);
    expect(journal.finished.get("watch")).toMatchObject({
      path: "/v1/echo",
      endpoint: "chat.completions",
      status: 200,
      outcome: "ok",
    });
  });

  test("streams are written in the ingress's own event format, broken ones too", async () => {
    const { post } = await gateway({ chunks: ["a", "b"] });
    expect(await (await post("/echo", { prompt: "x", stream: true })).text()).toBe(
      'event: delta\ndata: {"text":"a"}\n\nevent: delta\ndata: {"text":"b"}\n\nevent: end\ndata: {}\n\n',
    );
    const cut = await gateway({ chunks: ["a", "b"], cutAfter: 1 });
    const text = await (await cut.post("/v1/echo", { prompt: "x", stream: true })).text();
    expect(text).toBe('event: delta\ndata: {"text":"a"}\n\nevent: broken\ndata: {}\n\n');
    await cut.gw.idle();
    expect(cut.journal.finished.get("watch")).toMatchObject({ outcome: "stream_error" });
  });

  test("errors are encoded in the native shape with the right status", async () => {
    const { post } = await gateway({ failStatus: 429 });
    const response = await post("/v1/echo", { prompt: "x" });
    expect(response.status).toBe(429);
    expect(await response.json()).toEqual({ oops: "llm failed" });
    const wrongMethod = await (await gateway()).gw.fetch(new Request("http://gw/v1/echo"));
    expect(wrongMethod.status).toBe(405);
    // The gateway's body limit holds for every front door, before the plugin reads the body.
    const small = await createGateway({
      config: {
        ingress: [{ id: "toy", plugin: "ingress-toy" }],
        limits: { maxBodyBytes: 64 },
        pipeline: { nodes: [{ id: "llm", plugin: "scripted-provider" }] },
      },
      plugins: [...testPlugins(newJournal()), toy],
      services: { logger: silentLogger() },
    });
    const big = JSON.stringify({ prompt: "x".repeat(100) });
    // As over HTTP: the client declares the size (an in-process Request has no content-length).
    const tooLarge = await small.fetch(
      new Request("http://gw/v1/echo", {
        method: "POST",
        headers: { "content-length": String(big.length) },
        body: big,
      }),
    );
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ oops: expect.stringContaining("limit of 64 bytes") });
  });

  test("an ingress may answer directly, and that is observed too", async () => {
    const { gw, journal, post } = await gateway();
    expect(await (await post("/v1/echo/count", { prompt: "four" })).json()).toEqual({ characters: 4 });
    await gw.idle();
    expect(journal.events).toEqual(["watch:finish"]);
  });

  test("boot rejects a non-ingress plugin, a clash with the engine's routes, and bad ingress config", async () => {
    const bootError = async (ingress: unknown) => {
      try {
        await gateway({}, ingress);
      } catch (error) {
        return error as ConfigError;
      }
      throw new Error("expected a boot error");
    };
    expect((await bootError([{ id: "x", plugin: "probe" }])).issues[0]).toMatchObject({
      path: "/ingress/0/plugin",
      message: expect.stringContaining("not an ingress"),
    });
    expect(
      (await bootError([{ id: "x", plugin: "ingress-toy", config: { modle: "typo" } }])).issues[0],
    ).toMatchObject({ path: "/ingress/0/config/modle" });
    expect(
      (
        await bootError([
          { id: "a", plugin: "ingress-toy" },
          { id: "b", plugin: "ingress-toy" },
        ])
      ).message,
    ).toContain('already served by ingress "a"');
  });
});
