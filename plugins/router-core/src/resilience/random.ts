/**
 * Randomness for routing: a seedable generator (so weighted choice and jitter can be replayed in
 * tests) and a stable string hash (so sticky choices land on the same target in every process).
 */

/** A uniform source in [0, 1). */
export type Random = () => number;

/** mulberry32: small, fast and good enough for spreading load; seeded for reproducibility. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The node's random source: seeded when the config says so, else `Math.random`. */
export function randomFor(seed: number | undefined): Random {
  return seed === undefined ? Math.random : seededRandom(seed);
}

/** FNV-1a over the string's UTF-16 code units, mapped to [0, 1): the same in every process. */
export function stableHash(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // murmur3's finaliser, so close keys ("user-1", "user-2") do not land in neighbouring slots.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 4294967296;
}

/** Draws derived from a key: the sticky choice (and order of fallbacks) for one key. */
export function hashedRandom(key: string): Random {
  let n = 0;
  return () => stableHash(n++ === 0 ? key : `${key}#${n}`);
}
