/**
 * A WHATWG `Headers` over Node's parsed request headers, for the fast path. Building a real
 * `Headers` per request costs microseconds (every name and value validated again) and its first
 * use loads Node's bundled undici, about 12 MB of RSS the Node runtime otherwise never needs.
 * Node has already validated and lower-cased the names and joined repeated values (", ", or
 * "; " for cookies), which is what `Headers.get` returns. Writes copy on first change, so the
 * request's own headers are never mutated.
 */
import type { IncomingHttpHeaders } from "node:http";

export class NodeHeaders implements Headers {
  private own: Map<string, string> | undefined;

  constructor(private readonly incoming: IncomingHttpHeaders) {}

  get(name: string): string | null {
    const key = name.toLowerCase();
    if (this.own) return this.own.get(key) ?? null;
    const value = this.incoming[key];
    if (value === undefined) return null;
    return typeof value === "string" ? value : value.join(", ");
  }

  has(name: string): boolean {
    return this.get(name) !== null;
  }

  getSetCookie(): string[] {
    if (this.own) return this.own.has("set-cookie") ? [this.own.get("set-cookie")!] : [];
    return [...(this.incoming["set-cookie"] ?? [])];
  }

  set(name: string, value: string): void {
    this.writable().set(name.toLowerCase(), String(value));
  }

  append(name: string, value: string): void {
    const map = this.writable();
    const key = name.toLowerCase();
    const before = map.get(key);
    map.set(key, before === undefined ? String(value) : `${before}, ${value}`);
  }

  delete(name: string): void {
    this.writable().delete(name.toLowerCase());
  }

  forEach(callback: (value: string, key: string, parent: Headers) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  /** In name order, as WHATWG `Headers` iterates. */
  *entries(): HeadersIterator<[string, string]> {
    const map = this.writable(false);
    for (const key of [...map.keys()].sort()) yield [key, map.get(key)!];
  }

  *keys(): HeadersIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): HeadersIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): HeadersIterator<[string, string]> {
    return this.entries();
  }

  /** The headers as a map: this object's own copy when `copy`, else a fresh snapshot. */
  private writable(copy = true): Map<string, string> {
    if (this.own) return this.own;
    const map = new Map<string, string>();
    for (const key in this.incoming) {
      const value = this.incoming[key];
      if (value !== undefined) map.set(key, typeof value === "string" ? value : value.join(", "));
    }
    if (copy) this.own = map;
    return map;
  }
}
