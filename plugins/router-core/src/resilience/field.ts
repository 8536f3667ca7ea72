/**
 * Reads one attribute of a request by a condition-language field path (`principal.keyId`,
 * `body.user`, `header.x-session`, `metadata.tenant`, `model`...), as the string sticky
 * routers hash. Absent, null and empty values read as `undefined` (nothing to stick by), and
 * so does an object or array nested too deeply to be anyone's identity (its text would take a
 * recursive serialiser past the stack).
 */
import { type CallContext, compileFieldPath } from "@aigw/plugin-api";

export type FieldReader = (ctx: CallContext) => string | undefined;

export function fieldReader(path: string): FieldReader {
  const get = compileFieldPath(path);
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
