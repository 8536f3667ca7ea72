// The built-in price table covers what users are shown: every model the mock provider lists (and,
// as it answers any model, any other id), and every model a provider node names in the configs
// of docs/*.md and of the default config, under the provider label that provider records.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { loadPricing } from "./pricing.js";

const root = new URL("../../../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const pricing = loadPricing();

type Config = Record<string, unknown>;

/** The label each bundled provider records as `servedBy.provider` for a node's config. */
const LABELS: Record<string, (config: Config) => string> = {
  "providers-openai": (c) => (c.preset as string | undefined) ?? (c.baseUrl ? "openai-compatible" : "openai"),
  "providers-azure": () => "azure",
  "providers-anthropic": () => "anthropic",
  "providers-bedrock": () => "bedrock",
  "providers-google": () => "google",
  "providers-mistral": () => "mistral",
  "providers-cohere": () => "cohere",
  "providers-mock": () => "mock",
};

/** `[label, model]` for every model a provider node's config names, anywhere in `value`. */
function namedModels(value: unknown, found: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) {
    for (const item of value) namedModels(item, found);
    return found;
  }
  if (!value || typeof value !== "object") return found;
  const node = value as Config;
  const label = typeof node.plugin === "string" ? LABELS[node.plugin] : undefined;
  if (label) {
    const config = (node.config ?? {}) as Config;
    const models = [
      config.model,
      config.embeddingModel,
      ...(Array.isArray(config.models) ? config.models : []),
      ...Object.values((config.modelMap ?? {}) as Config),
      ...Object.keys((config.deployments ?? {}) as Config),
    ];
    for (const model of models) if (typeof model === "string") found.push([label(config), model]);
  }
  for (const child of Object.values(node)) namedModels(child, found);
  return found;
}

/** The YAML blocks of a markdown file that parse (prose examples and fragments are skipped). */
function yamlBlocks(markdown: string): unknown[] {
  const blocks = [...markdown.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((block) =>
    parseAllDocuments(block)
      .filter((doc) => !Array.isArray(doc) && doc.errors.length === 0)
      .map((doc) => (doc as { toJSON(): unknown }).toJSON()),
  );
}

describe("the built-in table covers", () => {
  it("every model the mock provider lists by default, and any other id it is asked for", () => {
    const schema = JSON.parse(read("plugins/providers-mock/schema/config.json")) as {
      properties: { models: { default: string[] } };
    };
    const listed = schema.properties.models.default;
    expect(listed.length).toBeGreaterThan(0);
    const mini = pricing.price("openai", "gpt-4o-mini");
    for (const model of listed) expect(pricing.price("mock", model), model).toEqual(mini);
    fc.assert(
      fc.property(fc.string(), (model) => {
        expect(pricing.price("mock", model)).toEqual(mini);
      }),
    );
  });

  it("every model a provider node names in the docs' and the default config", () => {
    const docs = readdirSync(new URL("docs/", root)).filter((file) => file.endsWith(".md"));
    const named = [
      ...docs.flatMap((file) => yamlBlocks(read(`docs/${file}`))),
      ...yamlBlocks(read("README.md")),
      parseAllDocuments(read("packages/runtime-kit/aigw.default.yaml")).map((d) =>
        (d as { toJSON(): unknown }).toJSON(),
      ),
    ].flatMap((config) => namedModels(config));
    // The extraction finds what the docs are known to show, so an empty scan cannot pass.
    expect(named).toEqual(
      expect.arrayContaining([
        ["anthropic", "claude-sonnet-4-5"],
        ["openai", "gpt-4o-mini"],
        ["openai", "text-embedding-3-small"],
        ["azure", "gpt-4o"],
      ]),
    );
    const unpriced = named.filter(([label, model]) => pricing.price(label, model) === undefined);
    expect(unpriced).toEqual([]);
  });
});
