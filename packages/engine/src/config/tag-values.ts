/**
 * The values a `discriminator` accepts, read from the schema it sits in, so a config error for an
 * unknown or missing tag (e.g. a content rule's `type`) can list the valid ones: ajv's error for
 * it names only the tag.
 */
import type { JsonSchema } from "@aigw/plugin-api";

type Node = { readonly [key: string]: unknown };

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The node a local JSON pointer (`#/a/b`, with ~0 and ~1 escapes) reaches in `schema`. */
function at(schema: JsonSchema, pointer: string): Node | undefined {
  if (!pointer.startsWith("#")) return undefined;
  let node: unknown = schema;
  for (const raw of pointer.slice(1).split("/").slice(1)) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (!isNode(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return isNode(node) ? node : undefined;
}

/**
 * The tag values of the discriminator whose error has `schemaPath` (`.../discriminator`), in the
 * order of its oneOf; undefined when the schema does not hold it there (e.g. the error comes from
 * a schema the validator reached through a `$ref` into another file).
 */
export function tagValues(schema: JsonSchema, schemaPath: string, tag: string): string[] | undefined {
  if (!schemaPath.endsWith("/discriminator")) return undefined;
  const parent = at(schema, schemaPath.slice(0, -"/discriminator".length));
  const branches = parent?.oneOf;
  if (!Array.isArray(branches)) return undefined;
  const values: string[] = [];
  for (const raw of branches) {
    const branch = isNode(raw) && typeof raw.$ref === "string" ? at(schema, raw.$ref) : raw;
    const properties = isNode(branch) ? branch.properties : undefined;
    const property = isNode(properties) ? properties[tag] : undefined;
    if (!isNode(property)) return undefined;
    if (typeof property.const === "string") values.push(property.const);
    else if (Array.isArray(property.enum)) values.push(...property.enum.filter((v) => typeof v === "string"));
    else return undefined;
  }
  return values;
}
