/**
 * An OTLP attribute list built through typed setters that leave out absent and ill-typed values,
 * so an exporter can hand it whatever a record or a request body holds. The setters follow the
 * types the semantic conventions give attributes (a `double` stays a double even when whole);
 * `value` takes any JSON value as `anyValue` encodes it.
 */
import { anyValue, type KeyValue } from "./any-value.js";

/** Builds an attribute list; every setter skips `undefined` and values of the wrong type. */
export class AttributeList {
  readonly list: KeyValue[] = [];

  /** A string attribute (empty strings are kept: they are values). */
  str(key: string, value: unknown): this {
    if (typeof value === "string") this.list.push({ key, value: { stringValue: value } });
    return this;
  }

  /**
   * An integer attribute; a finite number is truncated to an integer, and one past the safe
   * integer range is written as a double rather than as digits it does not have.
   */
  int(key: string, value: unknown): this {
    if (typeof value !== "number" || !Number.isFinite(value)) return this;
    const whole = Math.trunc(value);
    if (Number.isSafeInteger(whole)) this.list.push({ key, value: { intValue: whole.toString() } });
    else this.list.push({ key, value: { doubleValue: whole } });
    return this;
  }

  /** A double attribute, for values the conventions type as double even when whole (`temperature: 1`). */
  double(key: string, value: unknown): this {
    if (typeof value === "number" && Number.isFinite(value))
      this.list.push({ key, value: { doubleValue: value } });
    return this;
  }

  /** A boolean attribute. */
  bool(key: string, value: unknown): this {
    if (typeof value === "boolean") this.list.push({ key, value: { boolValue: value } });
    return this;
  }

  /** A string array attribute; a lone string becomes a one-element array; other items are skipped. */
  strings(key: string, value: unknown): this {
    const items = typeof value === "string" ? [value] : Array.isArray(value) ? value : undefined;
    if (!items) return this;
    const values = items
      .filter((item): item is string => typeof item === "string")
      .map((s) => ({ stringValue: s }));
    if (values.length > 0) this.list.push({ key, value: { arrayValue: { values } } });
    return this;
  }

  /** A string, number (int when whole, else double) or boolean, as config values come. */
  scalar(key: string, value: unknown): this {
    if (typeof value === "number")
      return Number.isInteger(value) ? this.int(key, value) : this.double(key, value);
    if (typeof value === "boolean") return this.bool(key, value);
    return this.str(key, value);
  }

  /** Any JSON value, encoded by `anyValue`; `undefined` and `null` are left out. */
  value(key: string, value: unknown): this {
    if (value !== undefined && value !== null) this.list.push({ key, value: anyValue(value) });
    return this;
  }
}
