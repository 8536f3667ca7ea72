// GENERATED FILE - do not edit. Source: plugins/providers-mock/schema/config.json. Regenerate with `pnpm gen`.

/**
 * An offline provider that answers every endpoint deterministically: the same request always gets the same answer. For trying the gateway without keys, and for tests and benchmarks.
 */
export interface MockProviderConfig {
  /**
   * The model ids listed by /v1/models. Requests for any model are answered; the answer names the requested model.
   */
  models?: string[];
  /**
   * A fixed reply text for chat and completions. By default the reply is derived from the last user message ("Mock reply to: ..."). In JSON response modes, a reply that is a JSON document is sent as is.
   */
  reply?: string;
  /**
   * Milliseconds to wait before the answer (or before a stream starts).
   */
  latencyMs?: number;
  /**
   * Milliseconds to wait between stream chunks.
   */
  chunkDelayMs?: number;
  /**
   * Words per streamed content chunk.
   */
  chunkWords?: number;
  /**
   * The HTTP status of injected failures (429 is rate_limited, 503 upstream_unavailable, other 5xx upstream_error).
   */
  failStatus?: number;
  /**
   * The share of calls that fail (0..1), decided by a PRNG seeded with `seed`, so a run is reproducible.
   */
  failRate?: number;
  /**
   * Every Nth call fails (the Nth, 2Nth...).
   */
  failEvery?: number;
  /**
   * The message of injected failures.
   */
  failMessage?: string;
  /**
   * The seed of the failure PRNG.
   */
  seed?: number;
  /**
   * Streams are cut with an error after this many chunks (to test mid-stream failures).
   */
  cutStreamAfter?: number;
}
