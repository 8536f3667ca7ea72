/**
 * @aigw/cache-kit: what cache plugins share, beside the plugin contract. An answer is captured
 * as it goes to the client (a stream only once it ended normally), kept in bounded storage (an
 * LRU in memory, or a ring in a shared store such as Redis, with outages logged once and counted
 * as misses), and replayed as the answer to a later request in whichever form that request asks
 * for. Caller directives come from headers; the outcome goes into the record and a header.
 */
export { utf8Length } from "./bytes.js";
export {
  CACHE_HEADER,
  type CacheControlError,
  type CacheDirectives,
  cacheControl,
  isCacheControlError,
} from "./cache-control.js";
export { isIncomplete, isRefusal, isRefusalChunk, isSuccess, streamUsage, usageOf } from "./cacheable.js";
export { type CaptureOptions, captureAnswer } from "./capture.js";
export { sha256Hex } from "./digest.js";
export { keepAnswer } from "./keep.js";
export { type CacheKind, noteHit, noteOutcome, SIMILARITY_HEADER } from "./outcome.js";
export { type ReplayOptions, replay } from "./replay.js";
export { type ServeOptions, serveStored } from "./serve.js";
export { StoreHealth, StoreTimeoutError } from "./storage/health.js";
export { LruStorage } from "./storage/lru.js";
export { openCacheStorage } from "./storage/open.js";
export { RingStorage } from "./storage/ring.js";
export type { CacheStorage, CacheStorageOptions } from "./storage/types.js";
export {
  answerBytes,
  readStoredAnswer,
  STORED_ANSWER_VERSION,
  type StoredAnswer,
  type StoredJson,
  type StoredServedBy,
  type StoredStream,
  storedValue,
} from "./stored-answer.js";
export { chunksFromAnswer } from "./stream-from-json.js";
