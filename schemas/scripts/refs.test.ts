/**
 * The generator's `$ref` inlining (refs.mjs): a plugin schema referencing definitions of another
 * file of its package becomes self-contained, with the definitions under their own names.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile } from "json-schema-to-typescript";
import { afterAll, describe, expect, test } from "vitest";
import { brokenRefs, embedForBundle, inlineSharedRefs, SchemaRefError } from "./refs.mjs";

type Json = Record<string, unknown>;

const pkg = mkdtempSync(join(tmpdir(), "aigw-refs-"));
afterAll(() => rmSync(pkg, { recursive: true, force: true }));
mkdirSync(join(pkg, "schema"));
const write = (file: string, value: unknown) =>
  writeFileSync(join(pkg, file), typeof value === "string" ? value : JSON.stringify(value));

write("schema/shared.json", {
  definitions: {
    Kind: { oneOf: [{ type: "string" }, { type: "integer" }] },
    Retry: {
      type: "object",
      additionalProperties: false,
      properties: {
        attempts: { type: "integer" },
        on: { type: "array", items: { $ref: "#/definitions/Kind" } },
      },
    },
    Tree: {
      type: "object",
      properties: { children: { type: "array", items: { $ref: "#/definitions/Tree" } } },
    },
    Unused: { type: "string" },
  },
});
write("schema/broken.json", "{ not json");

/** Inlines `schema` as if it were the package's schema/config.json. */
const inline = (schema: Json) =>
  inlineSharedRefs(schema, { file: join(pkg, "schema/config.json"), packageDir: pkg, label: "config.json" });

describe("inlineSharedRefs", () => {
  const source = {
    title: "Config",
    type: "object",
    properties: {
      retry: { $ref: "./shared.json#/definitions/Retry" },
      other: { $ref: "shared.json#/definitions/Retry", description: "Siblings stay." },
      tree: { $ref: "./shared.json#/definitions/Tree" },
      local: { $ref: "#/definitions/Local" },
      // A property named like a data keyword is still a schema; a `default` value is data.
      default: { $ref: "./shared.json#/definitions/Kind", default: { $ref: "not a ref" } },
    },
    definitions: { Local: { type: "boolean" } },
  };

  test("copies the referenced definitions (and theirs) under their names and makes the refs local", () => {
    const out = inline(source);
    expect(out.properties).toEqual({
      retry: { $ref: "#/definitions/Retry" },
      other: { $ref: "#/definitions/Retry", description: "Siblings stay." },
      tree: { $ref: "#/definitions/Tree" },
      local: { $ref: "#/definitions/Local" },
      default: { $ref: "#/definitions/Kind", default: { $ref: "not a ref" } },
    });
    // The schema's own definitions first, then the shared ones in their file's order; unused ones stay out.
    expect(Object.keys(out.definitions as Json)).toEqual(["Local", "Kind", "Retry", "Tree"]);
    expect((out.definitions as Json).Retry).toEqual({
      type: "object",
      additionalProperties: false,
      properties: {
        attempts: { type: "integer" },
        on: { type: "array", items: { $ref: "#/definitions/Kind" } },
      },
    });
    expect(brokenRefs(out)).toEqual([]);
    expect(source.properties.retry.$ref).toBe("./shared.json#/definitions/Retry"); // input untouched
  });

  test("a schema without shared refs comes back equal", () => {
    const plain = { type: "object", properties: { a: { $ref: "#/definitions/A" } }, definitions: { A: {} } };
    expect(inline(plain)).toEqual(plain);
  });

  test("the generated types name the shared definitions", async () => {
    // (json-schema-to-typescript would read the data `$ref` under `default` as a reference.)
    const { default: _data, ...properties } = source.properties;
    const ts = await compile(inline({ ...source, properties }), "Config", {
      bannerComment: "",
      additionalProperties: false,
    });
    expect(ts).toContain("export interface Retry {");
    expect(ts).toContain("retry?: Retry;");
    expect(ts).toContain("export type Kind = string | number;");
    expect(ts).toContain("on?: Kind[];");
    expect(ts).toContain("children?: Tree[];");
  });

  test("a definition the schema also has itself is fine when it is the same", () => {
    const kind = { oneOf: [{ type: "string" }, { type: "integer" }] };
    const out = inline({
      properties: { k: { $ref: "./shared.json#/definitions/Kind" } },
      definitions: { Kind: kind },
    });
    expect(out.definitions).toEqual({ Kind: kind });
    expect(() =>
      inline({ properties: { k: { $ref: "./shared.json#/definitions/Kind" } }, definitions: { Kind: {} } }),
    ).toThrow(
      'config.json: $ref "./shared.json#/definitions/Kind": the schema has its own, different definitions/Kind',
    );
  });

  test.each([
    ["./missing.json#/definitions/Retry", "missing.json does not exist"],
    ["./shared.json#/definitions/Nope", "shared.json has no definitions/Nope"],
    ["./shared.json#/definitions/Retry/properties/attempts", "must point at a whole definition"],
    ["./shared.json", "must point at a whole definition"],
    ["./broken.json#/definitions/X", "broken.json is not valid JSON"],
    ["https://example.com/s.json#/definitions/X", "is not a relative file reference"],
    ["../../elsewhere.json#/definitions/X", "is outside the package"],
    ["#/definitions/Nope", "points at nothing"],
  ])("fails on %s, naming the schema and the ref", (ref, why) => {
    const run = () => inline({ properties: { x: { $ref: ref } } });
    expect(run).toThrow(SchemaRefError);
    expect(run).toThrow(`config.json: $ref "${ref}"`);
    expect(run).toThrow(why);
  });

  test("a broken ref inside the shared file names that file too", () => {
    write("schema/bad-shared.json", { definitions: { A: { $ref: "#/definitions/B" } } });
    expect(() => inline({ properties: { a: { $ref: "./bad-shared.json#/definitions/A" } } })).toThrow(
      'config.json: $ref "#/definitions/B" (in bad-shared.json): bad-shared.json has no definitions/B',
    );
  });

  test("two different definitions of one name fail", () => {
    write("schema/other.json", { definitions: { Kind: { type: "boolean" } } });
    expect(() =>
      inline({
        properties: {
          a: { $ref: "./shared.json#/definitions/Kind" },
          b: { $ref: "./other.json#/definitions/Kind" },
        },
      }),
    ).toThrow('another referenced definition is also named "Kind" (shared.json#/definitions/Kind)');
  });
});

describe("embedForBundle", () => {
  test("moves the definitions to the bundle under the plugin's name and rewrites the refs", () => {
    const at = "/definitions/Node/allOf/0/then/properties/config";
    const { config, definitions } = embedForBundle(
      inline({
        $schema: "http://json-schema.org/draft-07/schema#",
        type: "object",
        properties: {
          retry: { $ref: "./shared.json#/definitions/Retry" },
          self: { $ref: "#/properties/retry" },
        },
      }),
      "my-plugin",
      at,
    );
    expect(config).toEqual({
      type: "object",
      properties: {
        retry: { $ref: "#/definitions/my-plugin.Retry" },
        self: { $ref: `#${at}/properties/retry` },
      },
    });
    expect(Object.keys(definitions)).toEqual(["my-plugin.Kind", "my-plugin.Retry"]);
    expect(definitions["my-plugin.Retry"]).toMatchObject({
      properties: { on: { items: { $ref: "#/definitions/my-plugin.Kind" } } },
    });
    const bundle = {
      // biome-ignore lint/suspicious/noThenProperty: JSON schema if/then, not a thenable.
      definitions: { ...definitions, Node: { allOf: [{ then: { properties: { config } } }] } },
    };
    expect(brokenRefs(bundle)).toEqual([]);
  });
});
