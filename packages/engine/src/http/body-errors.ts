/**
 * The client errors a request body earns: a schema violation as OpenAI reports one (400
 * `invalid_request`, the field as `param` in OpenAI's notation, `messages[0].content`), and a
 * body nested too deeply.
 */
import { type ConfigValidator, GatewayError } from "@aigw/plugin-api";
import { keyName, MAX_JSON_DEPTH, type TooDeep } from "./json-depth.js";

type SchemaIssue = NonNullable<ConfigValidator["errors"]>[number];

/**
 * Keywords whose error only repeats that a branch below failed: the branch's own error, which
 * comes first, says what is wrong.
 */
const SUMMARIES = new Set(["if", "anyOf", "oneOf", "allOf", "not"]);

/**
 * `/messages/0/content` -> `messages[0].content`: array positions in brackets, members after a
 * dot. The body tells which is which (`logit_bias/50256` is a member, `stop/0` a position).
 */
function paramOf(body: unknown, instancePath: string, extra?: string): string {
  const parts = instancePath.split("/").filter(Boolean);
  if (extra !== undefined) parts.push(extra);
  let param = "";
  let node: unknown = body;
  for (const raw of parts) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    param += Array.isArray(node) ? `[${part}]` : param === "" ? part : `.${part}`;
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  }
  return param;
}

/**
 * What to say about an issue. Alternatives (`anyOf` branches, `type` lists) each report the type
 * they wanted at the same place: those are joined into one "must be string, array or null".
 */
function messageOf(issue: SchemaIssue, all: readonly SchemaIssue[]): string {
  if (issue.keyword === "required") return "is required";
  if (issue.keyword === "type") {
    const types = new Set<string>();
    for (const other of all) {
      if (other.keyword !== "type" || other.instancePath !== issue.instancePath) continue;
      for (const type of String(other.params.type).split(",")) types.add(type);
    }
    const list = [...types];
    return `must be ${list.length > 1 ? `${list.slice(0, -1).join(", ")} or ${list.at(-1)}` : list[0]}`;
  }
  if (issue.keyword === "enum") {
    const allowed = issue.params.allowedValues;
    if (Array.isArray(allowed)) return `must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  if (issue.keyword === "const") return `must be ${JSON.stringify(issue.params.allowedValue)}`;
  return issue.message ?? "is invalid";
}

/** The error for a body its endpoint's validator refused (its first issue, as OpenAI reports one). */
export function schemaError(validate: ConfigValidator, body: unknown): GatewayError {
  const issues = validate.errors ?? [];
  const issue = issues.find((e) => !SUMMARIES.has(e.keyword)) ?? issues[0];
  if (!issue) return new GatewayError("invalid_request", "Invalid request body.");
  const missing =
    issue.keyword === "required"
      ? String((issue.params as { missingProperty?: unknown }).missingProperty)
      : undefined;
  const param = paramOf(body, issue.instancePath, missing);
  const message = messageOf(issue, issues);
  return new GatewayError("invalid_request", `Invalid request: '${param || "body"}' ${message}.`, {
    param: param || null,
  });
}

/** The error for a JSON text nested deeper than the gateway takes. */
export function tooDeepError(found: TooDeep): GatewayError {
  const key = keyName(found);
  return new GatewayError(
    "invalid_request",
    `The request body nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep${key ? ` (in '${key}')` : ""}.`,
    { param: key ?? null },
  );
}
