/**
 * A set of positions 0..size-1 that answers "the largest member below j" in log time, for
 * overlap resolution over hundreds of thousands of spans (a sorted array would move half its
 * members on every insert). A Fenwick tree of member counts: the members below j are counted,
 * and the last of them is found by descending the tree.
 */
export class PositionSet {
  readonly #size: number;
  /** Fenwick tree (1-based) of member counts. */
  readonly #tree: Int32Array;
  readonly #members: Uint8Array;
  /** The highest power of two not above the size: where the descent starts. */
  readonly #top: number;

  constructor(size: number) {
    this.#size = size;
    this.#tree = new Int32Array(size + 1);
    this.#members = new Uint8Array(size);
    let top = 1;
    while (top * 2 <= size) top *= 2;
    this.#top = top;
  }

  has(position: number): boolean {
    return this.#members[position] === 1;
  }

  add(position: number): void {
    if (this.#members[position] === 1) return;
    this.#members[position] = 1;
    for (let k = position + 1; k <= this.#size; k += k & -k) this.#tree[k]!++;
  }

  /** The largest member less than `bound`, or -1 when there is none. */
  lastBefore(bound: number): number {
    let count = 0;
    for (let k = Math.min(bound, this.#size); k > 0; k -= k & -k) count += this.#tree[k]!;
    if (count === 0) return -1;
    // The smallest prefix holding `count` members ends at the member sought.
    let at = 0;
    for (let step = this.#top; step > 0; step >>= 1) {
      const next = at + step;
      if (next <= this.#size && this.#tree[next]! < count) {
        at = next;
        count -= this.#tree[next]!;
      }
    }
    return at;
  }
}
