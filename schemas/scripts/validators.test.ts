/**
 * Every precompiled validator (`pnpm gen`'s `*-validator.gen.ts`, `gateway-validators.gen.ts`,
 * `endpoint-validators.gen.ts`) behaves as its schema compiled at runtime by the engine's
 * createAjv: same validity, same data after defaults are filled in, same errors. Checked over the
 * repo's example configs (docs, the default config, the DAG fixtures) and fast-check values
 * generated from each schema, mostly well-formed, some not.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { createAjv } from "../../packages/engine/src/config/ajv.js";
import { pipeline as pipelineArbitrary } from "../../packages/engine/src/testing/arbitraries.js";
import { gatewaySchema } from "../src/gateway-schema.gen.js";
import { validateGateway, validatePipeline } from "../src/gateway-validators.gen.js";

type Schema = Record<string, unknown>;
type Validator = { (data: unknown): boolean; errors?: unknown };

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), "utf8"));

/** Example gateway configs: YAML blocks of the docs with a pipeline, the default config, fixtures. */
function exampleConfigs(): Record<string, unknown>[] {
  const configs: unknown[] = [
    parse(readFileSync(join(root, "packages/runtime-kit/aigw.default.yaml"), "utf8")),
  ];
  for (const doc of readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md"))) {
    const text = readFileSync(join(root, "docs", doc), "utf8");
    for (const [, block] of text.matchAll(/```ya?ml\n([\s\S]*?)```/g)) {
      try {
        configs.push(parse(block!));
      } catch {
        // A fragment that is not YAML on its own (an excerpt with "..."): not an example config.
      }
    }
  }
  const dags = join(root, "packages/engine/src/__fixtures__/dag");
  for (const name of readdirSync(dags))
    configs.push((parse(readFileSync(join(dags, name, "case.yaml"), "utf8")) as { config: unknown }).config);
  return configs.filter(
    (c): c is Record<string, unknown> => typeof c === "object" && c !== null && "pipeline" in c,
  );
}
const examples = exampleConfigs();

/** Every plugin node config of the examples, by plugin name. */
const nodeConfigs = new Map<string, unknown[]>();
for (const config of examples) {
  const pipelines = [config.pipeline, ...Object.values((config.configs as object) ?? {})];
  const nodes = pipelines.flatMap((p) => ((p as { nodes?: unknown[] })?.nodes ?? []) as Schema[]);
  for (const node of [...nodes, ...((config.ingress as Schema[]) ?? [])]) {
    if (typeof node.plugin !== "string") continue;
    nodeConfigs.set(node.plugin, [...(nodeConfigs.get(node.plugin) ?? []), node.config ?? {}]);
  }
}

/**
 * Values shaped by `schema`: its properties, enums, types and defaults, nested a few levels,
 * with now and then a wrong type, an unknown field or arbitrary JSON, so invalid values come too.
 */
function valuesOf(schema: unknown, rootSchema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const noise = fc.jsonValue({ maxDepth: 2 });
  if (depth > 4 || typeof schema !== "object" || schema === null) return noise;
  const s = schema as Schema;
  const typed = (): fc.Arbitrary<unknown> => {
    if (typeof s.$ref === "string") {
      const path = s.$ref.replace(/^#\//, "").split("/");
      const target = path.reduce<unknown>((node, key) => (node as Schema | undefined)?.[key], rootSchema);
      return valuesOf(target, rootSchema, depth + 1);
    }
    if ("const" in s) return fc.constant(s.const);
    if (Array.isArray(s.enum)) return fc.constantFrom(...s.enum);
    const branches = (s.oneOf ?? s.anyOf) as unknown[] | undefined;
    if (branches) return fc.oneof(...branches.map((b) => valuesOf(b, rootSchema, depth + 1)));
    const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
    if (types.length === 0 && s.properties) types.push("object");
    if (types.length === 0) return noise;
    return fc.oneof(
      ...types.map((type): fc.Arbitrary<unknown> => {
        switch (type) {
          case "object": {
            const properties = (s.properties ?? {}) as Record<string, unknown>;
            const record = fc.record(
              Object.fromEntries(
                Object.entries(properties).map(([k, v]) => [k, valuesOf(v, rootSchema, depth + 1)]),
              ),
              { requiredKeys: ((s.required ?? []) as string[]).filter((k) => k in properties) },
            );
            const extraKey = fc.oneof(
              { weight: 6, arbitrary: fc.constant(null) },
              { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
            );
            return fc
              .tuple(record, extraKey, noise)
              .map(([value, extra, extraValue]) =>
                extra === null ? value : { ...value, [extra]: extraValue },
              );
          }
          case "array":
            return fc.array(valuesOf(s.items, rootSchema, depth + 1), { maxLength: 3 });
          case "string":
            return fc.oneof(
              typeof s.pattern === "string"
                ? fc.stringMatching(new RegExp(s.pattern))
                : fc.string({ maxLength: 6 }),
              fc.string({ maxLength: 6 }),
              fc.constantFrom("https://example.com/v1", "A_KEY", ""),
            );
          // Mostly within the schema's bounds, sometimes anywhere.
          case "integer":
            return fc.oneof(
              fc.integer({ min: (s.minimum as number) ?? -2, max: (s.maximum as number) ?? 5_000_000 }),
              fc.integer(),
            );
          case "number":
            return fc.oneof(
              fc.double({
                noNaN: true,
                min: (s.minimum as number) ?? -10,
                max: (s.maximum as number) ?? 1e7,
              }),
              fc.double({ noNaN: true }),
            );
          case "boolean":
            return fc.boolean();
          case "null":
            return fc.constant(null);
          default:
            return noise;
        }
      }),
    );
  };
  const shaped = "default" in s ? fc.oneof(fc.constant(s.default), typed()) : typed();
  return fc.oneof({ weight: 12, arbitrary: shaped }, { weight: 1, arbitrary: noise });
}

/** The smallest value `schema` plainly describes: required fields only, lower bounds, defaults. */
function minimalOf(schema: unknown, rootSchema: Schema): unknown {
  const s = (schema ?? {}) as Schema;
  if (typeof s.$ref === "string")
    return minimalOf(
      s.$ref
        .replace(/^#\//, "")
        .split("/")
        .reduce<unknown>((node, key) => (node as Schema | undefined)?.[key], rootSchema),
      rootSchema,
    );
  if ("default" in s) return structuredClone(s.default);
  if ("const" in s) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type[0] : (s.type ?? "object");
  if (type === "object") {
    const properties = (s.properties ?? {}) as Schema;
    const required = (s.required ?? []) as string[];
    return Object.fromEntries(required.map((k) => [k, minimalOf(properties[k], rootSchema)]));
  }
  if (type === "array")
    return Array.from({ length: (s.minItems as number) ?? 0 }, () => minimalOf(s.items, rootSchema));
  if (type === "string") return "x".repeat((s.minLength as number) ?? 0);
  if (type === "integer" || type === "number") return (s.minimum as number) ?? 0;
  if (type === "boolean") return false;
  return null;
}

/**
 * The same data through both validators: same verdict, same data afterwards, same errors. In a
 * package of several plugins each shared definition is compiled once, as a schema of its own, so
 * an error found inside one has a schema path relative to that definition (`#/minimum`) where the
 * runtime-compiled schema, with the definition inlined, says `#/definitions/<Name>/minimum`:
 * such a path must be the runtime one without its `/definitions/<Name>`; everything else is compared as it is.
 */
function expectSame(runtime: Validator, precompiled: Validator, value: unknown): boolean {
  const a = structuredClone(value);
  const b = structuredClone(value);
  const valid = runtime(a);
  expect(precompiled(b)).toBe(valid);
  expect(b).toEqual(a);
  const expected = runtime.errors;
  const errors = precompiled.errors?.map((error, i) => {
    const full = expected?.[i]?.schemaPath;
    const relativeToDefinition =
      full !== undefined &&
      full !== error.schemaPath &&
      full.replace(/^#\/definitions\/[^/]+/, "#") === error.schemaPath;
    return relativeToDefinition ? { ...error, schemaPath: full } : error;
  });
  expect(errors ?? precompiled.errors).toEqual(expected);
  return valid;
}

/** Checks the examples and `runs` generated values; together they must include both verdicts. */
function checkEquivalence(
  runtime: Validator,
  precompiled: Validator,
  schema: Schema,
  rootSchema: Schema,
  samples: unknown[],
  runs = 300,
  extra?: fc.Arbitrary<unknown>,
): void {
  const all = [minimalOf(schema, rootSchema), ...samples];
  const verdicts = new Set<boolean>(all.map((sample) => expectSame(runtime, precompiled, sample)));
  const values = extra ? fc.oneof(valuesOf(schema, rootSchema), extra) : valuesOf(schema, rootSchema);
  fc.assert(
    fc.property(values, (value) => {
      verdicts.add(expectSame(runtime, precompiled, value));
    }),
    { numRuns: runs },
  );
  expect([...verdicts].sort()).toEqual([false, true]);
}

/**
 * The generated plugin validators, with plugin names: `<package>/src/config-validator.gen.ts`
 * (`validateConfig`) for a package of one plugin, `<package>/src/validators.gen.ts`
 * (`validate<File>`) for a package of several.
 */
function pluginValidators(): { plugin: string; dir: string; base: string; module: string; name: string }[] {
  const found = [];
  for (const name of readdirSync(join(root, "plugins"))) {
    const dir = join(root, "plugins", name);
    const aigw = readJson(`plugins/${name}/package.json`).aigw ?? {};
    const several = Object.entries((aigw.plugins ?? {}) as Record<string, string>);
    for (const [plugin, file] of several) {
      const base = basename(file, ".json");
      const exported = `validate${base.charAt(0).toUpperCase()}${base.slice(1)}`;
      found.push({ plugin, dir, base, module: "validators.gen.ts", name: exported });
    }
    if (several.length === 0 && aigw.plugin)
      found.push({
        plugin: aigw.plugin,
        dir,
        base: "config",
        module: "config-validator.gen.ts",
        name: "validateConfig",
      });
  }
  return found;
}

describe("precompiled validators behave as runtime-compiled ones", () => {
  const ajv = createAjv();
  const runtimeGateway = ajv.compile(gatewaySchema);
  const runtimePipeline = ajv.getSchema(`${gatewaySchema.$id}#/definitions/Pipeline`)!;
  const gateway = gatewaySchema as unknown as Schema;
  const mutated = pipelineArbitrary.chain(({ config }) =>
    fc
      .tuple(
        fc.nat(),
        fc.jsonValue({ maxDepth: 1 }),
        fc.constantFrom("id", "needs", "timeoutMs", "when", "x"),
      )
      .map(([k, value, key]) => {
        const copy = structuredClone(config) as { pipeline: { nodes: Schema[] } };
        if (k % 3 === 0) copy.pipeline.nodes[k % copy.pipeline.nodes.length]![key] = value;
        return copy;
      }),
  );

  test("there are example configs to check", () => {
    expect(examples.length).toBeGreaterThan(5);
  });

  test("the gateway schema", () => {
    checkEquivalence(runtimeGateway, validateGateway, gateway, gateway, examples, 300, mutated);
  });

  test("the gateway schema's Pipeline definition", () => {
    const pipelineSchema = (gateway.definitions as Schema).Pipeline as Schema;
    const pipelines = examples.map((c) => c.pipeline);
    const mutatedPipelines = mutated.map((c) => c.pipeline);
    checkEquivalence(
      runtimePipeline,
      validatePipeline,
      pipelineSchema,
      gateway,
      pipelines,
      300,
      mutatedPipelines,
    );
  });

  test("the endpoint request schemas", async () => {
    const endpoints = readJson("packages/engine/schema/endpoints.json") as Schema & { $id: string };
    const { endpointValidators } = await import("../../packages/engine/src/http/endpoint-validators.gen.js");
    const runtime = createAjv().addSchema(endpoints);
    const names = Object.keys(endpoints.definitions as Schema).filter((n) => /^[a-z]/.test(n));
    expect(Object.keys(endpointValidators).sort()).toEqual([...names].sort());
    for (const name of names) {
      const schema = (endpoints.definitions as Schema)[name] as Schema;
      const samples = [
        { model: "m", messages: [{ role: "user" }], prompt: "p", input: "i", voice: "v", file: "f" },
        { model: "" },
        {},
      ];
      checkEquivalence(
        runtime.getSchema(`${endpoints.$id}#/definitions/${name}`)!,
        endpointValidators[name]!,
        schema,
        endpoints,
        samples,
        200,
      );
    }
  });

  const plugins = pluginValidators();
  test("every plugin package has its validators", () => {
    expect(plugins.length).toBeGreaterThanOrEqual(17);
    for (const { plugin } of plugins) expect(typeof plugin).toBe("string");
  });

  test.each(plugins.map((p) => [p.plugin, p] as const))("plugin %s", async (_name, p) => {
    const { plugin, dir, base } = p;
    const { configSchema } = await import(join(dir, "src", `${base}-schema.gen.ts`));
    const validateConfig = (await import(join(dir, "src", p.module)))[p.name];
    const samples = [{}, ...(nodeConfigs.get(plugin) ?? [])];
    checkEquivalence(createAjv().compile(configSchema), validateConfig, configSchema, configSchema, samples);
  });
});
