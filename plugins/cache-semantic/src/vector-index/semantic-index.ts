/**
 * The contract of a semantic index: unit vectors filed by partition, each pointing at a stored
 * answer by entry id; a search returns the most similar entry of one partition from a
 * threshold up. The index holds no content, only vectors, partition hashes and ids.
 */

/** The nearest entry a search found. */
export interface IndexMatch {
  readonly entryId: string;
  /** Cosine similarity of the unit vectors (their dot product). */
  readonly similarity: number;
}

export interface SemanticIndex {
  /** The most similar live entry of `partition` whose similarity reaches `threshold`. */
  search(partition: string, vector: Float32Array, threshold: number): Promise<IndexMatch | undefined>;
  /** Files `vector` under `partition`, pointing at `entryId` (an existing id is replaced). */
  add(partition: string, vector: Float32Array, entryId: string): Promise<void>;
  /** Forgets an entry (its answer is gone). */
  remove(entryId: string): void;
  /** Entries held now. */
  readonly size: number;
  /** Stops background work. */
  close(): Promise<void>;
}
