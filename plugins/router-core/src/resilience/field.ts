/**
 * Reads one attribute of a request by a condition-language field path (`principal.keyId`,
 * `body.user`, `header.x-session`, `metadata.tenant`, `model`...), as the string sticky
 * routers hash. Absent, null and empty values read as `undefined` (nothing to stick by), and
 * so does an object or array nested too deeply to be anyone's identity (its text would take a
 * recursive serialiser past the stack).
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
    if (typeof value !== "object") return String(value);
    return nestsWithin(value, MAX_KEY_DEPTH) ? JSON.stringify(value) : undefined;
  };
}

/** How deep an object or array may nest to be stuck by (ids, small records, never documents). */
export const MAX_KEY_DEPTH = 32;

/** Whether `value` nests at most `limit` levels of objects and arrays (walked without recursion). */
export function nestsWithin(value: object, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (depth > limit) return false;
    for (const child of Object.values(current as object))
      if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
  }
  return true;
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
