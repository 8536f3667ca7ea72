/**
 * Answers in this process's memory, bounded by count and by bytes (the UTF-16 size of their
 * text, what they take in a JavaScript heap), least recently used first, each expiring `ttlMs`
 * after it was stored. An answer larger than an eighth of the byte bound is refused: one
 * answer must not empty the cache of everything else.
 */
import type { AnswerStore, CachedAnswer } from "./answer-store.js";

interface Held {
  readonly answer: CachedAnswer;
  readonly bytes: number;
  readonly expiresAt: number;
}

export interface MemoryAnswerStoreOptions {
  readonly maxEntries: number;
  readonly maxBytes: number;
  readonly ttlMs: number;
  readonly now: () => number;
}

export class MemoryAnswerStore implements AnswerStore {
  private readonly held = new Map<string, Held>();
  private total = 0;

  constructor(private readonly options: MemoryAnswerStoreOptions) {}

  /** Answers held now. */
  get size(): number {
    return this.held.size;
  }

  /** Bytes held now. */
  get bytes(): number {
    return this.total;
  }

  async get(entryId: string): Promise<CachedAnswer | undefined> {
    const held = this.held.get(entryId);
    if (!held) return undefined;
    this.drop(entryId);
    if (held.expiresAt <= this.options.now()) return undefined;
    this.keep(entryId, held);
    return held.answer;
  }

  async put(entryId: string, answer: CachedAnswer): Promise<boolean> {
    const bytes = 2 * answer.text.length;
    if (bytes > this.options.maxBytes / 8) return false;
    this.drop(entryId);
    this.keep(entryId, { answer, bytes, expiresAt: this.options.now() + this.options.ttlMs });
    while (this.held.size > this.options.maxEntries || this.total > this.options.maxBytes) {
      this.drop(this.held.keys().next().value as string);
    }
    return true;
  }

  private keep(entryId: string, held: Held): void {
    this.held.set(entryId, held);
    this.total += held.bytes;
  }

  private drop(entryId: string): void {
    const held = this.held.get(entryId);
    if (!held) return;
    this.held.delete(entryId);
    this.total -= held.bytes;
  }
}
