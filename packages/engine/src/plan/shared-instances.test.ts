/**
 * A node the main pipeline and the named configs have alike (same id, plugin, config, targets and
 * uses) is created once and shared, so what it keeps is one thing whichever config a request runs
 * in or is handed to; a node whose config differs is its own instance; inline override pipelines
 * never share (their plans are closed when evicted).
 */
import { definePlugin } from "@aigw/plugin-api";
import { expect, test } from "vitest";
import { createGateway } from "../gateway.js";
import { silentLogger } from "../testing/harness.js";
import { newJournal, testPlugins } from "../testing/probe-plugins.js";

function counting() {
  const created: string[] = [];
  let closed = 0;
  const plugin = definePlugin({
    manifest: {
      name: "counting",
      kind: "observer",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["finish"],
      configSchema: { type: "object", properties: { label: { type: "string" } } },
    },
    create: (config: { label?: string }, init) => {
      created.push(`${init.node}:${config.label ?? "-"}`);
      return {
        finish() {},
        close() {
          closed++;
        },
      };
    },
  });
  return { plugin, created, closed: () => closed };
}

test("named configs share a node they have alike, and only that", async () => {
  const probe = counting();
  const provider = { id: "llm", plugin: "scripted-provider" };
  const g = await createGateway({
    config: {
      pipeline: { nodes: [{ id: "obs", plugin: "counting", config: { label: "a" } }, provider] },
      configs: {
        same: { nodes: [{ id: "obs", plugin: "counting", config: { label: "a" } }, provider] },
        other: { nodes: [{ id: "obs", plugin: "counting", config: { label: "b" } }, provider] },
        renamed: { nodes: [{ id: "obs2", plugin: "counting", config: { label: "a" } }, provider] },
      },
      overrides: { allowInline: true },
    },
    plugins: [...testPlugins(newJournal()), probe.plugin],
    services: { logger: silentLogger() },
  });
  expect(probe.created.sort()).toEqual(["obs2:a", "obs:a", "obs:b"]);
  const inline = JSON.stringify({
    nodes: [{ id: "obs", plugin: "counting", config: { label: "a" } }, provider],
  });
  const answer = await g.fetch(
    new Request("http://gw/v1/chat/completions", {
      method: "POST",
      headers: { "content-type": "application/json", "x-aigw-config": inline },
      body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "hi" }] }),
    }),
  );
  expect(answer.status).toBe(200);
  expect(probe.created.filter((c) => c === "obs:a")).toHaveLength(2);
  await g.close();
  expect(probe.closed()).toBe(4);
});
