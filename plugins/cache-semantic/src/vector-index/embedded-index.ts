/**
 * The embedded index: this process's memory, one set of entries per partition, searched by
 * brute force (a dot product with every live entry of the partition). Bounded by entries
 * overall, least recently used first (a hit counts as a use); an entry also expires `ttlMs`
 * after it was added. Of equally close entries, the newest is found. The cost of a search is
 * linear in its partition's entries, so `maxEntries` bounds the worst case: every entry in one
 * partition.
 */
import { cosine } from "../vector.js";
import type { IndexMatch, SemanticIndex } from "./semantic-index.js";

interface Entry {
  readonly entryId: string;
  readonly partition: string;
  readonly vector: Float32Array;
  readonly expiresAt: number;
}

export interface EmbeddedIndexOptions {
  readonly maxEntries: number;
  readonly ttlMs: number;
  /** Milliseconds since the epoch (the gateway's clock). */
  readonly now: () => number;
}

export class EmbeddedIndex implements SemanticIndex {
  /** Every entry, least recently used first (a Map keeps insertion order; a use re-inserts). */
  private readonly byId = new Map<string, Entry>();
  private readonly byPartition = new Map<string, Set<Entry>>();

  constructor(private readonly options: EmbeddedIndexOptions) {}

  get size(): number {
    return this.byId.size;
  }

  async search(partition: string, vector: Float32Array, threshold: number): Promise<IndexMatch | undefined> {
    const entries = this.byPartition.get(partition);
    if (!entries) return undefined;
    const now = this.options.now();
    let best: Entry | undefined;
    let bestSimilarity = Number.NEGATIVE_INFINITY;
    const expired: Entry[] = [];
    for (const entry of entries) {
      if (entry.expiresAt <= now) {
        expired.push(entry);
        continue;
      }
      const similarity = cosine(vector, entry.vector);
      // On a tie the newer entry wins (a partition iterates in the order entries were added),
      // so an answer stored on a refresh supersedes the one it replaced.
      if (similarity !== undefined && similarity >= bestSimilarity) {
        bestSimilarity = similarity;
        best = entry;
      }
    }
    for (const entry of expired) this.remove(entry.entryId);
    if (!best || bestSimilarity < threshold) return undefined;
    this.byId.delete(best.entryId);
    this.byId.set(best.entryId, best);
    return { entryId: best.entryId, similarity: bestSimilarity };
  }

  async add(partition: string, vector: Float32Array, entryId: string): Promise<void> {
    this.insert(partition, vector, entryId, this.options.now() + this.options.ttlMs);
  }

  /** Adds an entry with its own expiry (one that comes from another instance). */
  insert(partition: string, vector: Float32Array, entryId: string, expiresAt: number): void {
    this.remove(entryId);
    if (expiresAt <= this.options.now()) return;
    const entry: Entry = { entryId, partition, vector, expiresAt };
    this.byId.set(entryId, entry);
    let entries = this.byPartition.get(partition);
    if (!entries) {
      entries = new Set();
      this.byPartition.set(partition, entries);
    }
    entries.add(entry);
    while (this.byId.size > this.options.maxEntries) {
      const oldest = this.byId.keys().next().value as string;
      this.remove(oldest);
    }
  }

  /** True when the entry is held. */
  has(entryId: string): boolean {
    return this.byId.has(entryId);
  }

  remove(entryId: string): void {
    const entry = this.byId.get(entryId);
    if (!entry) return;
    this.byId.delete(entryId);
    const entries = this.byPartition.get(entry.partition);
    if (!entries) return;
    entries.delete(entry);
    if (entries.size === 0) this.byPartition.delete(entry.partition);
  }

  async close(): Promise<void> {
    this.byId.clear();
    this.byPartition.clear();
  }
}
