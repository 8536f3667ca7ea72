/**
 * JSON Schema (what OpenAI clients send for tool parameters and json_schema outputs) to Google's
 * `Schema`, which is "a select subset of an OpenAPI 3.0 schema object": type, format, title,
 * description, nullable, enum (strings), items, min/maxItems, properties, required,
 * min/maxProperties, min/maxLength, pattern, minimum, maximum, anyOf, propertyOrdering, default,
 * example. Google answers 400 to anything else, so the conversion:
 * - drops unsupported keywords ($schema, $id, additionalProperties, strict, patternProperties,
 *   not, if/then/else, exclusiveMinimum...);
 * - inlines local `$ref`s into `$defs` / `definitions` (recursion is cut after one level);
 * - merges `allOf`, turns `oneOf` into `anyOf`, `const` into a one-value enum, type arrays such as
 *   ["string","null"] and `anyOf [X, {type: null}]` into `nullable: true`;
 * - keeps only the string formats Google accepts (enum, date-time), float/double, int32/int64;
 * - stringifies non-string enum values (Google's enum is string-typed) and keeps `required` only
 *   for properties that exist.
 * With `schemaDialect: json-schema` none of this runs: the schema goes as parametersJsonSchema /
 * responseJsonSchema.
 */
import type { JsonObject, JsonValue } from "@aigw/plugin-api";

const KEEP = new Set([
  "title",
  "description",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "minLength",
  "maxLength",
  "pattern",
  "minimum",
  "maximum",
  "default",
  "example",
  "propertyOrdering",
  "nullable",
]);

const FORMATS: Record<string, Set<string>> = {
  string: new Set(["enum", "date-time"]),
  number: new Set(["float", "double"]),
  integer: new Set(["int32", "int64", "enum"]),
};

const MAX_DEPTH = 32;

type Obj = Record<string, JsonValue>;

function isObject(v: unknown): v is Obj {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

interface Walk {
  root: Obj;
  /** `$ref`s being expanded on the current path (to cut recursion). */
  expanding: Set<string>;
  depth: number;
}

function resolveRef(ref: string, root: Obj): Obj | undefined {
  const match = /^#\/(\$defs|definitions)\/(.+)$/.exec(ref);
  if (!match) return undefined;
  const defs = root[match[1]!];
  const name = match[2]!.replace(/~1/g, "/").replace(/~0/g, "~");
  const target = isObject(defs) ? defs[name] : undefined;
  return isObject(target) ? target : undefined;
}

/** Converts one JSON Schema node. */
function convert(node: JsonValue | undefined, walk: Walk): Obj {
  if (!isObject(node) || walk.depth > MAX_DEPTH) return {};
  let schema: Obj = node;
  let ref: string | undefined;
  if (typeof schema.$ref === "string") {
    ref = schema.$ref;
    const target = walk.expanding.has(ref) ? undefined : resolveRef(ref, walk.root);
    const { $ref: _ignored, ...siblings } = schema;
    // An unresolvable or recursive reference degrades to an unconstrained object.
    schema = target ? { ...target, ...siblings } : { type: "object", ...siblings };
  }
  const next: Walk = {
    root: walk.root,
    expanding: ref ? new Set([...walk.expanding, ref]) : walk.expanding,
    depth: walk.depth + 1,
  };
  if (Array.isArray(schema.allOf)) {
    const { allOf, ...rest } = schema;
    return mergeAll([convert(rest, next), ...allOf.map((s) => convert(s, next))]);
  }

  const out: Obj = {};
  for (const [key, value] of Object.entries(schema)) if (KEEP.has(key)) out[key] = value;
  if (Array.isArray(schema.examples) && schema.examples.length > 0 && out.example === undefined) {
    out.example = schema.examples[0]!;
  }

  // type: a single name, or a list that may include "null".
  let type: string | undefined;
  if (typeof schema.type === "string") type = schema.type;
  else if (Array.isArray(schema.type)) {
    const types = schema.type.filter((t): t is string => typeof t === "string");
    if (types.includes("null")) out.nullable = true;
    const real = types.filter((t) => t !== "null");
    if (real.length === 1) type = real[0];
    else if (real.length > 1) {
      const { type: _t, ...rest } = schema;
      out.anyOf = real.map((t) => convert({ ...rest, type: t }, next));
      return out;
    }
  }
  if (type === "null") {
    out.nullable = true;
    type = undefined;
  }

  // const and enum: Google's enum holds strings.
  let values: JsonValue[] | undefined;
  if (schema.const !== undefined) values = [schema.const];
  else if (Array.isArray(schema.enum)) values = schema.enum;
  if (values) {
    if (values.includes(null)) out.nullable = true;
    const strings = values
      .filter((v) => v !== null)
      .map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
    if (strings.length > 0) {
      out.enum = strings;
      if (!type) type = "string";
      if (type !== "string") out.format = "enum";
    }
  }
  if (type) out.type = type;
  const formats = type ? FORMATS[type] : undefined;
  if (typeof schema.format === "string" && formats?.has(schema.format) && out.format === undefined) {
    out.format = schema.format;
  }

  const union = Array.isArray(schema.anyOf)
    ? schema.anyOf
    : Array.isArray(schema.oneOf)
      ? schema.oneOf
      : undefined;
  if (union) {
    const nonNull = union.filter((s) => !(isObject(s) && s.type === "null"));
    if (nonNull.length < union.length) out.nullable = true;
    if (nonNull.length === 1) return { ...convert(nonNull[0], next), ...out };
    if (nonNull.length > 1) out.anyOf = nonNull.map((s) => convert(s, next));
  }

  if (isObject(schema.properties)) {
    const properties: Obj = {};
    for (const [name, value] of Object.entries(schema.properties)) properties[name] = convert(value, next);
    if (Object.keys(properties).length > 0) {
      out.properties = properties;
      if (Array.isArray(schema.required)) {
        const required = schema.required.filter((r): r is string => typeof r === "string" && r in properties);
        if (required.length > 0) out.required = required;
      }
    }
  }
  if (isObject(schema.items)) out.items = convert(schema.items, next);
  else if (Array.isArray(schema.items) || Array.isArray(schema.prefixItems)) {
    // Tuples have no OpenAPI 3.0 form: any of the positional schemas.
    const tuple = (Array.isArray(schema.prefixItems) ? schema.prefixItems : schema.items) as JsonValue[];
    out.items = tuple.length === 1 ? convert(tuple[0], next) : { anyOf: tuple.map((s) => convert(s, next)) };
  }
  return out;
}

/** Merges converted `allOf` members: properties and required are unioned, the first value wins. */
function mergeAll(parts: Obj[]): Obj {
  const out: Obj = {};
  const properties: Obj = {};
  const required = new Set<string>();
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key === "properties" && isObject(value)) Object.assign(properties, value);
      else if (key === "required" && Array.isArray(value))
        for (const r of value) typeof r === "string" && required.add(r);
      else if (out[key] === undefined) out[key] = value;
    }
  }
  if (Object.keys(properties).length > 0) out.properties = properties;
  if (required.size > 0) out.required = [...required].filter((r) => r in properties);
  if (Array.isArray(out.required) && out.required.length === 0) delete out.required;
  return out;
}

/** Converts a JSON Schema document to Google's OpenAPI subset. */
export function toGoogleSchema(schema: JsonObject): JsonObject {
  return convert(schema, { root: schema, expanding: new Set(), depth: 0 }) as JsonObject;
}

/**
 * Tool parameters: converted, or undefined for a function without parameters (Google refuses an
 * OBJECT schema whose properties are empty).
 */
export function toGoogleParameters(schema: JsonObject | undefined): JsonObject | undefined {
  if (!schema) return undefined;
  const converted = toGoogleSchema(schema);
  const isEmptyObject =
    (converted.type === undefined || converted.type === "object") &&
    !isObject(converted.properties) &&
    converted.anyOf === undefined;
  return isEmptyObject ? undefined : converted;
}

/** For the json-schema dialect: the schema as given, minus the meta keywords Google rejects. */
export function asJsonSchema(schema: JsonObject): JsonObject {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}
