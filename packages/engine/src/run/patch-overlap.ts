/**
 * Whether two JSON merge patches change a common field: one replaces what the other sets (the
 * same key, unless both values are objects whose own keys do not overlap). Merged in order, the
 * later would then undo part of the earlier.
 */
import { isJsonObject, type JsonObject } from "@aigw/plugin-api";

export function patchesOverlap(a: JsonObject, b: JsonObject): boolean {
  for (const key of Object.keys(a)) {
    if (!Object.hasOwn(b, key)) continue;
    const x = a[key];
    const y = b[key];
    if (!isJsonObject(x) || !isJsonObject(y) || patchesOverlap(x, y)) return true;
  }
  return false;
}
