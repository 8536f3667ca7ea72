/**
 * A draining gateway speaks for itself: new requests get 503 `shutting_down` with `retry-after`,
 * logged at info (a deploy is not an incident), `/ready` says draining, and what was in flight
 * finishes. Also: `fetch` and `handle` work detached from the gateway object.
 */
import type { Logger } from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import { createGateway } from "./gateway.js";
import { newJournal, testPlugins } from "./testing/probe-plugins.js";

interface Line {
  level: string;
  fields: Record<string, unknown>;
  message?: string | undefined;
}

function recordingLogger(lines: Line[]): Logger {
  const at =
    (level: string) =>
    (fields: Record<string, unknown>, message?: string): void => {
      lines.push({ level, fields, message });
    };
  const logger: Logger = {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: () => logger,
  };
  return logger;
}

const config = { pipeline: { nodes: [{ id: "llm", plugin: "scripted-provider" }] } };
const body = JSON.stringify({ model: "m", messages: [{ role: "user", content: "hi" }] });

describe("draining", () => {
  test("refusals are 503 shutting_down with retry-after, logged at info", async () => {
    const lines: Line[] = [];
    const gateway = await createGateway({
      config,
      plugins: testPlugins(newJournal()),
      services: { logger: recordingLogger(lines) },
    });
    await gateway.drain(100);
    const response = await gateway.fetch(
      new Request("http://gw/v1/chat/completions", { method: "POST", body }),
    );
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("1");
    const payload = (await response.json()) as { error: Record<string, unknown> };
    expect(payload.error).toMatchObject({ code: "shutting_down", type: "server_error" });
    expect(String(payload.error.message)).toContain("shutting down");
    const ready = await gateway.fetch(new Request("http://gw/ready"));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "draining" });
    await gateway.idle();
    const refusals = lines.filter((line) => line.fields.code === "shutting_down");
    expect(refusals.map((line) => line.level)).toEqual(["info"]);
    expect(lines.filter((line) => line.level === "error")).toEqual([]);
    await gateway.close(100);
  });

  test("fetch and handle keep their gateway when detached, as `export default { fetch }` uses them", async () => {
    const gateway = await createGateway({ config, plugins: testPlugins(newJournal()) });
    const host = { fetch: gateway.fetch };
    const { handle } = gateway;
    const response = await host.fetch(new Request("http://gw/v1/chat/completions", { method: "POST", body }));
    expect(response.status).toBe(200);
    const health = await handle({
      method: "GET",
      url: "http://gw/health",
      path: "/health",
      headers: new Headers(),
      body: async () => new Uint8Array(),
    });
    expect(health.status).toBe(200);
    await gateway.close(100);
  });
});

describe("model lookups", () => {
  test("a model id that is not valid percent-encoding is a 400, not a crash", async () => {
    const gateway = await createGateway({ config, plugins: testPlugins(newJournal()) });
    const response = await gateway.fetch(new Request("http://gw/v1/models/%E0%A4%A"));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { param: string } }).error.param).toBe("model");
    await gateway.close(100);
  });
});
