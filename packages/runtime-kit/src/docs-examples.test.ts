// Every complete config example in the documentation boots, the way a user's config does.
//
// Where: README.md, docs/**/*.md, and the README.md of plugins/*, packages/* and runtime-*.
// Which blocks: fenced blocks (``` or ~~~) whose language is yaml, yml or json. Every such block
// must parse (JSON blocks as JSON). A block is a complete gateway config when it parses to a
// mapping with a top-level `pipeline` (or `pipelines`) key. A node list (a sequence of mappings
// with `id` and `plugin`) cannot boot on its own, but each of its nodes' `config` is checked
// against its first-party plugin's schema, as at boot. Every other block is a fragment (a
// `config:` excerpt, a plugin's schema, a `plugins:` line) and is only parsed.
// How: each complete config is written, as it is in the doc, to a temporary folder outside the
// repository and booted through runtime-kit's command-line path (`planBoot`: read the file,
// resolve its plugin packages from its folder, the working directory, then the runtime's own
// install), then `createGateway` as every runtime calls it, then closed. Variables the examples
// read (API keys, any variable a node config names in a field ending in `Env`, and the values of
// a map in a field ending in `FromEnv`) get dummy values. Booting must log no warning or error:
// an example that needs something it does not show is incomplete. A failure names the doc file
// and the line of the block's opening fence.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createGateway, envFrom, jsonLogger } from "@aigw/engine";
import type { Plugin } from "@aigw/plugin-api";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { explain, planBoot } from "./boot.js";
import { firstPartyPlugins } from "./first-party-plugins.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** A fenced yaml/json block of a doc: where it is, its language and its text. */
interface DocBlock {
  file: string;
  line: number;
  lang: "yaml" | "json";
  text: string;
}

/** The doc files, relative to the repository root. */
function docFiles(): string[] {
  const files = ["README.md", ...markdownUnder("docs")];
  for (const parent of ["plugins", "packages"])
    for (const dir of readdirSync(join(ROOT, parent))) files.push(`${parent}/${dir}/README.md`);
  for (const dir of readdirSync(ROOT)) if (dir.startsWith("runtime-")) files.push(`${dir}/README.md`);
  return files.filter((file) => isFile(join(ROOT, file))).sort();
}

function markdownUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .map((name) => `${dir}/${name}`)
    .filter((file) => file.endsWith(".md"));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The yaml/json fenced blocks of a markdown text; `line` is the 1-based line of the opening fence. */
export function fencedBlocks(file: string, markdown: string): DocBlock[] {
  const lines = markdown.split("\n");
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i] ?? "");
    if (!open) continue;
    const [, indent = "", fence = "```", info = ""] = open;
    let end = i + 1;
    while (end < lines.length && !isClosingFence(lines[end] ?? "", fence)) end++;
    const lang = info.toLowerCase();
    if (lang === "yaml" || lang === "yml" || lang === "json") {
      // A block inside a list item is indented: its text is what is left of the indentation.
      const text = lines
        .slice(i + 1, end)
        .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
        .join("\n");
      blocks.push({ file, line: i + 1, lang: lang === "json" ? "json" : "yaml", text });
    }
    i = end;
  }
  return blocks;
}

function isClosingFence(line: string, fence: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith(fence) && trimmed.replace(/[`~]/g, "") === "";
}

function parseBlock(block: DocBlock): unknown {
  return block.lang === "json" ? JSON.parse(block.text) : parse(block.text);
}

/** A whole gateway config, not a fragment: a mapping with a pipeline at the top. */
export function isCompleteConfig(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    ("pipeline" in value || "pipelines" in value)
  );
}

/** A node list's nodes (each a mapping with a string `id` and `plugin`), or undefined. */
export function nodeList(value: unknown): { id: string; plugin: string; config?: unknown }[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const isNode = (item: unknown) =>
    typeof item === "object" &&
    item !== null &&
    typeof (item as { id?: unknown }).id === "string" &&
    typeof (item as { plugin?: unknown }).plugin === "string";
  return value.every(isNode) ? (value as { id: string; plugin: string; config?: unknown }[]) : undefined;
}

/** A first-party plugin by the name nodes use, imported from the package that exports it. */
async function firstPartyPlugin(name: string): Promise<Plugin<unknown> | undefined> {
  const pkg = firstPartyPlugins().find((entry) => entry.plugins.includes(name));
  if (!pkg) return undefined;
  const mod = (await import(pkg.packageName)) as { default?: unknown; plugins?: unknown };
  const exported = [mod.default, mod.plugins].flat() as Plugin<unknown>[];
  return exported.find((plugin) => plugin?.manifest?.name === name);
}

/** Every variable a provider reads by default, and those a config names in `...Env` fields. */
function dummyEnv(config: unknown): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of [
    "OPENAI_API_KEY",
    "ANTHROPIC_API_KEY",
    "GEMINI_API_KEY",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_REGION",
    "AZURE_OPENAI_API_KEY",
    "AZURE_CLIENT_SECRET",
    "CO_API_KEY",
    "MISTRAL_API_KEY",
    "GROQ_API_KEY",
  ])
    env[name] = `dummy-${name.toLowerCase()}`;
  env["GOOGLE_APPLICATION_CREDENTIALS_JSON"] = JSON.stringify({
    type: "service_account",
    project_id: "docs-example",
    client_email: "docs@docs-example.iam.gserviceaccount.com",
    private_key: "-----BEGIN PRIVATE KEY-----\nnot-a-key\n-----END PRIVATE KEY-----\n",
  });
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object")
      for (const [key, inner] of Object.entries(value)) {
        if (key.endsWith("Env") && typeof inner === "string") env[inner] ??= `dummy-${inner.toLowerCase()}`;
        // A map of names to variables (a guardrail's headersFromEnv): each value is a variable.
        else if (key.endsWith("FromEnv") && inner && typeof inner === "object")
          for (const name of Object.values(inner))
            if (typeof name === "string") env[name] ??= `dummy-${name.toLowerCase()}`;
        visit(inner);
      }
  };
  visit(config);
  return env;
}

const blocks = docFiles().flatMap((file) => fencedBlocks(file, readFileSync(join(ROOT, file), "utf8")));
const dir = mkdtempSync(join(tmpdir(), "aigw-docs-examples-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the fenced-block rule", () => {
  it("finds yaml and json blocks with their opening line, also indented ones, and skips others", () => {
    const markdown =
      '# T\n\n```yaml\na: 1\n```\n\n```sh\nnpm start\n```\n\n- item\n\n  ```json\n  {"b": 2}\n  ```\n';
    expect(fencedBlocks("x.md", markdown)).toEqual([
      { file: "x.md", line: 3, lang: "yaml", text: "a: 1" },
      { file: "x.md", line: 13, lang: "json", text: '{"b": 2}' },
    ]);
  });

  it("takes a mapping with a top-level pipeline as a complete config, anything else as a fragment", () => {
    expect(isCompleteConfig({ pipeline: { nodes: [] } })).toBe(true);
    expect(isCompleteConfig({ plugins: ["@aigw/router-core"] })).toBe(false);
    expect(isCompleteConfig([{ id: "x", plugin: "y" }])).toBe(false);
    expect(isCompleteConfig({ config: { retry: {} } })).toBe(false);
  });

  it("takes a sequence of mappings with id and plugin as a node list", () => {
    expect(nodeList([{ id: "x", plugin: "y", config: {} }])).toEqual([{ id: "x", plugin: "y", config: {} }]);
    expect(nodeList([{ id: "x", plugin: "y" }, { id: "z" }])).toBeUndefined();
    expect(nodeList([])).toBeUndefined();
    expect(nodeList({ id: "x", plugin: "y" })).toBeUndefined();
  });

  it("finds the documented configs (the extraction has not silently broken)", () => {
    const complete = blocks.filter((block) => isCompleteConfig(safeParse(block)));
    expect(complete.length).toBeGreaterThanOrEqual(15);
    expect(new Set(complete.map((block) => block.file.split("/")[0])).size).toBeGreaterThanOrEqual(2);
  });
});

function safeParse(block: DocBlock): unknown {
  try {
    return parseBlock(block);
  } catch {
    return undefined;
  }
}

describe("documented config examples", () => {
  it.each(blocks.map((block) => [`${block.file}:${block.line}`, block] as const))(
    "%s",
    async (where, block) => {
      let config: unknown;
      try {
        config = parseBlock(block);
      } catch (error) {
        throw new Error(`${where}: the ${block.lang} block does not parse: ${(error as Error).message}`);
      }
      const nodes = nodeList(config);
      if (nodes) return checkNodeConfigs(where, nodes);
      if (!isCompleteConfig(config)) return;
      const file = join(dir, `${where.replace(/[^A-Za-z0-9]+/g, "-")}.${block.lang}`);
      expect(relative(ROOT, file).startsWith("..")).toBe(true);
      writeFileSync(file, block.text);
      const env = dummyEnv(config);
      const logged: string[] = [];
      try {
        const plan = await planBoot(["--config", file], env);
        if (plan.kind !== "serve") throw new Error(`planned ${plan.kind}`);
        const gateway = await createGateway({
          config: plan.loaded.config,
          importPackage: plan.loaded.importPackage,
          services: { logger: jsonLogger("warn", (line) => logged.push(line)), env: envFrom(env) },
          env,
        });
        await gateway.close();
      } catch (error) {
        throw new Error(`${where}: the example does not boot:\n${explain(error).message}`);
      }
      expect(logged, `${where}: booting the example logged warnings or errors`).toEqual([]);
    },
  );
});

/** Each node's config against its plugin's schema, as a boot checks it (defaults filled in). */
async function checkNodeConfigs(where: string, nodes: { id: string; plugin: string; config?: unknown }[]) {
  for (const node of nodes) {
    // A plugin aigw does not ship is one the doc is writing (a guardrail or plugin of its own).
    const plugin = await firstPartyPlugin(node.plugin);
    if (!plugin) continue;
    const validate = plugin.manifest.configValidator;
    if (!validate) throw new Error(`${where}: plugin "${node.plugin}" ships no precompiled validator`);
    const ok = validate(structuredClone(node.config ?? {}));
    const errors = (validate.errors ?? [])
      .map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`)
      .join("; ");
    expect(ok, `${where}: node "${node.id}" config is rejected by ${node.plugin}: ${errors}`).toBe(true);
  }
}
