// GENERATED FILE - do not edit. Source: plugins/logger-file/schema/config.json. Regenerate with `pnpm gen`.

/**
 * Appends one JSON line per finished request (the request record, schemas/request-record.schema.json: metadata, and bodies only when logging.bodies asks) to a file.
 */
export interface FileLoggerConfig {
  /**
   * The JSON Lines file to append to; its directory is created. Relative paths are resolved against the working directory.
   */
  path?: string;
  /**
   * Include the per-node timings of each request (`timings.nodes`); the totals are always written.
   */
  includeTimings?: boolean;
  /**
   * How long lines gather before they are appended in one write. It bounds what a process killed outright (`kill -9`) can lose: records of requests that completed within this window (plus the time of the write itself) before the kill. A graceful stop writes everything.
   */
  flushIntervalMs?: number;
  /**
   * Rotate before a write would grow the file past this size.
   */
  maxBytes?: number;
  /**
   * Rotate at the first write after the file has existed this long (its creation time as the file system reports it, else when this process opened it).
   */
  maxAgeMs?: number;
  /**
   * Rotate at the first write of each UTC day, so each file holds at most one day's records.
   */
  rotateDaily?: boolean;
  /**
   * Rotated files kept: `<path>.1` (the newest) to `<path>.<maxFiles>`; at each rotation the oldest is deleted.
   */
  maxFiles?: number;
  /**
   * Records held in memory while the file cannot be written; beyond this, new records are refused (and counted in a warning) rather than accepted and lost.
   */
  maxPendingRecords?: number;
}
