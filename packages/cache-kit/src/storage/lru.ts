/**
 * Cache storage in this process's memory: an LRU (lru-cache) bounded by entry count and total
 * bytes; expired entries are dropped when looked up, or evicted like any other. Synchronous, so
 * a hit or a miss costs no promise.
 */
import { LRUCache } from "lru-cache";
import { answerBytes, type StoredAnswer } from "../stored-answer.js";
import type { CacheStorage, CacheStorageOptions } from "./types.js";

interface Entry {
  answer: StoredAnswer;
  expiresAt: number;
}

/** An in-process LRU storage. */
export class LruStorage implements CacheStorage {
  readonly shared = false;
  private readonly entries: LRUCache<string, Entry>;

  constructor(private readonly options: CacheStorageOptions) {
    this.entries = new LRUCache<string, Entry>({
      max: options.maxEntries,
      maxSize: options.maxBytes,
      maxEntrySize: Math.min(options.maxEntryBytes, options.maxBytes),
    });
  }

  get(key: string): StoredAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > this.options.clock.now()) return entry.answer;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, answer: StoredAnswer, ttlMs: number): boolean {
    const size = answerBytes(answer) + key.length;
    if (size > this.options.maxEntryBytes || ttlMs <= 0) return false;
    this.entries.set(key, { answer, expiresAt: this.options.clock.now() + ttlMs }, { size });
    return this.entries.has(key);
  }

  delete(key: string): boolean {
    return this.entries.delete(key);
  }

  /** Entries and bytes held now. */
  get usage(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.entries.calculatedSize };
  }
}
