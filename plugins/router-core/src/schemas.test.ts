/**
 * The router schemas: each router's config schema is its own file, and the resilience parts
 * (retry, timeouts, breaker, failure kinds) must stay the same in every one of them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { plugins } from "./index.js";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  aigw: { plugins: Record<string, string> };
};
const schemaOf = (file: string) =>
  JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), "utf8")) as {
    definitions: Record<string, unknown>;
    properties: Record<string, unknown>;
  };

describe("router schemas", () => {
  test("every exported router has its schema file, and its manifest uses it", () => {
    expect(plugins.map((p) => p.manifest.name).sort()).toEqual(Object.keys(pkg.aigw.plugins).sort());
    for (const plugin of plugins) {
      expect(plugin.manifest.configSchema).toEqual(schemaOf(pkg.aigw.plugins[plugin.manifest.name]!));
    }
  });

  test("the shared resilience definitions are identical in every schema", () => {
    const [first, ...rest] = Object.values(pkg.aigw.plugins).map(schemaOf);
    for (const name of ["FailureKind", "RetryPolicy", "Timeouts", "CircuitBreaker"]) {
      for (const schema of rest) expect(schema.definitions[name]).toEqual(first!.definitions[name]);
    }
    for (const key of ["retry", "timeouts", "breaker", "seed"]) {
      for (const schema of rest) expect(schema.properties[key]).toEqual(first!.properties[key]);
    }
  });
});
