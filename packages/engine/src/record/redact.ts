/**
 * What may never reach a stored record: secrets wherever they appear (fields named like
 * credentials, and strings shaped like known API keys, tokens and private keys), and the fields
 * an operator names (`messages[*].content`, `user`, `metadata.email`). Works on a copy.
 */
import type { JsonValue } from "@aigw/plugin-api";

const REDACTED = "[redacted]";
const SECRET = "[secret]";

/** Field names whose values are credentials whatever the body (compared lower-cased, without `_`/`-`). */
const SECRET_FIELDS = new Set([
  "apikey",
  "authorization",
  "password",
  "secret",
  "token",
  "accesstoken",
  "clientsecret",
  "privatekey",
]);

/** Strings shaped like credentials: provider keys, cloud and chat tokens, bearer values, JWTs, PEM keys. */
const SECRET_PATTERN = new RegExp(
  [
    String.raw`\bsk-[A-Za-z0-9_-]{20,}`,
    String.raw`\bAKIA[0-9A-Z]{16}\b`,
    String.raw`\bAIza[0-9A-Za-z_-]{35}`,
    String.raw`\bgh[pousr]_[A-Za-z0-9]{36,}`,
    String.raw`\bxox[abprs]-[A-Za-z0-9-]{10,}`,
    String.raw`\bBearer\s+[A-Za-z0-9._~+/-]{16,}=*`,
    String.raw`\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}`,
    String.raw`-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----`,
  ].join("|"),
  "g",
);

type Segment = { key: string; index: "all" | number | undefined };

/** A compiled field path: `a.b[*].c`, `messages[0].content`. */
export type RedactPath = readonly Segment[];

/** Compiles `messages[*].content`-style paths; throws with the path for a malformed one. */
export function compileRedactPath(path: string): RedactPath {
  return path.split(".").map((part) => {
    const match = /^([^[\]]+)(?:\[(\*|\d+)\])?$/.exec(part);
    if (!match) throw new Error(`"${path}" is not a field path (write e.g. messages[*].content)`);
    const index = match[2] === undefined ? undefined : match[2] === "*" ? "all" : Number(match[2]);
    return { key: match[1]!, index };
  });
}

/** A redacted deep copy: named paths replaced, credential fields and secret-shaped strings removed. */
export function redact(value: JsonValue, paths: readonly RedactPath[]): JsonValue {
  const copy = scrub(value);
  for (const path of paths) replaceAt(copy, path, 0);
  return copy;
}

function scrub(value: JsonValue): JsonValue {
  if (typeof value === "string") return value.replace(SECRET_PATTERN, SECRET);
  if (Array.isArray(value)) return value.map(scrub);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, JsonValue> = {};
  for (const key in value) {
    const normalised = key.toLowerCase().replace(/[_-]/g, "");
    out[key] = SECRET_FIELDS.has(normalised) ? REDACTED : scrub(value[key]!);
  }
  return out;
}

function replaceAt(node: JsonValue, path: RedactPath, at: number): void {
  if (node === null || typeof node !== "object" || Array.isArray(node)) return;
  const { key, index } = path[at]!;
  if (!(key in node)) return;
  const last = at === path.length - 1;
  if (index === undefined) {
    if (last) node[key] = REDACTED;
    else replaceAt(node[key]!, path, at + 1);
    return;
  }
  const list = node[key];
  if (!Array.isArray(list)) return;
  const indexes = index === "all" ? list.keys() : [index];
  for (const i of indexes) {
    if (i >= list.length) continue;
    if (last) list[i] = REDACTED;
    else replaceAt(list[i]!, path, at + 1);
  }
}
