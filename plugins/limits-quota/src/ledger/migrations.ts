/**
 * The ledger's table, versioned, run by pg-kit's `migrate` (once per database schema,
 * serialised across gateways). Migrations are append-only: a released one is never edited.
 */
import type { Migration, MigrationSet } from "@aigw/pg-kit";

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "spend ledger",
    sql: `
CREATE TABLE {schema}.aigw_spend (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ts timestamptz NOT NULL,
  request_id text NOT NULL,
  key_id text,
  team text,
  user_id text,
  model text,
  provider text,
  prompt_tokens bigint NOT NULL DEFAULT 0,
  completion_tokens bigint NOT NULL DEFAULT 0,
  total_tokens bigint NOT NULL DEFAULT 0,
  cost_micros bigint NOT NULL DEFAULT 0,
  CONSTRAINT aigw_spend_request_id_key UNIQUE (request_id)
);
CREATE INDEX aigw_spend_ts_idx ON {schema}.aigw_spend (ts);
CREATE INDEX aigw_spend_key_ts_idx ON {schema}.aigw_spend (key_id, ts);
CREATE INDEX aigw_spend_team_ts_idx ON {schema}.aigw_spend (team, ts);
CREATE INDEX aigw_spend_user_ts_idx ON {schema}.aigw_spend (user_id, ts);
CREATE INDEX aigw_spend_model_ts_idx ON {schema}.aigw_spend (model, ts);
`,
  },
];

/** The ledger's migrations, their history in `aigw_spend_migrations`. */
export const LEDGER_MIGRATIONS: MigrationSet = {
  historyTable: "aigw_spend_migrations",
  lockKey: "aigw:limits-quota:",
  migrations: MIGRATIONS,
};
