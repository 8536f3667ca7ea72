/**
 * The table's versioned schema. Each migration runs once per database schema, recorded in
 * `aigw_schema_migrations`. Gateways starting together serialise on a transaction advisory lock
 * keyed by the schema name, so only one of them applies a migration and the others find it
 * applied. Migrations are append-only: a released one is never edited.
 */
import { quoteIdent, type Sql } from "./database.js";

/** One step of the schema; `sql` runs with `{schema}` replaced by the quoted schema name. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "requests table",
    sql: `
CREATE TABLE {schema}.aigw_requests (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ts timestamptz NOT NULL,
  request_id text NOT NULL,
  trace_id text,
  key_id text,
  team text,
  user_id text,
  endpoint text,
  method text,
  path text,
  config text,
  stream boolean,
  provider text,
  model_requested text,
  model_served text,
  model text GENERATED ALWAYS AS (coalesce(model_served, model_requested)) STORED,
  status integer NOT NULL,
  outcome text NOT NULL,
  error_code text,
  cache_status text,
  guardrail_failed boolean NOT NULL DEFAULT false,
  retries integer,
  fallbacks integer,
  total_ms double precision,
  overhead_ms double precision,
  upstream_ms double precision,
  ttft_ms double precision,
  prompt_tokens bigint,
  completion_tokens bigint,
  total_tokens bigint,
  cached_tokens bigint,
  reasoning_tokens bigint,
  cost_usd numeric,
  record jsonb NOT NULL,
  CONSTRAINT aigw_requests_request_id_key UNIQUE (request_id)
);
CREATE INDEX aigw_requests_ts_idx ON {schema}.aigw_requests (ts, id);
CREATE INDEX aigw_requests_key_ts_idx ON {schema}.aigw_requests (key_id, ts);
CREATE INDEX aigw_requests_team_ts_idx ON {schema}.aigw_requests (team, ts);
CREATE INDEX aigw_requests_user_ts_idx ON {schema}.aigw_requests (user_id, ts);
CREATE INDEX aigw_requests_model_ts_idx ON {schema}.aigw_requests (model, ts);
CREATE INDEX aigw_requests_provider_ts_idx ON {schema}.aigw_requests (provider, ts);
CREATE INDEX aigw_requests_status_ts_idx ON {schema}.aigw_requests (status, ts);
CREATE INDEX aigw_requests_error_ts_idx ON {schema}.aigw_requests (error_code, ts) WHERE error_code IS NOT NULL;
CREATE INDEX aigw_requests_cache_ts_idx ON {schema}.aigw_requests (cache_status, ts) WHERE cache_status IS NOT NULL;
CREATE INDEX aigw_requests_guardrail_ts_idx ON {schema}.aigw_requests (ts) WHERE guardrail_failed;
`,
  },
  {
    version: 2,
    name: "record stored as json",
    // The record is read back whole (the query API returns its text) and every filter reads a
    // column, so the binary jsonb form bought nothing and cost the server a parse and a conversion
    // per row: about a third of its CPU per inserted record.
    sql: "ALTER TABLE {schema}.aigw_requests ALTER COLUMN record TYPE json USING record::json;",
  },
];

/** The advisory lock's key: one per schema, so gateways logging to other schemas do not wait. */
const LOCK_KEY = "aigw:logger-postgres:";

/**
 * Brings `schema` up to the latest migration; returns the versions it applied (none when another
 * gateway got there first). Safe to run from several processes at once.
 */
export async function migrate(
  sql: Sql,
  schema: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  const quoted = quoteIdent(schema);
  // One transaction for the whole run (PostgreSQL's DDL is transactional: all pending
  // migrations apply, or none), holding a transaction lock released by its commit or rollback,
  // and by the server should the connection drop.
  return sql.begin(async (tx) => {
    await tx.unsafe("SELECT pg_advisory_xact_lock(hashtext($1::text))", [LOCK_KEY + schema]);
    await tx.unsafe(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await tx.unsafe(
      `CREATE TABLE IF NOT EXISTS ${quoted}.aigw_schema_migrations (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const done = await tx.unsafe<{ version: number }[]>(
      `SELECT version FROM ${quoted}.aigw_schema_migrations`,
    );
    const applied = new Set(done.map((row) => row.version));
    const ran: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await tx.unsafe(migration.sql.replaceAll("{schema}", quoted)).simple();
      await tx.unsafe(
        `INSERT INTO ${quoted}.aigw_schema_migrations (version, name) VALUES ($1::int, $2::text)`,
        [migration.version, migration.name],
      );
      ran.push(migration.version);
    }
    return ran;
  });
}
