/**
 * OTLP/JSON values back as the plain values they encode: a decoder independent of the
 * exporters' encoders, for tests that check what a receiver would read.
 */

/** An OTLP/JSON `AnyValue` as the JSON value it encodes (64-bit integers as numbers, the empty value as null). */
export function decodeAnyValue(value: Record<string, unknown>): unknown {
  if ("stringValue" in value) return value.stringValue;
  if ("boolValue" in value) return value.boolValue;
  if ("intValue" in value) return Number(value.intValue);
  if ("doubleValue" in value) return Number(value.doubleValue);
  if ("arrayValue" in value)
    return ((value.arrayValue as { values?: Record<string, unknown>[] }).values ?? []).map(decodeAnyValue);
  if ("kvlistValue" in value) {
    // Object.fromEntries defines own properties, so a key such as `__proto__` stays a key.
    const values = (value.kvlistValue as { values?: { key: string; value: Record<string, unknown> }[] })
      .values;
    return Object.fromEntries((values ?? []).map(({ key, value: v }) => [key, decodeAnyValue(v)]));
  }
  return null;
}

/** OTLP/JSON attributes as a plain object of decoded values. */
export function attributeMap(
  attributes: readonly { readonly key: string; readonly value: Record<string, unknown> }[],
): Record<string, unknown> {
  return Object.fromEntries(attributes.map((a) => [a.key, decodeAnyValue(a.value)]));
}
