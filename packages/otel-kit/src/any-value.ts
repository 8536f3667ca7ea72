/**
 * JSON values as OTLP `AnyValue`s in OTLP/JSON (the protobuf JSON mapping the OTLP/HTTP JSON
 * encoding uses): strings, booleans, integers (as decimal strings, as int64 is in protobuf JSON),
 * other numbers as doubles, arrays, and objects as key-value lists. `null` is the empty value.
 */

/** One OTLP `AnyValue`, as JSON. */
export type AnyValue =
  | { readonly stringValue: string }
  | { readonly boolValue: boolean }
  | { readonly intValue: string }
  | { readonly doubleValue: number | string }
  | { readonly arrayValue: { readonly values: readonly AnyValue[] } }
  | { readonly kvlistValue: { readonly values: readonly KeyValue[] } }
  | Readonly<Record<string, never>>;

/** One OTLP `KeyValue` (an attribute, or an entry of a key-value list). */
export interface KeyValue {
  readonly key: string;
  readonly value: AnyValue;
}

/** Beyond this nesting a value is sent as its JSON text (OTLP receivers limit nesting too). */
const MAX_DEPTH = 32;

/** A JSON-compatible value (what a record holds) as an `AnyValue`. */
export function anyValue(value: unknown, depth = 0): AnyValue {
  switch (typeof value) {
    case "string":
      return { stringValue: value };
    case "boolean":
      return { boolValue: value };
    case "number":
      if (Number.isSafeInteger(value)) return { intValue: String(value) };
      // Protobuf JSON spells the doubles JSON cannot hold as strings.
      if (!Number.isFinite(value))
        return { doubleValue: Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity" };
      return { doubleValue: value };
    case "bigint":
      return { intValue: value.toString() };
    case "object": {
      if (value === null) return {};
      if (depth >= MAX_DEPTH) return { stringValue: JSON.stringify(value) };
      if (Array.isArray(value))
        return { arrayValue: { values: value.map((item) => anyValue(item, depth + 1)) } };
      return { kvlistValue: { values: keyValues(value as Record<string, unknown>, depth + 1) } };
    }
    default:
      // undefined, functions, symbols: nothing a JSON record holds.
      return {};
  }
}

/** An object's entries as key-values; entries whose value is `undefined` are left out, as JSON would. */
export function keyValues(object: Readonly<Record<string, unknown>>, depth = 0): KeyValue[] {
  const values: KeyValue[] = [];
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (value !== undefined) values.push({ key, value: anyValue(value, depth) });
  }
  return values;
}
