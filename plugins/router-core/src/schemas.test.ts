/**
 * The router schemas: each router's config schema is its own file, and the resilience parts
 * (retry, timeouts, breaker, failure kinds) are defined once, in schema/shared.json, which the
 * router schemas reference (`./shared.json#/definitions/<Name>`) and `pnpm gen` inlines.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { plugins } from "./index.js";

interface Schema {
  definitions?: Record<string, unknown>;
  properties: Record<string, unknown>;
}

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  aigw: { plugins: Record<string, string> };
};
const schemaOf = (file: string) =>
  JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), "utf8")) as Schema;
const shared = schemaOf("schema/shared.json").definitions!;
const sharedRef = "./shared.json#/definitions/";

/** What the generator makes of a router schema: shared refs made local, shared definitions added. */
function inlined(schema: Schema): Schema {
  const local = JSON.parse(JSON.stringify(schema).replaceAll(`"${sharedRef}`, '"#/definitions/')) as Schema;
  return { ...local, definitions: { ...local.definitions, ...shared } };
}

describe("router schemas", () => {
  test("every exported router has its schema file, and its manifest uses it with shared.json inlined", () => {
    expect(plugins.map((p) => p.manifest.name).sort()).toEqual(Object.keys(pkg.aigw.plugins).sort());
    for (const plugin of plugins) {
      const source = schemaOf(pkg.aigw.plugins[plugin.manifest.name]!);
      expect(plugin.manifest.configSchema).toEqual(inlined(source));
      expect(JSON.stringify(plugin.manifest.configSchema)).not.toContain(".json#");
    }
  });

  test("every router takes the shared resilience settings, and the same seed and fallbackOn", () => {
    const [first, ...rest] = Object.values(pkg.aigw.plugins).map(schemaOf);
    for (const schema of [first!, ...rest]) {
      expect(schema.properties["retry"]).toEqual({ $ref: `${sharedRef}RetryPolicy` });
      expect(schema.properties["timeouts"]).toEqual({ $ref: `${sharedRef}Timeouts` });
      expect(schema.properties["breaker"]).toEqual({ $ref: `${sharedRef}CircuitBreaker` });
      expect(schema.properties["seed"]).toEqual(first!.properties["seed"]);
      if (schema.properties["fallbackOn"])
        expect(schema.properties["fallbackOn"]).toEqual(first!.properties["fallbackOn"]);
      for (const name of Object.keys(shared)) expect(schema.definitions?.[name]).toBeUndefined();
    }
  });
});
