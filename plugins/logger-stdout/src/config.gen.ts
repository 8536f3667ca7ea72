// GENERATED FILE - do not edit. Source: plugins/logger-stdout/schema/config.json. Regenerate with `pnpm gen`.

/**
 * Writes one JSON line per finished request (the gateway's request record, with a level and a message) to stdout or stderr, through pino with an asynchronous, bounded buffer.
 */
export interface StdoutLoggerConfig {
  /**
   * Where the lines go.
   */
  destination?: "stdout" | "stderr";
  /**
   * The name of the field holding the line's level (`info`, `warn` or `error`, from the request's outcome). It must not be the name of a record field.
   */
  levelKey?: string;
  /**
   * The name of the field holding `message`. It must not be the name of a record field, nor `levelKey`.
   */
  messageKey?: string;
  /**
   * The message of every line.
   */
  message?: string;
  /**
   * Include the per-node timings of each request (`timings.nodes`); the totals are always written.
   */
  includeTimings?: boolean;
  /**
   * Lines gather until this many bytes are waiting (or `flushIntervalMs` passed) before a write; 0 writes at once (still asynchronously: lines arriving during a write follow in the next one).
   */
  bufferBytes?: number;
  /**
   * With `bufferBytes` above 0, what is waiting is written at least this often.
   */
  flushIntervalMs?: number;
  /**
   * The most bytes held while stdout does not keep up (a full pipe, a slow terminal); lines beyond it are dropped, counted and reported, rather than slowing requests or growing memory.
   */
  maxBufferBytes?: number;
}
