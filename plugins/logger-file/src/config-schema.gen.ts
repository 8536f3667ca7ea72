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
      "description": "Include the per-node timings of each request (`timings.nodes`); the totals are always written.",
      "type": "boolean",
      "default": true
    },
    "flushIntervalMs": {
      "description": "How long lines gather before they are appended in one write. It bounds what a process killed outright (`kill -9`) can lose: records of requests that completed within this window (plus the time of the write itself) before the kill. A graceful stop writes everything.",
      "type": "integer",
      "minimum": 1,
      "maximum": 10000,
      "default": 25
    },
    "maxBytes": {
      "description": "Rotate before a write would grow the file past this size.",
      "type": "integer",
      "minimum": 1024
    },
    "maxAgeMs": {
      "description": "Rotate at the first write after the file has existed this long (its creation time as the file system reports it, else when this process opened it).",
      "type": "integer",
      "minimum": 1000
    },
    "rotateDaily": {
      "description": "Rotate at the first write of each UTC day, so each file holds at most one day's records.",
      "type": "boolean",
      "default": false
    },
    "maxFiles": {
      "description": "Rotated files kept: `<path>.1` (the newest) to `<path>.<maxFiles>`; at each rotation the oldest is deleted.",
      "type": "integer",
      "minimum": 1,
      "maximum": 1000,
      "default": 1
    },
    "maxPendingRecords": {
      "description": "Records held in memory while the file cannot be written; beyond this, new records are refused (and counted in a warning) rather than accepted and lost.",
      "type": "integer",
      "minimum": 1,
      "default": 100000
    }
  }
} as const;
