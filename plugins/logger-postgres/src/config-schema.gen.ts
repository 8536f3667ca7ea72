// GENERATED FILE - do not edit. Source: plugins/logger-postgres/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "PostgresLoggerConfig",
  "description": "Stores every finished request (the RequestRecord) in a PostgreSQL table, in batches that never slow a request; while the database is unreachable, records wait in memory and then on disk. Serves `/admin/logs` to list, fetch and aggregate them.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "connectionString": {
      "description": "A libpq connection URI (`postgres://user:pass@host:5432/db`). Prefer `connectionStringEnv` to keep the password out of the config file. Never logged.",
      "type": "string",
      "minLength": 1
    },
    "connectionStringEnv": {
      "description": "The environment variable holding the connection URI, read at boot. Used when `connectionString` is not set.",
      "type": "string",
      "minLength": 1,
      "default": "AIGW_POSTGRES_URL"
    },
    "schema": {
      "description": "The PostgreSQL schema holding `aigw_requests` and `aigw_schema_migrations`; created when missing.",
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,62}$",
      "default": "public"
    },
    "batchSize": {
      "description": "Records per INSERT statement; a batch is written as soon as this many are queued.",
      "type": "integer",
      "minimum": 1,
      "maximum": 5000,
      "default": 500
    },
    "flushIntervalMs": {
      "description": "The longest a queued record waits before its batch is written.",
      "type": "integer",
      "minimum": 10,
      "maximum": 60000,
      "default": 1000
    },
    "maxMemoryRecords": {
      "description": "Records held in memory (queued, being inserted or being written to disk). From half of this, queued records are moved to the spill directory; when memory is full and the disk cannot keep up, new records are dropped and counted.",
      "type": "integer",
      "minimum": 2,
      "default": 10000
    },
    "spillDir": {
      "description": "Where records wait on disk while the database is unreachable (append-only JSON Lines segment files, replayed oldest first on recovery and at the next start). Give each gateway process its own directory.",
      "type": "string",
      "minLength": 1,
      "default": "./logs/pg-spill"
    },
    "maxSpillBytes": {
      "description": "The most the spill directory may hold; beyond it new records are dropped, counted and logged.",
      "type": "integer",
      "minimum": 1024,
      "default": 1073741824
    },
    "poolSize": {
      "description": "Connections in the pool (one for writing batches, the rest for the query API and retention).",
      "type": "integer",
      "minimum": 2,
      "maximum": 100,
      "default": 4
    },
    "connectTimeoutMs": {
      "description": "How long to wait for a new connection before treating the database as unreachable.",
      "type": "integer",
      "minimum": 100,
      "default": 5000
    },
    "queryTimeoutMs": {
      "description": "The longest one statement may run (an insert batch, a query of the API); longer counts as a failure.",
      "type": "integer",
      "minimum": 100,
      "default": 15000
    },
    "reconnectMaxMs": {
      "description": "The longest wait between attempts while the database is unreachable (attempts start at 250 ms and double up to this).",
      "type": "integer",
      "minimum": 100,
      "default": 5000
    },
    "closeTimeoutMs": {
      "description": "At shutdown, how long to try writing what is queued before moving the rest to the spill directory.",
      "type": "integer",
      "minimum": 0,
      "default": 5000
    },
    "retentionDays": {
      "description": "Delete rows older than this many days (in small batches, in the background). Unset: keep everything.",
      "type": "number",
      "exclusiveMinimum": 0
    },
    "retentionIntervalMs": {
      "description": "How often the retention sweep runs (the first one a minute after start).",
      "type": "integer",
      "minimum": 1000,
      "default": 3600000
    }
  }
} as const;
