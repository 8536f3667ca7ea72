// Reading config files, the bundled default, and importing plugin packages relative to the file.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, createGateway } from "@aigw/engine";
import { afterAll, describe, expect, it } from "vitest";
import { packageImporter, readConfigFile } from "./config-file.js";
import { DEFAULT_CONFIG_FILE, readDefaultConfig } from "./default-config.js";
import { firstPartyPlugins, RUNTIME_KIT_DIR } from "./first-party-plugins.js";
import { PackageImportError, resolveFrom } from "./resolve-package.js";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "aigw-config-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A plain-JS plugin package in `dir/node_modules/<name>`, exporting only the given `exports`. */
function writePackage(dir: string, name: string, exportsField: unknown, pluginName: string): void {
  const pkg = join(dir, "node_modules", name);
  mkdirSync(join(pkg, "lib"), { recursive: true });
  writeFileSync(join(pkg, "package.json"), JSON.stringify({ name, type: "module", exports: exportsField }));
  writeFileSync(
    join(pkg, "lib", "index.js"),
    `export default { manifest: { name: ${JSON.stringify(pluginName)}, kind: "provider", version: "0.0.0", engine: "^0.1.0", hooks: ["call"], configSchema: { type: "object" } }, create: () => ({ call: async () => ({ type: "json", status: 200, body: { ok: true } }) }) };\n`,
  );
}

describe("readConfigFile", () => {
  it("parses YAML and JSON by extension", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), "pipeline:\n  nodes:\n    - id: p\n      plugin: x\n");
    writeFileSync(join(dir, "b.json"), JSON.stringify({ pipeline: { nodes: [{ id: "q", plugin: "y" }] } }));
    const yaml = await readConfigFile("a.yaml", dir);
    expect(yaml.file).toBe(join(dir, "a.yaml"));
    expect(yaml.config).toEqual({ pipeline: { nodes: [{ id: "p", plugin: "x" }] } });
    expect((await readConfigFile(join(dir, "b.json"))).config).toEqual({
      pipeline: { nodes: [{ id: "q", plugin: "y" }] },
    });
  });

  it("turns a missing or malformed file into a ConfigError naming it", async () => {
    const dir = tempDir();
    const missing = await readConfigFile("missing.yaml", dir).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ConfigError);
    expect((missing as ConfigError).message).toContain(join(dir, "missing.yaml"));
    writeFileSync(join(dir, "bad.json"), "{ nope");
    const bad = await readConfigFile("bad.json", dir).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ConfigError);
    expect((bad as ConfigError).message).toContain("bad.json is not valid JSON");
  });
});

describe("packageImporter", () => {
  it("imports from the config's directory before the working directory", async () => {
    const configDir = tempDir();
    const cwd = tempDir();
    writePackage(configDir, "aigw-fixture-plugin", { ".": "./lib/index.js" }, "from-config-dir");
    writePackage(cwd, "aigw-fixture-plugin", { ".": "./lib/index.js" }, "from-cwd");
    writePackage(cwd, "aigw-only-in-cwd", { ".": "./lib/index.js" }, "only-cwd");
    const importPackage = packageImporter(configDir, cwd);
    const first = (await importPackage("aigw-fixture-plugin")) as { default: { manifest: { name: string } } };
    expect(first.default.manifest.name).toBe("from-config-dir");
    const second = (await importPackage("aigw-only-in-cwd")) as { default: { manifest: { name: string } } };
    expect(second.default.manifest.name).toBe("only-cwd");
  });

  it("resolves packages that export only an `import` condition", () => {
    const dir = tempDir();
    writePackage(dir, "aigw-esm-only", { ".": { types: "./x.d.ts", import: "./lib/index.js" } }, "esm-only");
    expect(resolveFrom("aigw-esm-only", dir)).toBe(
      join(dir, "node_modules", "aigw-esm-only", "lib", "index.js"),
    );
  });

  it("makes a missing package a ConfigError that names it", async () => {
    const dir = tempDir();
    const error = await createGateway({
      config: { plugins: ["aigw-no-such-plugin"], pipeline: { nodes: [{ id: "p", plugin: "x" }] } },
      importPackage: packageImporter(dir, dir),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues[0]).toMatchObject({ path: "/plugins/0" });
    expect((error as ConfigError).message).toContain('"aigw-no-such-plugin" could not be loaded');
  });

  it("says where it looked for a missing package, and which plugin packages are installed", async () => {
    const configDir = tempDir();
    const cwd = tempDir();
    const error = await packageImporter(configDir, cwd)("@aigw/router-fallback").catch((e: unknown) => e);
    const lines = (error as Error).message.split("\n");
    expect(lines[0]).toBe("no node_modules/@aigw/router-fallback in these folders or any folder above them:");
    expect(lines.slice(1, 4)).toEqual([
      `  ${configDir} (the config file's folder)`,
      `  ${cwd} (the working directory)`,
      `  ${RUNTIME_KIT_DIR} (aigw's own installation, where the first-party plugins are)`,
    ]);
    // A plugin's manifest name given as a package name: point to the package that has it.
    expect(lines).toContain(
      '"router-fallback" is a plugin of the package @aigw/router-core: list that package instead.',
    );
    for (const pkg of firstPartyPlugins())
      expect(
        lines.some((line) => line.includes(pkg.packageName) && line.endsWith(pkg.plugins.join(", "))),
      ).toBe(true);
  });

  it("names one folder once when the config's folder is the working directory", async () => {
    const dir = tempDir();
    const error = await packageImporter(dir, dir)("aigw-nowhere").catch((e: unknown) => e);
    expect((error as Error).message).toContain(
      `  ${dir} (the config file's folder, the working directory)\n`,
    );
  });

  it("tells a package that is installed but will not import from one that is missing, with the cause", async () => {
    const dir = tempDir();
    writePackage(dir, "aigw-broken-syntax", { ".": "./lib/index.js" }, "x");
    writeFileSync(join(dir, "node_modules", "aigw-broken-syntax", "lib", "index.js"), "export default {{;\n");
    writePackage(dir, "aigw-unbuilt", { ".": "./dist/index.js" }, "x");
    const importPackage = packageImporter(dir, dir);
    const broken = await importPackage("aigw-broken-syntax").catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(PackageImportError);
    expect((broken as Error).message).toContain(
      `found at ${join(dir, "node_modules", "aigw-broken-syntax", "lib", "index.js")}, but importing it failed: SyntaxError: `,
    );
    const unbuilt = await importPackage("aigw-unbuilt").catch((e: unknown) => e);
    expect(unbuilt).toBeInstanceOf(PackageImportError);
    expect((unbuilt as Error).message).toContain(
      `installed at ${join(dir, "node_modules", "aigw-unbuilt")}, but its entry point is missing (is the package built?): `,
    );
    expect((unbuilt as Error).message).toContain(join("aigw-unbuilt", "dist", "index.js"));
  });

  it("imports every first-party plugin package from a folder that has none of them", async () => {
    const dir = tempDir();
    const importPackage = packageImporter(dir, dir);
    for (const pkg of firstPartyPlugins()) {
      const mod = (await importPackage(pkg.packageName)) as Record<string, unknown>;
      const exported = [mod["default"], mod["plugin"], mod["plugins"]].flat() as (
        | { manifest?: { name?: string } }
        | undefined
      )[];
      const names = exported.flatMap((plugin) => (plugin?.manifest?.name ? [plugin.manifest.name] : []));
      expect(names.sort(), pkg.packageName).toEqual([...pkg.plugins].sort());
    }
  });
});

describe("the default config", () => {
  it("is aigw.default.yaml: mock models to the mock provider, others to OpenAI, the Anthropic and Responses ingresses, a file logger, memory stores", async () => {
    const { config, file } = await readDefaultConfig();
    expect(file).toBe(DEFAULT_CONFIG_FILE);
    expect(readFileSync(file, "utf8")).toContain("$schema: ../../schemas/aigw.schema.json");
    expect(config).toMatchObject({
      plugins: [
        "@aigw/providers-mock",
        "@aigw/providers-openai",
        "@aigw/router-core",
        "@aigw/logger-file",
        "@aigw/ingress-anthropic",
        "@aigw/ingress-responses",
      ],
      ingress: [
        { id: "anthropic", plugin: "ingress-anthropic" },
        { id: "responses", plugin: "ingress-responses" },
      ],
      pipeline: {
        nodes: [
          { id: "log", plugin: "logger-file", config: { path: "./logs/requests.jsonl" } },
          {
            id: "route",
            plugin: "router-conditional",
            targets: ["mock", "openai"],
            config: {
              routes: [{ when: { field: "model", regex: "^mock" }, target: "mock" }],
              default: "openai",
            },
          },
          { id: "mock", plugin: "providers-mock" },
          { id: "openai", plugin: "providers-openai", config: { preset: "openai" } },
        ],
      },
      stores: { type: "memory" },
    });
  });
});
