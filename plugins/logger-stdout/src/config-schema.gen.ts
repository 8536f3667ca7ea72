// GENERATED FILE - do not edit. Source: plugins/logger-stdout/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "StdoutLoggerConfig",
  "description": "Writes one JSON line per finished request (the gateway's request record, with a level and a message) to stdout or stderr, through pino with an asynchronous, bounded buffer.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "destination": {
      "description": "Where the lines go.",
      "type": "string",
      "enum": [
        "stdout",
        "stderr"
      ],
      "default": "stdout"
    },
    "levelKey": {
      "description": "The name of the field holding the line's level (`info`, `warn` or `error`, from the request's outcome). It must not be the name of a record field.",
      "type": "string",
      "minLength": 1,
      "maxLength": 64,
      "default": "level"
    },
    "messageKey": {
      "description": "The name of the field holding `message`. It must not be the name of a record field, nor `levelKey`.",
      "type": "string",
      "minLength": 1,
      "maxLength": 64,
      "default": "msg"
    },
    "message": {
      "description": "The message of every line.",
      "type": "string",
      "default": "request finished"
    },
    "includeTimings": {
      "description": "Include the per-node timings of each request (`timings.nodes`); the totals are always written.",
      "type": "boolean",
      "default": true
    },
    "bufferBytes": {
      "description": "Lines gather until this many bytes are waiting (or `flushIntervalMs` passed) before a write; 0 writes at once (still asynchronously: lines arriving during a write follow in the next one).",
      "type": "integer",
      "minimum": 0,
      "maximum": 16000,
      "default": 4096
    },
    "flushIntervalMs": {
      "description": "With `bufferBytes` above 0, what is waiting is written at least this often.",
      "type": "integer",
      "minimum": 1,
      "maximum": 60000,
      "default": 100
    },
    "maxBufferBytes": {
      "description": "The most bytes held while stdout does not keep up (a full pipe, a slow terminal); lines beyond it are dropped, counted and reported, rather than slowing requests or growing memory.",
      "type": "integer",
      "minimum": 65536,
      "default": 16777216
    }
  }
} as const;
