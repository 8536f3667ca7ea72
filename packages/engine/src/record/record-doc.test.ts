/** docs/observability.md describes every field of the request record schema, by its path. */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";

type Schema = {
  properties?: Record<string, Schema>;
  items?: Schema;
  $ref?: string;
  definitions?: Record<string, Schema>;
};

const root = new URL("../../../../", import.meta.url);
const schema = JSON.parse(
  readFileSync(new URL("schemas/request-record.schema.json", root), "utf8"),
) as Schema;
const doc = readFileSync(new URL("docs/observability.md", root), "utf8");

function paths(node: Schema, prefix: string): string[] {
  const resolved = node.$ref ? schema.definitions![node.$ref.split("/").pop()!]! : node;
  if (resolved.items) {
    const item = resolved.items.$ref
      ? schema.definitions![resolved.items.$ref.split("/").pop()!]!
      : resolved.items;
    return [`${prefix}[]`, ...paths(item, `${prefix}[].`).filter((p) => p !== `${prefix}[].`)];
  }
  const own = prefix.endsWith(".") ? [] : [prefix];
  if (!resolved.properties) return own;
  const base = prefix.endsWith(".") || prefix === "" ? prefix : `${prefix}.`;
  return [
    ...own,
    ...Object.entries(resolved.properties).flatMap(([key, value]) => paths(value, `${base}${key}`)),
  ];
}

test("every record field has a row in docs/observability.md", () => {
  const fields = paths(schema, "").filter(Boolean);
  expect(fields.length).toBeGreaterThan(40);
  const missing = fields.filter((field) => !doc.includes(`| \`${field}\` |`));
  expect(missing).toEqual([]);
});
