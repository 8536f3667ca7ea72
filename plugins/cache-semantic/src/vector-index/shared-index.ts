/**
 * The shared index: every gateway instance on one Redis sees every entry. Redis holds a ring of
 * `maxEntries` slots and a global sequence number (`increment`); an entry is written to slot
 * `seq % maxEntries`. Each instance searches a local embedded index and, every
 * `syncIntervalMs`, reads the sequence and loads the slots written since it last looked,
 * evicting the entry a slot held before. Only the `KeyValueStore` contract is used, so any
 * shared store works. Searches never wait on Redis; a Redis that is down or slow (each call has
 * a deadline: the node's `StoreHealth`, shared with its answer storage) leaves the local index
 * answering alone, logged once, and is left alone for a while before it is tried again.
 *
 * A writer takes its sequence number before it writes its slot, so a reader can see a number
 * whose slot is not written yet: such gaps are retried on the next syncs for a few seconds,
 * then given up (the writer died, or the entry already expired).
 */
import type { StoreHealth } from "@aigw/cache-kit";
import type { KeyValueStore } from "@aigw/plugin-api";
import { EmbeddedIndex } from "./embedded-index.js";
import type { IndexMatch, SemanticIndex } from "./semantic-index.js";
import { slotJson, slotRecordOf } from "./slot-record.js";

const SEQUENCE = "seq";
const slotKey = (slot: number) => `slot:${slot}`;
/** How long a sequence number whose slot is not written yet is retried. */
const GAP_GRACE_MS = 5_000;
/** At most this many such numbers are retried at once. */
const MAX_GAPS = 1_024;
/** Slots read at once while loading. */
const BATCH = 64;

export interface SharedIndexOptions {
  /** A store every instance shares (`shared: true`), namespaced for this node. */
  readonly store: KeyValueStore;
  readonly maxEntries: number;
  readonly ttlMs: number;
  readonly syncIntervalMs: number;
  readonly now: () => number;
  /** The store's health: each call's deadline, and the outage logged once. */
  readonly health: StoreHealth;
  /** Sync in the background every `syncIntervalMs` (default true; tests call `sync()`). */
  readonly autoSync?: boolean | undefined;
}

export class SharedIndex implements SemanticIndex {
  private readonly local: EmbeddedIndex;
  /** The highest sequence number loaded. */
  private seen = 0;
  /** Sequence numbers seen before their slot was written, with when they were first seen. */
  private readonly gaps = new Map<number, number>();
  /** Which entry each slot put in the local index. */
  private readonly slots = new Map<number, string>();
  private readonly publishing = new Set<Promise<void>>();
  private syncing: Promise<void> | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly options: SharedIndexOptions) {
    if (!options.store.shared)
      throw new Error("a shared index needs a store every instance shares (stores: { type: redis })");
    this.local = new EmbeddedIndex(options);
    if (options.autoSync ?? true) {
      void this.sync();
      this.timer = setInterval(() => void this.sync(), options.syncIntervalMs);
      // A timer must not keep a process alive that is otherwise done (Node only has unref).
      (this.timer as { unref?: () => void }).unref?.();
    }
  }

  get size(): number {
    return this.local.size;
  }

  search(partition: string, vector: Float32Array, threshold: number): Promise<IndexMatch | undefined> {
    return this.local.search(partition, vector, threshold);
  }

  /** Adds locally at once, then publishes to the store (resolves when published or given up). */
  add(partition: string, vector: Float32Array, entryId: string): Promise<void> {
    const expiresAt = this.options.now() + this.options.ttlMs;
    this.local.insert(partition, vector, entryId, expiresAt);
    const done = this.publish(partition, vector, entryId, expiresAt);
    this.publishing.add(done);
    return done.finally(() => this.publishing.delete(done));
  }

  remove(entryId: string): void {
    this.local.remove(entryId);
  }

  /** Loads what other instances added since the last sync (one sync at a time). */
  sync(): Promise<void> {
    this.syncing ??= this.load().finally(() => {
      this.syncing = undefined;
    });
    return this.syncing;
  }

  async close(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    await Promise.allSettled([...this.publishing, this.syncing]);
    await this.local.close();
  }

  private async publish(partition: string, vector: Float32Array, entryId: string, expiresAt: number) {
    // While the store is down, the entry stays on this instance only.
    const { store, health } = this.options;
    if (!health.available()) return;
    try {
      const seq = await health.run(() => store.increment(SEQUENCE, 1));
      const slot = seq % this.options.maxEntries;
      const record = slotJson({ seq, partition, entryId, vector, expiresAt });
      await health.run(() => store.set(slotKey(slot), record, this.options.ttlMs));
      this.claim(slot, entryId);
    } catch {
      // The health noted the failure (an outage is logged once); the entry stays on this instance.
    }
  }

  private async load(): Promise<void> {
    const { store, health } = this.options;
    if (!health.available()) return;
    try {
      const head = await health.run(() => store.increment(SEQUENCE, 0));
      if (head < this.seen) {
        // The store lost its data (flushed, restarted empty): start over from what it has.
        this.seen = 0;
        this.gaps.clear();
      }
      const oldest = head - this.options.maxEntries + 1;
      const wanted = [...this.gaps.keys()].filter((seq) => seq >= oldest);
      for (let seq = Math.max(this.seen + 1, oldest); seq <= head; seq++) wanted.push(seq);
      for (let i = 0; i < wanted.length; i += BATCH) {
        const batch = wanted.slice(i, i + BATCH);
        const values = await Promise.all(
          batch.map((seq) => health.run(() => store.get(slotKey(seq % this.options.maxEntries)))),
        );
        for (const [k, seq] of batch.entries()) this.apply(seq, values[k]);
      }
      for (const seq of this.gaps.keys()) if (seq < oldest) this.gaps.delete(seq);
      this.seen = head;
    } catch {
      // The health noted the failure; the next sync after the pause tries again.
    }
  }

  /** Loads what slot `seq` holds, if it is that sequence number's entry. */
  private apply(seq: number, value: Parameters<typeof slotRecordOf>[0]): void {
    const record = slotRecordOf(value);
    if (record && record.seq > seq) {
      this.gaps.delete(seq); // overwritten since: a newer entry will be loaded for the slot
      return;
    }
    if (!record || record.seq < seq) {
      const since = this.gaps.get(seq);
      const now = this.options.now();
      if (since === undefined) {
        if (this.gaps.size < MAX_GAPS) this.gaps.set(seq, now);
      } else if (now - since > GAP_GRACE_MS) this.gaps.delete(seq);
      return;
    }
    this.gaps.delete(seq);
    const slot = seq % this.options.maxEntries;
    this.claim(slot, record.entryId);
    if (!this.local.has(record.entryId))
      this.local.insert(record.partition, record.vector, record.entryId, record.expiresAt);
  }

  /** Records that `slot` now holds `entryId`, evicting the entry it held before. */
  private claim(slot: number, entryId: string): void {
    const previous = this.slots.get(slot);
    if (previous !== undefined && previous !== entryId) this.local.remove(previous);
    this.slots.set(slot, entryId);
  }
}
