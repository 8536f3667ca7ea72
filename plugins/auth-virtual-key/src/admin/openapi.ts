/**
 * Each admin operation as an OpenAPI 3.1 Operation object, for `ServedRoute.openapi` (the engine
 * assembles them into `/admin/openapi.json`). Bodies and answers are the plugin's own JSON
 * schemas, with their `$ref`s inlined so each operation stands alone in any document. Operations
 * served under a `/*` route also say their templated path in `x-aigw-path`.
 */
import type { JsonObject, JsonValue } from "@aigw/plugin-api";
import { configSchema } from "../config-schema.gen.js";
import type { AdminOperation } from "./routes.js";

const DEFINITIONS = configSchema.definitions as unknown as Record<string, JsonValue>;

/** A copy of `node` with every `#/definitions/<Name>` reference replaced by the definition. */
function inline(node: JsonValue): JsonValue {
  if (Array.isArray(node)) return node.map(inline);
  if (node === null || typeof node !== "object") return node;
  const ref = node["$ref"];
  if (typeof ref === "string" && ref.startsWith("#/definitions/")) {
    const { $ref: _ref, ...rest } = node;
    const target = inline(DEFINITIONS[ref.slice("#/definitions/".length)]!) as JsonObject;
    return Object.keys(rest).length > 0 ? { ...target, ...(inline(rest) as JsonObject) } : target;
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inline(v)]));
}

/** A payload's schema by definition name, or a page of them for `list:<Name>`. */
export function schemaOf(name: string): JsonObject {
  if (name.startsWith("list:")) {
    return {
      type: "object",
      required: ["object", "data", "next_cursor"],
      properties: {
        object: { const: "list" },
        data: { type: "array", items: schemaOf(name.slice(5)) },
        next_cursor: {
          type: ["string", "null"],
          description: "Pass as the next page's cursor; null on the last page.",
        },
      },
    };
  }
  return inline({ $ref: `#/definitions/${name}` }) as JsonObject;
}

const ERROR_SCHEMA: JsonObject = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["message", "type", "code", "param"],
      properties: {
        message: { type: "string" },
        type: { type: "string" },
        code: { type: ["string", "null"] },
        param: { type: ["string", "null"] },
      },
    },
  },
};

const error = (description: string): JsonObject => ({
  description,
  content: { "application/json": { schema: ERROR_SCHEMA } },
});

/** The path parameters of a template, in order (`/admin/keys/{id}/rotate` -> `id`). */
export function pathParams(template: string): string[] {
  return [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
}

export function operationOf(op: AdminOperation): JsonObject {
  const parameters: JsonObject[] = [
    ...pathParams(op.template).map((name) => ({
      name,
      in: "path",
      required: true,
      schema: { type: "string" },
    })),
    ...(op.query ?? []).map((q) => ({
      name: q.name,
      in: "query",
      required: false,
      description: q.description,
      schema: q.schema as JsonObject,
    })),
  ];
  const responses: JsonObject = {
    [String(op.answer.status)]: op.answer.schema
      ? { description: op.summary, content: { "application/json": { schema: schemaOf(op.answer.schema) } } }
      : { description: "Done." },
    "400": error("A parameter or the body is invalid (`param` names it)."),
    "401": error("No admin token, or an unknown one."),
    "403": error(`The token's role is below ${op.access}.`),
  };
  if (op.id === "putCredential") responses["201"] = { description: "Stored (it did not exist before)." };
  if (pathParams(op.template).length > 0) responses["404"] = error("No such entity.");
  if (op.method !== "GET") responses["409"] = error("The change conflicts with the current state.");
  return {
    operationId: op.id,
    summary: op.summary,
    tags: [op.tag],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: !op.bodyOptional,
            content: { "application/json": { schema: schemaOf(op.body) } },
          },
        }
      : {}),
    responses,
    ...(op.template.includes("{") ? { "x-aigw-path": op.template } : {}),
  };
}
