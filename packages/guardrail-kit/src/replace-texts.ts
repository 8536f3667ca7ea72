/**
 * Span replacement that keeps the structure: new strings go exactly where the parts were found
 * (a content part inside an array, a tool call's arguments), and everything else in the body,
 * images and audio included, is left as it was. Only the objects on the way to a changed string
 * are copied.
 */
import type { JsonObject, JsonValue } from "@aigw/plugin-api";
import type { Replacement, TextPart } from "./types.js";

/** A replacement of `[start, end)` of a text. */
type TextEdit = { readonly start: number; readonly end: number; readonly text: string };

/** The replacements that take effect, in order: of two that overlap, the one that starts first. */
export function inEffect<E extends TextEdit>(replacements: readonly E[]): E[] {
  const sorted = [...replacements].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: E[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) continue;
    out.push(r);
    at = r.end;
  }
  return out;
}

/** `text` with the replacements applied (any order; of two that overlap, the earlier wins). */
export function applyReplacements(text: string, replacements: readonly TextEdit[]): string {
  if (replacements.length === 0) return text;
  let out = "";
  let at = 0;
  for (const r of inEffect(replacements)) {
    out += text.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + text.slice(at);
}

function pointerTokens(path: string): string[] {
  return path
    .split("/")
    .slice(1)
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * `root` with the string at `path` set to `value`, copying only the containers on the way.
 * Containers in `copies` were made by this replacement already and are changed in place, so a
 * body with thousands of changed parts copies each container once, not once per part.
 */
function setAt(root: JsonValue, tokens: readonly string[], value: string, copies: Set<object>): JsonValue {
  if (tokens.length === 0) return value;
  const [head, ...rest] = tokens as [string, ...string[]];
  if (Array.isArray(root)) {
    const copy = copies.has(root) ? root : root.slice();
    copies.add(copy);
    const i = Number(head);
    copy[i] = setAt(copy[i] as JsonValue, rest, value, copies);
    return copy;
  }
  const object = root as JsonObject;
  const copy = copies.has(object) ? object : { ...object };
  copies.add(copy);
  copy[head] = setAt(object[head] as JsonValue, rest, value, copies);
  return copy;
}

/**
 * The body with each part's replacements applied at its path. Returns the same body when no
 * replacement changes anything.
 */
export function replaceTexts<B extends JsonValue>(
  body: B,
  parts: readonly TextPart[],
  replacements: readonly Replacement[],
): B {
  const byPart = new Map<number, Replacement[]>();
  for (const r of replacements) {
    const list = byPart.get(r.part);
    if (list) list.push(r);
    else byPart.set(r.part, [r]);
  }
  let out: JsonValue = body;
  const copies = new Set<object>();
  for (const [index, list] of byPart) {
    const part = parts[index];
    if (!part) continue;
    const text = applyReplacements(part.text, list);
    if (text !== part.text) out = setAt(out, pointerTokens(part.path), text, copies);
  }
  return out as B;
}

/** The top-level fields of `changed` that differ from `original`: a merge patch for the request. */
export function topLevelPatch(original: JsonObject, changed: JsonObject): JsonObject {
  const patch: JsonObject = {};
  for (const key of Object.keys(changed)) if (changed[key] !== original[key]) patch[key] = changed[key]!;
  return patch;
}
