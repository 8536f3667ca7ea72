// The plugin at boot: its config is validated against its schema (defaults filled in), and a
// rule that cannot compile stops the boot with the offending path, like any config error.
import { createGateway } from "@aigw/engine";
import { describe, expect, test } from "vitest";
import cacheExact from "./index.js";
import { keepingLogger } from "./testing/harness.js";
import { scriptedProvider } from "./testing/plugins.js";

function boot(config: unknown) {
  return createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "cache", plugin: "cache-exact", config },
          { id: "llm", plugin: "scripted-llm" },
        ],
      },
    },
    plugins: [cacheExact, scriptedProvider({ calls: 0 })],
    services: { logger: keepingLogger([]) },
  });
}

describe("cache-exact config", () => {
  test("the defaults boot, and the manifest declares a cache with request and response hooks", async () => {
    const gateway = await boot({});
    await gateway.close();
    expect(cacheExact.manifest).toMatchObject({
      name: "cache-exact",
      kind: "cache",
      hooks: ["request", "response"],
    });
  });

  test.each([
    [{ ttlSeconds: -1 }, /ttlSeconds/],
    [{ partition: "user" }, /partition/],
    [{ endpoints: ["audio.speech"] }, /endpoints/],
    [{ vary: ["cookie.session"] }, /vary/],
    [{ maxEntries: 0 }, /maxEntries/],
    [{ rules: [{ ttlSeconds: 5 }] }, /rules/],
    [{ sizeLimit: 5 }, /sizeLimit|additional/],
  ])("rejects %j", async (config, message) => {
    await expect(boot(config)).rejects.toThrow(message);
  });

  test("a rule whose regex does not compile stops the boot, naming the rule", async () => {
    await expect(boot({ rules: [{ when: { field: "model", regex: "(" }, ttlSeconds: 5 }] })).rejects.toThrow(
      /config\.rules\[0\]\.when\.regex/,
    );
  });
});
