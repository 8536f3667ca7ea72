/**
 * Field paths: how the condition language names an attribute of a request (`model`,
 * `header.x-team`, `body.user`, `metadata.tenant.tier`, `principal.keyId`...). One reader for
 * every place that takes such a path (a node's `when`, conditional routers, sticky routers), so
 * a path means the same thing wherever it is written. Paths are compiled once into getters.
 */
import type { RequestAnnotations } from "./record.js";
import type { GatewayRequest } from "./request.js";

/** What a field path can look at (a hook's context is one). */
export interface ConditionSubject {
  request: GatewayRequest;
  annotations: RequestAnnotations;
}

/** Reads one attribute; `undefined` when the path leads nowhere. */
export type FieldGetter = (subject: ConditionSubject) => unknown;

/**
 * Compiles a field path: `model`, `endpoint`, `stream`, `path`, `method`, `header.<name>` (any
 * case), and dotted paths into `metadata.<a.b>`, `body.<a.b>`, `principal.<keyId|team|user|attributes.x>`.
 * Throws for a path that names none of these.
 */
export function compileFieldPath(path: string): FieldGetter {
  const dot = path.indexOf(".");
  const head = dot < 0 ? path : path.slice(0, dot);
  const rest = dot < 0 ? [] : path.slice(dot + 1).split(".");
  const walk = (root: unknown): unknown => {
    let value = root;
    for (const key of rest) {
      if (value === null || typeof value !== "object") return undefined;
      value = (value as Record<string, unknown>)[key];
    }
    return value;
  };
  switch (head) {
    case "model":
      return (s) => s.request.model;
    case "endpoint":
      return (s) => s.request.endpoint;
    case "stream":
      return (s) => s.request.stream;
    case "path":
      return (s) => s.request.path;
    case "method":
      return (s) => s.request.method;
    case "header": {
      const name = rest.join(".").toLowerCase();
      return (s) => s.request.headers.get(name) ?? undefined;
    }
    case "metadata":
      return (s) => walk(s.request.metadata);
    case "body":
      return (s) => walk(s.request.body);
    case "principal":
      return (s) => walk(s.annotations.principal);
    default:
      throw new Error(
        `unknown field "${path}" (fields: model, endpoint, stream, path, method, header.*, metadata.*, body.*, principal.*)`,
      );
  }
}
