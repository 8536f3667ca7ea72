/**
 * Weighted order without replacement: the first target is drawn with probability weight/sum,
 * the next from the rest the same way, and so on; zero-weight targets come last, in order.
 */
import type { Random } from "../resilience/random.js";

export function weightedOrder<T>(items: readonly T[], weightOf: (item: T) => number, random: Random): T[] {
  const pool = items.filter((item) => weightOf(item) > 0);
  const zero = items.filter((item) => !(weightOf(item) > 0));
  const out: T[] = [];
  while (pool.length > 0) {
    const total = pool.reduce((sum, item) => sum + weightOf(item), 0);
    let point = random() * total;
    let index = pool.length - 1;
    for (let i = 0; i < pool.length; i++) {
      point -= weightOf(pool[i]!);
      if (point < 0) {
        index = i;
        break;
      }
    }
    out.push(pool.splice(index, 1)[0]!);
  }
  return [...out, ...zero];
}
