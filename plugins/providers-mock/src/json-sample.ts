/**
 * Builds a small JSON value that fits a JSON schema: the arguments of a mock tool call (from the
 * function's `parameters`) and the content of a `json_schema` response. Deterministic, and only as
 * clever as a test needs: types, enums, consts, defaults, required properties, local `$ref`s.
 */
import type { JsonObject, JsonValue } from "@aigw/plugin-api";

export interface SampleOptions {
  /** Fill every listed property, not only the required ones (structured outputs). */
  allProperties?: boolean;
}

const MAX_DEPTH = 8;

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Resolves `#/...` pointers against the root schema; anything else is left unresolved. */
function resolveRef(root: JsonObject, ref: string): JsonValue | undefined {
  if (!ref.startsWith("#")) return undefined;
  let node: JsonValue | undefined = root;
  for (const raw of ref.slice(1).split("/").filter(Boolean)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = isObject(node) ? node[key] : undefined;
  }
  return node;
}

function stringFor(schema: JsonObject): string {
  switch (schema.format) {
    case "date-time":
      return "2024-01-01T00:00:00Z";
    case "date":
      return "2024-01-01";
    case "email":
      return "mock@example.com";
    case "uri":
    case "url":
      return "https://example.com/mock";
    case "uuid":
      return "00000000-0000-4000-8000-000000000000";
    default:
      return "mock";
  }
}

/** A value that satisfies `schema` in the common cases. */
export function sampleFromSchema(schema: unknown, options: SampleOptions = {}): JsonValue {
  const root = isObject(schema) ? schema : {};
  const visit = (node: JsonValue | undefined, depth: number): JsonValue => {
    if (!isObject(node) || depth > MAX_DEPTH) return "mock";
    if (typeof node.$ref === "string") return visit(resolveRef(root, node.$ref), depth + 1);
    if ("const" in node) return node.const ?? null;
    if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum[0]!;
    if ("default" in node) return node.default ?? null;
    for (const key of ["anyOf", "oneOf", "allOf"] as const) {
      const list = node[key];
      if (Array.isArray(list) && list.length > 0) {
        const pick = list.find((s) => !(isObject(s) && s.type === "null")) ?? list[0];
        return visit(pick, depth + 1);
      }
    }
    const types = Array.isArray(node.type) ? node.type : [node.type];
    const type = types.find((t) => t !== "null") ?? types[0];
    switch (type) {
      case "string":
        return stringFor(node);
      case "integer":
      case "number":
        return typeof node.minimum === "number" ? node.minimum : 1;
      case "boolean":
        return true;
      case "null":
        return null;
      case "array": {
        const count = Math.min(typeof node.minItems === "number" ? node.minItems : 0, 3);
        return Array.from({ length: count }, () => visit(node.items, depth + 1));
      }
      default: {
        if (type !== "object" && !isObject(node.properties)) return "mock";
        const properties = isObject(node.properties) ? node.properties : {};
        const required = Array.isArray(node.required)
          ? node.required.filter((r): r is string => typeof r === "string")
          : [];
        const names = options.allProperties
          ? [...new Set([...Object.keys(properties), ...required])]
          : required;
        const out: JsonObject = {};
        for (const name of names) out[name] = visit(properties[name], depth + 1);
        return out;
      }
    }
  };
  return visit(root, 0);
}
