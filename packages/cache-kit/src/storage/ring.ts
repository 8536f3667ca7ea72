/**
 * Cache storage in a shared store (Redis), bounded with nothing but get, set, delete and an
 * atomic increment, so that every gateway instance keeps the same bound: a ring of `maxEntries`
 * slots. A write takes the next slot number from a shared counter and puts `{key, answer}` in it,
 * with a pointer key -> slot; the entry that held the slot before is gone from then on (its
 * pointer is removed too). A lookup follows the pointer and checks the slot still holds its key.
 * Every entry also has a TTL and a bound in bytes. A miss costs one read; a hit two.
 */
import { isJsonObject, type JsonValue, type KeyValueStore } from "@aigw/plugin-api";
import { answerBytes, readStoredAnswer, type StoredAnswer, storedValue } from "../stored-answer.js";
import { StoreHealth } from "./health.js";
import type { CacheStorage, CacheStorageOptions } from "./types.js";

const RING = "ring";
/**
 * The slot counter restarts a day after it started: numbering from slot 0 again keeps the bound
 * (only which entry goes first changes), and no counter outlives the entries it numbered.
 */
const RING_TTL_MS = 24 * 60 * 60 * 1000;
const slotKey = (slot: number) => `s:${slot}`;
const ownerKey = (slot: number) => `o:${slot}`;
const pointerKey = (key: string) => `k:${key}`;

/** A ring of slots in a key-value store. */
export class RingStorage implements CacheStorage {
  readonly shared: boolean;
  private readonly health: StoreHealth;

  constructor(
    private readonly store: KeyValueStore,
    private readonly options: CacheStorageOptions,
  ) {
    this.shared = store.shared;
    this.health =
      options.health ??
      new StoreHealth(options.logger, options.clock, options.timeoutMs ?? 100, options.retryMs ?? 1000);
  }

  get(key: string): Promise<StoredAnswer | undefined> | undefined {
    if (!this.health.available()) return undefined;
    return this.lookup(key).catch(() => undefined);
  }

  private async lookup(key: string): Promise<StoredAnswer | undefined> {
    const slot = await this.health.run(() => this.store.get(pointerKey(key)));
    if (typeof slot !== "number") return undefined;
    const record = await this.health.run(() => this.store.get(slotKey(slot)));
    if (!isJsonObject(record) || record.key !== key) return undefined;
    if (typeof record.expiresAt !== "number" || record.expiresAt <= this.options.clock.now())
      return undefined;
    return readStoredAnswer(record.answer);
  }

  set(key: string, answer: StoredAnswer, ttlMs: number): boolean | Promise<boolean> {
    if (ttlMs <= 0 || answerBytes(answer) + key.length > this.options.maxEntryBytes) return false;
    if (!this.health.available()) return false;
    return this.write(key, answer, ttlMs).then(
      () => true,
      () => false,
    );
  }

  private async write(key: string, answer: StoredAnswer, ttlMs: number): Promise<void> {
    const run = <T>(operation: () => Promise<T>) => this.health.run(operation);
    const max = this.options.maxEntries;
    const n = await run(() => this.store.increment(RING, 1, RING_TTL_MS));
    const slot = (((Math.trunc(n) - 1) % max) + max) % max;
    const previous = await run(() => this.store.get(ownerKey(slot)));
    const record: JsonValue = {
      key,
      expiresAt: this.options.clock.now() + ttlMs,
      answer: storedValue(answer),
    };
    await run(() => this.store.set(slotKey(slot), record, ttlMs));
    await run(() => this.store.set(ownerKey(slot), key, ttlMs));
    await run(() => this.store.set(pointerKey(key), slot, ttlMs));
    if (typeof previous === "string" && previous !== key) {
      // The evicted entry's pointer, unless it was stored again elsewhere since.
      const pointer = await run(() => this.store.get(pointerKey(previous)));
      if (pointer === slot) await run(() => this.store.delete(pointerKey(previous)));
    }
  }

  delete(key: string): boolean | Promise<boolean> {
    if (!this.health.available()) return false;
    return this.health.run(() => this.store.delete(pointerKey(key))).catch(() => false);
  }
}
