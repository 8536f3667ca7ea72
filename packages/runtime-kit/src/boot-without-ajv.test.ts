/**
 * A gateway booted with the repo's plugins loads no ajv compiler: the engine's validators and the
 * plugins' are precompiled (`pnpm gen`). A plugin without a precompiled validator still boots,
 * and only then is ajv loaded. ajv is CommonJS, so whatever loads it (an `import` included)
 * leaves its files in Node's CommonJS module cache, `require.cache`; ajv's compiler is
 * `ajv/dist/core.js` (its entry point, `ajv/dist/ajv.js`, extends it). The two tests run in
 * order in this file's own worker: the first boot must not load it, the second must (which
 * also shows the check sees ajv when it is there).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createGateway, type Gateway } from "@aigw/engine";
import type { Plugin } from "@aigw/plugin-api";
import { afterAll, describe, expect, it } from "vitest";
import { readDefaultConfig } from "./default-config.js";

const loadedAjvCore = () =>
  Object.keys(createRequire(import.meta.url).cache).filter((path) =>
    /[\\/]ajv[\\/]dist[\\/](core|ajv)\.js$/.test(path),
  );

const dir = mkdtempSync(join(tmpdir(), "aigw-boot-"));
const gateways: Gateway[] = [];
afterAll(async () => {
  for (const gateway of gateways) await gateway.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("boot without ajv", () => {
  it("boots the default config (every repo plugin package) without loading ajv's compiler", async () => {
    expect(loadedAjvCore()).toEqual([]);
    const { config, importPackage } = await readDefaultConfig();
    const copy = structuredClone(config) as { pipeline: { nodes: { plugin: string; config?: object }[] } };
    for (const node of copy.pipeline.nodes)
      if (node.plugin === "logger-file") node.config = { path: join(dir, "requests.jsonl") };
    const gateway = await createGateway({ config: copy, importPackage });
    gateways.push(gateway);
    const health = await gateway.fetch(new Request("http://gw/health"));
    expect(health.status).toBe(200);
    expect(loadedAjvCore()).toEqual([]);
  });

  it("compiles a third-party plugin's schema with ajv, loaded then", async () => {
    const thirdParty: Plugin<{ reply: string }> = {
      manifest: {
        name: "third-party",
        kind: "provider",
        version: "1.0.0",
        engine: "^0.1.0",
        hooks: ["call"],
        configSchema: {
          type: "object",
          additionalProperties: false,
          properties: { reply: { type: "string", default: "hello" } },
        },
      },
      create: (config) => ({
        // `choices` makes it a chat completion the gateway accepts; `reply` shows the config default.
        call: async () => ({ type: "json", status: 200, body: { choices: [], reply: config.reply } }),
      }),
    };
    const pipeline = { nodes: [{ id: "p", plugin: "third-party" }] };
    const gateway = await createGateway({ config: { pipeline }, plugins: [thirdParty as Plugin<unknown>] });
    gateways.push(gateway);
    expect(loadedAjvCore().length).toBeGreaterThan(0);
    // The schema was compiled with the engine's options: defaults filled in, unknown fields refused.
    const answer = await gateway.fetch(
      new Request("http://gw/v1/chat/completions", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "hi" }] }),
      }),
    );
    expect(await answer.json()).toEqual({ choices: [], reply: "hello" });
    const bad = { nodes: [{ id: "p", plugin: "third-party", config: { colour: "red" } }] };
    await expect(
      createGateway({ config: { pipeline: bad }, plugins: [thirdParty as Plugin<unknown>] }),
    ).rejects.toThrow('unknown field "colour"');
  });
});
