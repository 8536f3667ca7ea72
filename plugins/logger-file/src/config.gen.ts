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
   * Include the per-node timings of each request.
   */
  includeTimings?: boolean;
  /**
   * Rotate when the file would grow past this size: the file is renamed to `<path>.1` (replacing an older one) and a new file is started.
   */
  maxBytes?: number;
  /**
   * Records held in memory while the file cannot be written; beyond this, new records are refused (and counted in a warning) rather than accepted and lost.
   */
  maxPendingRecords?: number;
}
