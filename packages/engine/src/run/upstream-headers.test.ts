/**
 * `ctx.setUpstreamHeader`: a header a request hook sets reaches every upstream call the request
 * makes through `ctx.services.http` (trace context, say), and no other request's.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { definePlugin, jsonResult } from "@aigw/plugin-api";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createGateway } from "../gateway.js";
import { silentLogger } from "../testing/harness.js";
import { chatCompletion } from "../testing/probe-plugins.js";

const seen: IncomingHttpHeaders[] = [];
const upstream = createServer((req, res) => {
  seen.push(req.headers);
  req.resume();
  req.on("end", () =>
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(chatCompletion("hi"))),
  );
});
let url = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/chat`;
});
afterAll(() => new Promise<void>((resolve) => upstream.close(() => resolve())));

const tracer = definePlugin({
  manifest: {
    name: "tracer",
    kind: "observer",
    version: "0",
    engine: "^0.1.0",
    hooks: ["request"],
    configSchema: { type: "object" },
  },
  create: () => ({
    request(ctx) {
      if (ctx.request.headers.get("x-trace") === "yes")
        ctx.setUpstreamHeader("Traceparent", `00-${"a".repeat(32)}-${"b".repeat(16)}-01`);
      return undefined;
    },
  }),
});

const caller = definePlugin({
  manifest: {
    name: "caller",
    kind: "provider",
    version: "0",
    engine: "^0.1.0",
    hooks: ["call"],
    configSchema: { type: "object" },
  },
  create: () => ({
    async call(ctx) {
      const res = await ctx.services.http.request({
        url,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      return jsonResult(await res.text(), res.status);
    },
  }),
});

test("headers set by a request hook go upstream with that request only", async () => {
  const gateway = await createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "trace", plugin: "tracer" },
          { id: "llm", plugin: "caller" },
        ],
      },
    },
    plugins: [tracer, caller],
    services: { logger: silentLogger() },
  });
  const send = (trace: boolean) =>
    gateway.fetch(
      new Request("http://gw/v1/chat/completions", {
        method: "POST",
        headers: { "content-type": "application/json", ...(trace ? { "x-trace": "yes" } : {}) },
        body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "x" }] }),
      }),
    );
  expect((await send(true)).status).toBe(200);
  expect((await send(false)).status).toBe(200);
  expect(seen[0]!.traceparent).toBe(`00-${"a".repeat(32)}-${"b".repeat(16)}-01`);
  expect(seen[0]!["content-type"]).toBe("application/json");
  expect(seen[1]!.traceparent).toBeUndefined();
  await gateway.close();
});
