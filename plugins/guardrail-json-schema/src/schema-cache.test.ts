import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json.js";
import { SchemaCache } from "./schema-cache.js";
import { type JsonSchema, SchemaCompiler } from "./schema-compiler.js";

describe("canonicalJson", () => {
  it("sorts keys at every level and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson(true)).toBe("true");
  });
});

/** A compiler that counts what it compiles and forgets. */
class Counting extends SchemaCompiler {
  compiled = 0;
  forgotten: unknown[] = [];
  override compile(schema: JsonSchema) {
    this.compiled++;
    return super.compile(schema);
  }
  override forget(schema: JsonSchema) {
    this.forgotten.push(schema);
    super.forget(schema);
  }
}

describe("SchemaCache", () => {
  it("compiles a schema once, whatever its key order", () => {
    const compiler = new Counting(false);
    const cache = new SchemaCache(compiler, 4);
    const a = cache.get({ type: "object", required: ["x"] });
    const b = cache.get({ required: ["x"], type: "object" });
    expect(compiler.compiled).toBe(1);
    expect(b).toBe(a);
    expect(a.validate?.({ x: 1 })).toBe(true);
    expect(a.validate?.({})).toBe(false);
  });

  it("keeps at most its capacity, dropping the least recently used and releasing it from ajv", () => {
    const compiler = new Counting(false);
    const cache = new SchemaCache(compiler, 2);
    const one = cache.get({ const: 1 });
    cache.get({ const: 2 });
    expect(cache.get({ const: 1 })).toBe(one); // now the most recently used
    cache.get({ const: 3 }); // drops { const: 2 }
    expect(cache.size).toBe(2);
    expect(compiler.forgotten).toEqual([{ const: 2 }]);
    expect(cache.get({ const: 1 })).toBe(one);
    expect(compiler.compiled).toBe(3);
    cache.get({ const: 2 }); // compiled again
    expect(compiler.compiled).toBe(4);
    expect(cache.size).toBe(2);
  });

  it("compiles schemas that share a root $id side by side", () => {
    const cache = new SchemaCache(new SchemaCompiler(false), 8);
    for (let i = 0; i < 20; i++) {
      const compiled = cache.get({ $id: "https://example.com/s", const: i });
      expect(compiled.error).toBeUndefined();
      expect(compiled.validate?.(i)).toBe(true);
    }
  });

  it("finds a schema again by any of its spellings, and forgets them with it", () => {
    const compiler = new Counting(false);
    const cache = new SchemaCache(compiler, 1);
    const spellings = [
      { type: "object", required: ["a"] },
      { required: ["a"], type: "object" },
    ];
    const first = cache.get(spellings[0]!);
    expect(cache.get(spellings[1]!)).toBe(first);
    expect(cache.get(spellings[0]!)).toBe(first);
    expect(compiler.compiled).toBe(1);
    cache.get({ type: "string" }); // evicts the object schema and both spellings
    expect(cache.get(spellings[1]!)).not.toBe(first);
    expect(compiler.compiled).toBe(3);
  });

  it("remembers a schema that does not compile", () => {
    const cache = new SchemaCache(new SchemaCompiler(false), 2);
    const bad = cache.get({ type: 12 });
    expect(bad.error).toMatch(/schema is invalid/);
    expect(cache.get({ type: 12 })).toBe(bad);
  });
});
