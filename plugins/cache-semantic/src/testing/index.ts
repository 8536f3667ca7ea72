/**
 * Test helpers of the semantic cache that need no engine: the deterministic hashed embedding
 * (also what the accuracy benchmark embeds with) and a provider plugin serving it.
 */
export { type EmbeddingProviderControl, embeddingProvider } from "./embedding-provider.js";
export { HASHED_DIMENSIONS, hashedEmbedding, wordsOf } from "./hashed-embedding.js";
