// GENERATED FILE - do not edit. Source: plugins/cache-semantic/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "SemanticCacheConfig",
  "description": "Answers a chat or completion request with a stored answer to a close enough earlier prompt: the prompt is embedded through an embedding node of the gateway, and the nearest stored prompt of the same context (model, system prompt, tools, answer-shaping parameters, and the caller when `partition` says so) is a hit when its cosine similarity reaches `threshold`.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "node",
    "embeddingModel"
  ],
  "properties": {
    "node": {
      "description": "The id of the provider (or router) node that answers /v1/embeddings: any provider with an embeddings endpoint (providers-openai, providers-mistral, providers-cohere, providers-google, providers-mock...). It must be listed in this node's `uses`.",
      "type": "string",
      "pattern": "^[A-Za-z][A-Za-z0-9_-]*$"
    },
    "embeddingModel": {
      "description": "The model name sent to that node in each embeddings request (e.g. text-embedding-3-small). It is part of the partition: vectors of different models are never compared.",
      "type": "string",
      "minLength": 1
    },
    "dimensions": {
      "description": "Output dimensions asked of the embedding model (models that take `dimensions` only, such as text-embedding-3). Default: the model's own. Part of the partition.",
      "type": "integer",
      "minimum": 1,
      "maximum": 8192
    },
    "encodingFormat": {
      "description": "How the embedding node is asked to send vectors: `float` (JSON numbers, what every OpenAI-compatible service accepts) or `base64` (little-endian float32, under half the bytes). Either answer is read.",
      "type": "string",
      "enum": [
        "float",
        "base64"
      ],
      "default": "float"
    },
    "threshold": {
      "description": "The cosine similarity (of unit vectors, -1..1) from which a stored prompt is a hit. The default was chosen on half of a labelled paraphrase set with the deterministic test embedding (see the README): measure your embedding model and set your own.",
      "type": "number",
      "minimum": 0,
      "maximum": 1,
      "default": 0.845
    },
    "turns": {
      "description": "Which turns of a chat are embedded: `last-user` (the last message, which must be the user's; earlier turns are ignored, so follow-ups that read the same in different conversations share answers) or `all` (every message but the system prompts, which are always in the partition).",
      "type": "string",
      "enum": [
        "last-user",
        "all"
      ],
      "default": "last-user"
    },
    "partition": {
      "description": "Who may share answers, beyond the context every request is partitioned by: `none` (every caller), `key` (each virtual key its own), `team` (each team its own). With `key` or `team`, a request whose caller is not known (no auth node ran before this one) is not cached.",
      "type": "string",
      "enum": [
        "none",
        "key",
        "team"
      ],
      "default": "none"
    },
    "index": {
      "description": "Where the vectors are searched: `embedded` (this process's memory) or `shared` (every gateway instance on the same Redis store sees every entry: each instance keeps a local copy fed from Redis; needs `stores: { type: redis }`).",
      "type": "string",
      "enum": [
        "embedded",
        "shared"
      ],
      "default": "embedded"
    },
    "maxEntries": {
      "description": "At most this many entries (prompt vectors, and the answers they point at); past it the least recently used go (in memory; in Redis the oldest answers). A search compares against every entry of its partition, so this also bounds the time of a search.",
      "type": "integer",
      "minimum": 1,
      "maximum": 1000000,
      "default": 10000
    },
    "maxBytes": {
      "description": "In memory: at most this many bytes of stored answers, all together; past it the least recently used go (in Redis the bound is maxEntries x maxEntryBytes).",
      "type": "integer",
      "minimum": 1024,
      "default": 67108864
    },
    "maxEntryBytes": {
      "description": "The largest answer kept, in bytes (a stream: all its chunks); a larger answer is passed on and not stored.",
      "type": "integer",
      "minimum": 256,
      "default": 1048576
    },
    "ttlSeconds": {
      "description": "How long an entry can answer after it was stored.",
      "type": "integer",
      "minimum": 1,
      "default": 3600
    },
    "syncIntervalMs": {
      "description": "With `index: shared`: how often each instance loads the entries other instances added.",
      "type": "integer",
      "minimum": 10,
      "maximum": 60000,
      "default": 250
    },
    "storeTimeoutMs": {
      "description": "With Redis: how long a store operation (an answer's lookup or write, the shared index's sync) may take before it counts as a store failure: a miss; the outage is logged once and the store skipped for a second before it is tried again.",
      "type": "integer",
      "minimum": 1,
      "maximum": 60000,
      "default": 100
    },
    "maxChars": {
      "description": "Texts longer than this (in characters) are not cached: embedding models take a bounded input, and a text cut to fit would match any other text that starts the same.",
      "type": "integer",
      "minimum": 1,
      "default": 16000
    },
    "embeddingTimeoutMs": {
      "description": "How long to wait for the embedding node; past it the request is a miss and goes on to the model.",
      "type": "integer",
      "minimum": 1,
      "maximum": 60000,
      "default": 2000
    },
    "pace": {
      "description": "Replay a stored stream at the pace it first arrived (each chunk at its original offset from the first) instead of all at once.",
      "type": "boolean",
      "default": false
    }
  }
} as const;
