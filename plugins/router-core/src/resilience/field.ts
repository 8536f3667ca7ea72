/**
 * Reads one attribute of a request by a condition-language field path (`principal.keyId`,
 * `body.user`, `header.x-session`, `metadata.tenant`, `model`...), as the string sticky
 * routers hash. Absent, null and empty values read as `undefined` (nothing to stick by).
 */
import type { CallContext } from "@aigw/plugin-api";

export type FieldReader = (ctx: CallContext) => string | undefined;

export function fieldReader(path: string): FieldReader {
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
  let get: (ctx: CallContext) => unknown;
  switch (head) {
    case "model":
      get = (ctx) => ctx.request.model;
      break;
    case "endpoint":
      get = (ctx) => ctx.request.endpoint;
      break;
    case "stream":
      get = (ctx) => ctx.request.stream;
      break;
    case "path":
      get = (ctx) => ctx.request.path;
      break;
    case "method":
      get = (ctx) => ctx.request.method;
      break;
    case "header": {
      const name = rest.join(".").toLowerCase();
      get = (ctx) => ctx.request.headers.get(name) ?? undefined;
      break;
    }
    case "metadata":
      get = (ctx) => walk(ctx.request.metadata);
      break;
    case "body":
      get = (ctx) => walk(ctx.request.body);
      break;
    case "principal":
      get = (ctx) => walk(ctx.annotations.principal);
      break;
    default:
      throw new Error(`unknown field "${path}"`);
  }
  return (ctx) => {
    const value = get(ctx);
    if (value === undefined || value === null || value === "") return undefined;
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  };
}

/** The first present value among several paths (`body.user`, then `principal.keyId`...). */
export function firstFieldReader(paths: readonly string[]): FieldReader {
  const readers = paths.map(fieldReader);
  return (ctx) => {
    for (const read of readers) {
      const value = read(ctx);
      if (value !== undefined) return value;
    }
    return undefined;
  };
}
