/**
 * Ingress routes beyond one exact path: several methods on one path (405 names them all), `/*`
 * routes for resources with ids (an exact route wins), boot checks on both, and native answers:
 * a provider gets the native body only when nothing on the way back reads answers.
 */
import {
  type CallResult,
  type DecodedRequest,
  type DirectAnswer,
  definePlugin,
  type EncodedAnswer,
  type JsonValue,
  jsonValueResult,
} from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import type { ConfigError } from "../config/config-error.js";
import { createGateway } from "../gateway.js";
import { silentLogger } from "../testing/harness.js";
import { newJournal, testPlugins } from "../testing/probe-plugins.js";

const things = definePlugin({
  manifest: {
    name: "ingress-things",
    kind: "ingress",
    version: "0.0.0",
    engine: "^0.1.0",
    hooks: ["decode", "encode"],
    configSchema: { type: "object" },
    routes: [
      { method: "POST", path: "/v1/things", name: "create" },
      { method: "POST", path: "/v1/things/special", name: "special" },
      { method: "GET", path: "/v1/things/*", name: "read" },
      { method: "DELETE", path: "/v1/things/*", name: "remove" },
    ],
  },
  create: () => ({
    async decode(request, ctx): Promise<DecodedRequest | DirectAnswer> {
      if (ctx.route.name !== "create")
        return {
          kind: "answer",
          status: 200,
          body: { route: ctx.route.name, path: new URL(request.url).pathname },
        };
      return {
        kind: "pipeline",
        endpoint: "chat.completions",
        body: { model: "m", messages: [{ role: "user", content: "hi" }] },
        native: { format: "things", body: { say: "hi" } },
      };
    },
    encode(outcome): EncodedAnswer {
      if (outcome.kind === "error")
        return { type: "json", status: outcome.error.status, body: { oops: outcome.error.message } };
      const result = outcome.result;
      if (result.type !== "json") throw new Error("unexpected");
      return { type: "json", status: 200, body: { native: result.native ?? null, body: result.body } };
    },
  }),
});

/** A provider that answers natively whenever it is given the native body. */
const nativeProvider = definePlugin({
  manifest: {
    name: "native-provider",
    kind: "provider",
    version: "0.0.0",
    engine: "^0.1.0",
    hooks: ["call"],
    configSchema: { type: "object" },
  },
  create: () => ({
    async call(ctx): Promise<CallResult> {
      const native = ctx.request.native;
      if (native) return { ...jsonValueResult({ said: native.body }), native: native.format };
      return jsonValueResult({
        id: "c",
        object: "chat.completion",
        created: 0,
        model: "m",
        choices: [{ index: 0, message: { role: "assistant", content: "translated" }, finish_reason: "stop" }],
      });
    },
  }),
});

async function gateway(nodes: unknown[] = [{ id: "llm", plugin: "native-provider" }]) {
  return createGateway({
    config: { ingress: [{ id: "things", plugin: "ingress-things" }], pipeline: { nodes } },
    plugins: [...testPlugins(newJournal()), things, nativeProvider],
    services: { logger: silentLogger() },
  });
}

const call = async (gw: Awaited<ReturnType<typeof gateway>>, method: string, path: string) => {
  const response = await gw.fetch(
    new Request(`http://gw${path}`, { method, ...(method === "POST" ? { body: "{}" } : {}) }),
  );
  return { status: response.status, allow: response.headers.get("allow"), body: await response.json() };
};

describe("ingress routes", () => {
  test("a `/*` route serves every path below it, by method; an exact route wins", async () => {
    const gw = await gateway();
    expect(await call(gw, "GET", "/v1/things/t1")).toMatchObject({
      status: 200,
      body: { route: "read", path: "/v1/things/t1" },
    });
    expect((await call(gw, "DELETE", "/things/t1/parts")).body).toEqual({
      route: "remove",
      path: "/things/t1/parts",
    });
    expect((await call(gw, "POST", "/v1/things/special")).body).toMatchObject({ route: "special" });
    // The prefix itself is not below it: `/v1/things` is the exact POST route.
    expect((await call(gw, "GET", "/v1/things")).status).toBe(405);
  });

  test("a method a path does not serve is a 405 naming the ones it does", async () => {
    const gw = await gateway();
    const wrong = await call(gw, "POST", "/v1/things/t1");
    expect(wrong.status).toBe(405);
    expect(wrong.allow).toBe("GET, DELETE");
    expect(wrong.body).toEqual({ oops: expect.stringContaining("use GET, DELETE") });
    expect((await call(gw, "GET", "/v1/thingsX")).status).toBe(404);
  });

  test("boot rejects a `/*` route over the engine's own paths and a route declared twice", async () => {
    const boot = async (routes: unknown[]) => {
      const plugin = definePlugin({
        ...things,
        manifest: { ...things.manifest, name: "bad", routes },
      } as never);
      try {
        await createGateway({
          config: {
            ingress: [{ id: "bad", plugin: "bad" }],
            pipeline: { nodes: [{ id: "llm", plugin: "native-provider" }] },
          },
          plugins: [plugin, nativeProvider],
          services: { logger: silentLogger() },
        });
      } catch (error) {
        return (error as ConfigError).message;
      }
      throw new Error("expected a boot error");
    };
    expect(await boot([{ method: "POST", path: "/v1/chat/*", name: "x" }])).toContain(
      "already served by the engine",
    );
    expect(await boot([{ method: "GET", path: "/*", name: "x" }])).toContain("already served by the engine");
    expect(
      await boot([
        { method: "GET", path: "/v1/x/*", name: "a" },
        { method: "GET", path: "/x/*", name: "b" },
      ]),
    ).toContain("declared twice");
  });

  test("a provider answers natively when nothing on the way back reads answers", async () => {
    const gw = await gateway();
    expect((await call(gw, "POST", "/v1/things")).body).toEqual({
      native: "things",
      body: { said: { say: "hi" } },
    });
  });

  test("with a response hook in the plan, the native body is withheld and the answer is OpenAI's", async () => {
    const gw = await gateway([
      { id: "watch", plugin: "probe" },
      { id: "llm", plugin: "native-provider" },
    ]);
    const { body } = await call(gw, "POST", "/v1/things");
    expect(body).toMatchObject({ native: null, body: { choices: [{ message: { content: "translated" } }] } });
  });

  test("a native JSON answer is checked only for being a JSON object", async () => {
    const broken = definePlugin({
      manifest: { ...nativeProvider.manifest, name: "broken-native", hooks: ["call"] },
      create: () => ({
        async call(): Promise<CallResult> {
          return { ...jsonValueResult([1, 2] as JsonValue), native: "things" };
        },
      }),
    });
    const gw = await createGateway({
      config: {
        ingress: [{ id: "things", plugin: "ingress-things" }],
        pipeline: { nodes: [{ id: "llm", plugin: "broken-native" }] },
      },
      plugins: [things, broken],
      services: { logger: silentLogger() },
    });
    const { status, body } = await call(gw, "POST", "/v1/things");
    expect(status).toBe(502);
    expect(body).toEqual({ oops: expect.stringContaining("not a chat completion") });
  });
});
