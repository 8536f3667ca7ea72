// GENERATED FILE - do not edit. Source: plugins/logger-file/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "FileLoggerConfig",
  "description": "Appends one JSON line per finished request (the request record, schemas/request-record.schema.json: metadata, and bodies only when logging.bodies asks) to a file.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "path": {
      "description": "The JSON Lines file to append to; its directory is created. Relative paths are resolved against the working directory.",
      "type": "string",
      "minLength": 1,
      "default": "./logs/requests.jsonl"
    },
    "includeTimings": {
      "description": "Include the per-node timings of each request.",
      "type": "boolean",
      "default": true
    },
    "maxBytes": {
      "description": "Rotate when the file would grow past this size: the file is renamed to `<path>.1` (replacing an older one) and a new file is started.",
      "type": "integer",
      "minimum": 1024
    },
    "maxPendingRecords": {
      "description": "Records held in memory while the file cannot be written; beyond this, new records are refused (and counted in a warning) rather than accepted and lost.",
      "type": "integer",
      "minimum": 1,
      "default": 100000
    }
  }
} as const;
