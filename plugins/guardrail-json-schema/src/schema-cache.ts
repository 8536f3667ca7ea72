/**
 * The compiled schemas of requests, keyed by their canonical JSON and bounded: the least
 * recently used entry is dropped (and released from ajv) past the limit. A schema that does not
 * compile is cached too, with its error, so a client repeating it costs one compile.
 *
 * Canonicalising a schema costs far more than validating an answer, and a client almost always
 * sends its schema as the same text, so each entry also answers to the few plain
 * `JSON.stringify` texts it was seen as: a native stringify and a map look-up find it.
 */
import { canonicalJson } from "./canonical-json.js";
import type { JsonSchema, SchemaCompiler, ValidateFunction } from "./schema-compiler.js";

/** A compiled request schema, or why it could not be compiled. */
export type CachedSchema =
  | { validate: ValidateFunction; error?: undefined }
  | { validate?: undefined; error: string };

interface Entry {
  key: string;
  compiled: CachedSchema;
  /** The copy ajv compiled, to release it on eviction. */
  source: JsonSchema;
  /** The plain JSON texts that lead here. */
  aliases: string[];
}

/** How many spellings (key orders) of one schema are remembered. */
const MAX_ALIASES = 4;

export class SchemaCache {
  private readonly entries = new Map<string, Entry>();
  private readonly byText = new Map<string, Entry>();

  constructor(
    private readonly compiler: SchemaCompiler,
    private readonly capacity: number,
  ) {}

  /** The number of schemas held. */
  get size(): number {
    return this.entries.size;
  }

  /** The compiled form of `schema`, compiling it on a miss. */
  get(schema: JsonSchema): CachedSchema {
    const text = JSON.stringify(schema);
    let entry = this.byText.get(text);
    if (entry === undefined) {
      const key = canonicalJson(schema);
      entry = this.entries.get(key) ?? this.add(key);
      if (entry.aliases.length < MAX_ALIASES) {
        entry.aliases.push(text);
        this.byText.set(text, entry);
      }
    }
    // Map order is insertion order: re-inserting marks the entry most recently used.
    this.entries.delete(entry.key);
    this.entries.set(entry.key, entry);
    return entry.compiled;
  }

  private add(key: string): Entry {
    // Compile a copy of our own: the request body is not kept, and a root $id is dropped so that
    // two clients' schemas with the same $id never collide in ajv's registry.
    const source = JSON.parse(key) as JsonSchema;
    if (typeof source === "object") delete source["$id"];
    let compiled: CachedSchema;
    try {
      compiled = { validate: this.compiler.compile(source) };
    } catch (error) {
      compiled = { error: (error as Error).message };
    }
    const entry: Entry = { key, compiled, source, aliases: [] };
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.values().next().value as Entry;
      this.entries.delete(oldest.key);
      for (const alias of oldest.aliases) this.byText.delete(alias);
      this.compiler.forget(oldest.source);
    }
    return entry;
  }
}
