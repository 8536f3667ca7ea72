/**
 * The request log table's versioned schema, run by pg-kit's `migrate` (once per database schema,
 * serialised across gateways). Migrations are append-only: a released one is never edited.
 */
import type { Migration, MigrationSet } from "@aigw/pg-kit";

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

/** The request log's migrations, their history in `aigw_schema_migrations`. */
export const REQUEST_LOG_MIGRATIONS: MigrationSet = {
  historyTable: "aigw_schema_migrations",
  lockKey: "aigw:logger-postgres:",
  migrations: MIGRATIONS,
};
