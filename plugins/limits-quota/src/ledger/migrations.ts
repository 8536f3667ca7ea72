/**
 * The ledger's table, versioned. Each migration runs once per database schema, recorded in
 * `aigw_spend_migrations`; gateways starting together serialise on a transaction advisory lock
 * keyed by the schema, so one applies a migration and the others find it applied (the pattern of
 * logger-postgres). Migrations are append-only: a released one is never edited.
 */
import type postgres from "postgres";

export interface Migration {
  readonly version: number;
  readonly name: string;
  /** Runs with `{schema}` replaced by the quoted schema name. */
  readonly sql: string;
}

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

const LOCK_KEY = "aigw:limits-quota:";

/** A quoted SQL identifier (schema names are checked by the config schema already). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Brings `schema` up to date; returns the versions it applied. Safe from several processes. */
export async function migrate(
  sql: postgres.Sql,
  schema: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  const quoted = quoteIdent(schema);
  return sql.begin(async (tx) => {
    await tx.unsafe("SELECT pg_advisory_xact_lock(hashtext($1::text))", [LOCK_KEY + schema]);
    await tx.unsafe(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await tx.unsafe(
      `CREATE TABLE IF NOT EXISTS ${quoted}.aigw_spend_migrations (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const done = await tx.unsafe<{ version: number }[]>(
      `SELECT version FROM ${quoted}.aigw_spend_migrations`,
    );
    const applied = new Set(done.map((row) => row.version));
    const ran: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await tx.unsafe(migration.sql.replaceAll("{schema}", quoted)).simple();
      await tx.unsafe(
        `INSERT INTO ${quoted}.aigw_spend_migrations (version, name) VALUES ($1::int, $2::text)`,
        [migration.version, migration.name],
      );
      ran.push(migration.version);
    }
    return ran;
  });
}
