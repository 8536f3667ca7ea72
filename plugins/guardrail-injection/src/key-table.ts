/**
 * A fixed map from 30-bit integer keys to small non-negative integers, in two typed arrays with
 * open addressing: the normaliser looks up every word of a prompt in it, and a lookup here is a
 * few array reads where a Map costs a hash and a call.
 */

/** Integer keys (0..2^30-1) to values (>= 0); `get` returns -1 for a missing key. */
export class KeyTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  /**
   * One byte per value of a key's low 16 bits, 1 where some key has them: most lookups (words
   * that trigger nothing) stop here, and the normaliser reads it directly on its hot path.
   */
  readonly filter = new Uint8Array(0x10000);

  constructor(entries: Iterable<readonly [number, number]>) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    for (const [key, value] of list) {
      if (key < 0 || key > 0x3fffffff || value < 0) throw new Error(`KeyTable: bad entry ${key} -> ${value}`);
      // Slot keys are stored plus one, so 0 marks an empty slot.
      let slot = key & this.mask;
      while (this.keys[slot] !== 0 && this.keys[slot] !== key + 1) slot = (slot + 1) & this.mask;
      this.keys[slot] = key + 1;
      this.values[slot] = value;
      this.filter[key & 0xffff] = 1;
    }
  }

  /** The value of `key`, or -1. */
  get(key: number): number {
    if (this.filter[key & 0xffff] === 0) return -1;
    const stored = key + 1;
    let slot = key & this.mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === stored) return this.values[slot]!;
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}
