/**
 * Reads one attribute of a request by a condition-language field path (`principal.keyId`,
 * `body.user`, `header.x-session`, `metadata.tenant`, `model`...), as the string sticky
 * routers hash. Absent, null and empty values read as `undefined` (nothing to stick by).
 */
import { type CallContext, compileFieldPath } from "@aigw/plugin-api";

export type FieldReader = (ctx: CallContext) => string | undefined;

export function fieldReader(path: string): FieldReader {
  const get = compileFieldPath(path);
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
