/**
 * A deterministic embedding for tests and the accuracy benchmark: no model, no download, the
 * same vector for the same text on every run and runtime. Feature hashing (the "hashing trick")
 * of three kinds of features of the lowercased, NFKC-normalised text into `dimensions` signed
 * buckets, then scaled to length 1:
 * - each word (weight 1): texts sharing words are close;
 * - each character trigram of each word, padded with spaces (weight 0.5): inflections and typos
 *   stay close;
 * - each pair of adjacent words (weight 2): word order counts, so "from A to B" and "from B to
 *   A" are not the same text (the weights were chosen on the tuning half of the paraphrase set,
 *   see the README).
 * It is lexical: it knows no synonyms, and a real embedding model will do better. Its numbers
 * say what the cache does, not what a model can do.
 */

export const HASHED_DIMENSIONS = 384;

const WORD_WEIGHT = 1;
const TRIGRAM_WEIGHT = 0.5;
const BIGRAM_WEIGHT = 2;

/** FNV-1a over UTF-16 code units, with a final avalanche so that the low bits spread. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** The words of a text: runs of letters and digits, lowercased. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * The unit vector of `text` (`dimensions` long). A text without a word embeds as its own
 * characters, so that it still has a direction.
 */
export function hashedEmbedding(text: string, dimensions = HASHED_DIMENSIONS): Float32Array {
  const sums = new Float64Array(dimensions);
  const add = (feature: string, weight: number) => {
    const h = hash32(feature);
    sums[h % dimensions]! += h & 0x80000000 ? -weight : weight;
  };
  const words = wordsOf(text);
  if (words.length === 0) add(`raw:${text}`, 1);
  for (const word of words) {
    add(`w:${word}`, WORD_WEIGHT);
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) add(`t:${padded.slice(i, i + 3)}`, TRIGRAM_WEIGHT);
  }
  for (let i = 0; i + 1 < words.length; i++) add(`b:${words[i]} ${words[i + 1]}`, BIGRAM_WEIGHT);
  let norm = 0;
  for (const v of sums) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  const unit = new Float32Array(dimensions);
  for (let i = 0; i < dimensions; i++) unit[i] = sums[i]! / norm;
  return unit;
}
