// GENERATED FILE - do not edit. Source: plugins/cache-semantic/schema/config.json. Regenerate with `pnpm gen`.

/**
 * Answers a chat or completion request with a stored answer to a close enough earlier prompt: the prompt is embedded through an embedding node of the gateway, and the nearest stored prompt of the same context (model, system prompt, tools, answer-shaping parameters, and the caller when `partition` says so) is a hit when its cosine similarity reaches `threshold`.
 */
export interface SemanticCacheConfig {
  /**
   * The id of the provider (or router) node that answers /v1/embeddings: any provider with an embeddings endpoint (providers-openai, providers-mistral, providers-cohere, providers-google, providers-mock...). It must be listed in this node's `uses`.
   */
  node: string;
  /**
   * The model name sent to that node in each embeddings request (e.g. text-embedding-3-small). It is part of the partition: vectors of different models are never compared.
   */
  embeddingModel: string;
  /**
   * Output dimensions asked of the embedding model (models that take `dimensions` only, such as text-embedding-3). Default: the model's own. Part of the partition.
   */
  dimensions?: number;
  /**
   * How the embedding node is asked to send vectors: `float` (JSON numbers, what every OpenAI-compatible service accepts) or `base64` (little-endian float32, under half the bytes). Either answer is read.
   */
  encodingFormat?: "float" | "base64";
  /**
   * The cosine similarity (of unit vectors, -1..1) from which a stored prompt is a hit. The default was chosen on half of a labelled paraphrase set with the deterministic test embedding (see the README): measure your embedding model and set your own.
   */
  threshold?: number;
  /**
   * Which turns of a chat are embedded: `last-user` (the last message, which must be the user's; earlier turns are ignored, so follow-ups that read the same in different conversations share answers) or `all` (every message but the system prompts, which are always in the partition).
   */
  turns?: "last-user" | "all";
  /**
   * Who may share answers, beyond the context every request is partitioned by: `none` (every caller), `key` (each virtual key its own), `team` (each team its own). With `key` or `team`, a request whose caller is not known (no auth node ran before this one) is not cached.
   */
  partition?: "none" | "key" | "team";
  /**
   * Where the vectors are searched: `embedded` (this process's memory) or `shared` (every gateway instance on the same Redis store sees every entry: each instance keeps a local copy fed from Redis; needs `stores: { type: redis }`).
   */
  index?: "embedded" | "shared";
  /**
   * At most this many entries (prompt vectors, and the answers they point at); past it the least recently used go (in memory; in Redis the oldest answers). A search compares against every entry of its partition, so this also bounds the time of a search.
   */
  maxEntries?: number;
  /**
   * In memory: at most this many bytes of stored answers, all together; past it the least recently used go (in Redis the bound is maxEntries x maxEntryBytes).
   */
  maxBytes?: number;
  /**
   * The largest answer kept, in bytes (a stream: all its chunks); a larger answer is passed on and not stored.
   */
  maxEntryBytes?: number;
  /**
   * How long an entry can answer after it was stored.
   */
  ttlSeconds?: number;
  /**
   * With `index: shared`: how often each instance loads the entries other instances added.
   */
  syncIntervalMs?: number;
  /**
   * With Redis: how long a store operation (an answer's lookup or write, the shared index's sync) may take before it counts as a store failure: a miss; the outage is logged once and the store skipped for a second before it is tried again.
   */
  storeTimeoutMs?: number;
  /**
   * Texts longer than this (in characters) are not cached: embedding models take a bounded input, and a text cut to fit would match any other text that starts the same.
   */
  maxChars?: number;
  /**
   * How long to wait for the embedding node; past it the request is a miss and goes on to the model.
   */
  embeddingTimeoutMs?: number;
  /**
   * Replay a stored stream at the pace it first arrived (each chunk at its original offset from the first) instead of all at once.
   */
  pace?: boolean;
}
