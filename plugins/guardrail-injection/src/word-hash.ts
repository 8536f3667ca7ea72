/**
 * The hash that keys trigger words: FNV-1a over UTF-16 code units, cut to 30 bits so V8 keeps the
 * keys as small integers. The normaliser computes it over each word it writes; a collision only
 * costs a rule check that fails, since every rule re-checks the text with its own regex.
 */

/** FNV-1a offset basis. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** One FNV-1a step. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** The final key of a hash. */
export function hashKey(hash: number): number {
  return hash & 0x3fffffff;
}

/** The key of a whole word (as normalised text spells it). */
export function wordKey(word: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hashKey(hash);
}

/** The key of two consecutive words, from their keys. */
export function pairKey(first: number, second: number): number {
  return hashKey(Math.imul(first ^ 0x5bd1e995, 0x01000193) ^ Math.imul(second, 0x2f0b3e6d));
}
