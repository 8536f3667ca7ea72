/**
 * A trie over UTF-16 units for long phrase lists, where one regex would be slow (V8 optimises
 * regexes only up to about 20 KB of source, and tries each branch of an alternation in turn).
 * The root's children are a direct table by unit, the other edges an open-addressing hash in
 * typed arrays, so a walk from an offset costs a few array reads per unit and allocates nothing.
 */

/** A free slot of the edge hash (which is kept at most half full). */
const EMPTY = -1;

export class UnitTrie {
  /** The longest phrase, in units. */
  readonly maxLength: number;
  /** The root's child for each (folded) unit; 0 when none. */
  private readonly root = new Int32Array(0x10000);
  private readonly edgeNode: Int32Array;
  private readonly edgeUnit: Uint16Array;
  private readonly edgeChild: Int32Array;
  private readonly mask: number;
  /** The phrase id that ends at each node, or -1. */
  private readonly ends: Int32Array;

  /** @param keys the phrases, already folded; `keys[i]` gets id `i`. */
  constructor(keys: readonly string[]) {
    // Build with maps first, then lay the edges out in typed arrays.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[] = [-1];
    let maxLength = 0;
    keys.forEach((key, id) => {
      maxLength = Math.max(maxLength, key.length);
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const unit = key.charCodeAt(i);
        let child = children[node]!.get(unit);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push(-1);
          children[node]!.set(unit, child);
        }
        node = child;
      }
      if (ends[node] === -1) ends[node] = id;
    });
    this.maxLength = maxLength;
    this.ends = Int32Array.from(ends);
    let edges = 0;
    for (let node = 1; node < children.length; node++) edges += children[node]!.size;
    let size = 16;
    while (size < edges * 2) size *= 2;
    this.mask = size - 1;
    this.edgeNode = new Int32Array(size).fill(EMPTY);
    this.edgeUnit = new Uint16Array(size);
    this.edgeChild = new Int32Array(size);
    for (const [unit, child] of children[0]!) this.root[unit] = child;
    for (let node = 1; node < children.length; node++)
      for (const [unit, child] of children[node]!) {
        let slot = this.slotOf(node, unit);
        while (this.edgeNode[slot] !== EMPTY) slot = (slot + 1) & this.mask;
        this.edgeNode[slot] = node;
        this.edgeUnit[slot] = unit;
        this.edgeChild[slot] = child;
      }
  }

  /** Whether some phrase begins with this (folded) unit. */
  starts(unit: number): boolean {
    return this.root[unit] !== 0;
  }

  /**
   * The phrases that begin at `start` in `text` (read through `fold`), shortest first: their
   * lengths and ids go to `lengths` and `ids` (each at least maxLength long); returns how many.
   */
  walk(
    text: string,
    start: number,
    fold: Uint16Array | undefined,
    lengths: Int32Array,
    ids: Int32Array,
  ): number {
    const first = text.charCodeAt(start);
    let node = this.root[fold ? fold[first]! : first]!;
    let found = 0;
    let end = start + 1;
    while (node !== 0) {
      const id = this.ends[node]!;
      if (id !== -1) {
        lengths[found] = end - start;
        ids[found] = id;
        found++;
      }
      if (end >= text.length) break;
      const unit = text.charCodeAt(end);
      node = this.child(node, fold ? fold[unit]! : unit);
      end++;
    }
    return found;
  }

  private slotOf(node: number, unit: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ unit) & this.mask;
  }

  private child(node: number, unit: number): number {
    let slot = this.slotOf(node, unit);
    for (;;) {
      const at = this.edgeNode[slot]!;
      if (at === EMPTY) return 0;
      if (at === node && this.edgeUnit[slot] === unit) return this.edgeChild[slot]!;
      slot = (slot + 1) & this.mask;
    }
  }
}
