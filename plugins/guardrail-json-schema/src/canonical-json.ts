/**
 * Canonical JSON: object keys sorted at every level, no white space. Two schemas that differ
 * only in key order or formatting get the same text, which keys the cache of compiled schemas.
 */

/** The canonical JSON text of a JSON value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const record = value as Record<string, unknown>;
  const entries: string[] = [];
  for (const key of Object.keys(record).sort()) {
    if (record[key] === undefined) continue;
    entries.push(`${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  }
  return `{${entries.join(",")}}`;
}
