/**
 * The scaffolder's parts that need no install or build: which names it accepts and what it makes
 * of them, the files each kind gets, and its edits of the workspace files. (CI runs the whole
 * command on a clean clone and then the generated packages' tests: see .ci/create-plugin-probe.)
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { NameError, nameClash, pluginNames } from "./create-plugin/names.mjs";
import { packageFiles, render } from "./create-plugin/package-files.mjs";
import { addBuildReference, addRuntimeDependency, addRuntimeReference } from "./create-plugin/wiring.mjs";

const root = new URL("../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const versions = (JSON.parse(read("package.json")) as { devDependencies: Record<string, string> })
  .devDependencies;

describe("pluginNames", () => {
  test("derives the folder, package, config type and key variable from kind and name", () => {
    expect(pluginNames("guardrail", "house-rules")).toEqual({
      kind: "guardrail",
      name: "house-rules",
      dir: "guardrail-house-rules",
      packageName: "@aigw/guardrail-house-rules",
      pascal: "HouseRules",
      configType: "HouseRulesGuardrailConfig",
      envName: "HOUSE_RULES_API_KEY",
    });
    expect(pluginNames("provider", "acme2").dir).toBe("providers-acme2");
    expect(pluginNames("logger", "audit").configType).toBe("AuditLoggerConfig");
  });

  test("a name given with its kind's prefix is taken without it", () => {
    expect(pluginNames("provider", "providers-acme").dir).toBe("providers-acme");
  });

  test.each([
    "",
    "House",
    "2fast",
    "-lead",
    "trail-",
    "two--hyphens",
    "under_score",
    "spa ce",
    "dot.ted",
    "../up",
    "a".repeat(41),
  ])("refuses the name %j", (name) => {
    expect(() => pluginNames("guardrail", name)).toThrow(NameError);
  });

  test("a name whose package or plugin name is taken in the workspace clashes", () => {
    const workspace = [
      { dir: "packages/guardrail-kit", packageName: "@aigw/guardrail-kit", plugins: [] },
      { dir: "plugins/router-core", packageName: "@aigw/router-core", plugins: ["router-fallback"] },
    ];
    expect(nameClash(pluginNames("guardrail", "kit"), workspace)).toMatch(/packages\/guardrail-kit/);
    expect(nameClash(pluginNames("guardrail", "house-rules"), workspace)).toBeUndefined();
    const odd = [{ dir: "plugins/odd", packageName: "@aigw/odd", plugins: ["logger-audit"] }];
    expect(nameClash(pluginNames("logger", "audit"), odd)).toMatch(/plugins\/odd/);
  });

  test("refuses an unknown kind, naming the known ones", () => {
    expect(() => pluginNames("router", "x")).toThrow(/guardrail, provider, logger/);
    expect(() => pluginNames("toString", "x")).toThrow(NameError);
  });
});

describe("packageFiles", () => {
  const files = (kind: string) => packageFiles(pluginNames(kind, "ci-probe"), versions);

  test.each([
    [
      "guardrail",
      [
        "README.md",
        "package.json",
        "schema/config.json",
        "src/index.test.ts",
        "src/index.ts",
        "src/phrases.test.ts",
        "src/phrases.ts",
        "tsconfig.json",
      ],
    ],
    [
      "provider",
      [
        "README.md",
        "package.json",
        "schema/config.json",
        "src/call.ts",
        "src/index.test.ts",
        "src/index.ts",
        "src/upstream.ts",
        "tsconfig.json",
      ],
    ],
    [
      "logger",
      [
        "README.md",
        "package.json",
        "schema/config.json",
        "src/index.test.ts",
        "src/index.ts",
        "src/line-sink.ts",
        "src/summary.ts",
        "tsconfig.json",
      ],
    ],
  ])("%s: the file set, with every placeholder filled", (kind, expected) => {
    const made = files(kind);
    expect([...made.keys()].sort()).toEqual(expected);
    for (const [path, text] of made) expect(text, path).not.toMatch(/\{\{|\}\}/);
  });

  test("package.json: the source export, the plugin name, and only the dependencies plugins may have", () => {
    const pkg = JSON.parse(files("guardrail").get("package.json")!) as Record<string, unknown>;
    expect(pkg).toMatchObject({
      name: "@aigw/guardrail-ci-probe",
      type: "module",
      exports: { ".": { "aigw-source": "./src/index.ts", default: "./dist/index.js" } },
      aigw: { plugin: "guardrail-ci-probe" },
      dependencies: {
        "@aigw/guardrail-kit": "workspace:*",
        "@aigw/plugin-api": "workspace:*",
        ajv: versions.ajv,
      },
      devDependencies: { "@aigw/engine": "workspace:*", "@types/node": versions["@types/node"] },
    });
    const provider = JSON.parse(files("provider").get("package.json")!) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(provider.dependencies)).toEqual(["@aigw/plugin-api", "@aigw/wire-kit", "ajv"]);
  });

  test("schemas: titled by the config type; a guardrail's refers to the kit's shared settings", () => {
    const schema = JSON.parse(files("guardrail").get("schema/config.json")!) as {
      title: string;
      properties: Record<string, { $ref?: string }>;
    };
    expect(schema.title).toBe("CiProbeGuardrailConfig");
    for (const name of ["on", "action", "roles", "message", "stream"])
      expect(schema.properties[name]?.$ref).toMatch(/^@aigw\/guardrail-kit\/schema\/guardrail\.json#/);
  });

  test("render refuses a placeholder it has no value for", () => {
    expect(render("a {{dir}} b", { dir: "x" })).toBe("a x b");
    expect(() => render("{{nope}}", {})).toThrow(/nope/);
  });
});

describe("wiring", () => {
  test("the build references the package before runtime-kit", () => {
    const text = addBuildReference(read("tsconfig.build.json"), "guardrail-ci-probe");
    const refs = (JSON.parse(text) as { references: { path: string }[] }).references.map((r) => r.path);
    expect(refs.indexOf("plugins/guardrail-ci-probe")).toBe(refs.indexOf("packages/runtime-kit") - 1);
    expect(() => addBuildReference(text, "guardrail-ci-probe")).toThrow(/already/);
  });

  test("runtime-kit depends on and references the package, in name order", () => {
    const pkg = JSON.parse(
      addRuntimeDependency(read("packages/runtime-kit/package.json"), "@aigw/logger-zz"),
    ) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies["@aigw/logger-zz"]).toBe("workspace:*");
    const names = Object.keys(pkg.dependencies);
    expect(names).toEqual([...names].sort());

    const text = addRuntimeReference(read("packages/runtime-kit/tsconfig.json"), "logger-zz");
    const refs = (JSON.parse(text) as { references: { path: string }[] }).references.map((r) => r.path);
    const plugins = refs.filter((path) => path.startsWith("../../plugins/"));
    expect(plugins).toContain("../../plugins/logger-zz");
    expect(plugins).toEqual([...plugins].sort());
    expect(() => addRuntimeReference(text, "logger-zz")).toThrow(/already/);
  });
});
