/**
 * The PostgreSQL tables of the store of record, as versioned migrations run at start. Each runs
 * once per schema, recorded in `aigw_vk_schema_migrations`; gateways starting together
 * serialise on a transaction advisory lock keyed by the schema, so one applies a migration and
 * the others find it applied. Migrations are append-only: a released one is never edited.
 */
import type postgres from "postgres";

export interface Migration {
  readonly version: number;
  readonly name: string;
  /** Runs with `{schema}` replaced by the quoted schema name. */
  readonly sql: string;
}

/** Entity tables hold one JSON document per row; memory holds them all, so no other index is needed. */
const entityTable = (name: string): string => `
CREATE TABLE {schema}.${name} (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "keys, teams, users, credentials, admin tokens, audit log",
    sql: `
${entityTable("aigw_vk_keys")}
${entityTable("aigw_vk_teams")}
${entityTable("aigw_vk_users")}
${entityTable("aigw_vk_credentials")}
${entityTable("aigw_vk_admin_tokens")}
CREATE TABLE {schema}.aigw_vk_audit (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id text NOT NULL,
  actor_role text NOT NULL,
  actor_name text,
  action text NOT NULL,
  target_type text NOT NULL,
  target_id text NOT NULL,
  diff jsonb NOT NULL
);
CREATE INDEX aigw_vk_audit_at_idx ON {schema}.aigw_vk_audit (at);
CREATE INDEX aigw_vk_audit_target_idx ON {schema}.aigw_vk_audit (target_type, target_id);
CREATE INDEX aigw_vk_audit_actor_idx ON {schema}.aigw_vk_audit (actor_id);
`,
  },
];

const LOCK_KEY = "aigw:auth-virtual-key:";

/** A quoted SQL identifier (the schema name is already checked by the config schema). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Brings `schema` up to the latest migration; returns the versions it applied. */
export async function migrate(
  sql: postgres.Sql,
  schema: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  const quoted = quoteIdent(schema);
  // One transaction (PostgreSQL's DDL is transactional: every pending migration applies, or
  // none) holding a lock its commit or rollback releases, as does the server if the link drops.
  return sql.begin(async (tx) => {
    await tx.unsafe("SELECT pg_advisory_xact_lock(hashtext($1::text))", [LOCK_KEY + schema]);
    await tx.unsafe(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await tx.unsafe(
      `CREATE TABLE IF NOT EXISTS ${quoted}.aigw_vk_schema_migrations (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const done = await tx.unsafe<{ version: number }[]>(
      `SELECT version FROM ${quoted}.aigw_vk_schema_migrations`,
    );
    const applied = new Set(done.map((row) => row.version));
    const ran: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await tx.unsafe(migration.sql.replaceAll("{schema}", quoted)).simple();
      await tx.unsafe(
        `INSERT INTO ${quoted}.aigw_vk_schema_migrations (version, name) VALUES ($1::int, $2::text)`,
        [migration.version, migration.name],
      );
      ran.push(migration.version);
    }
    return ran;
  });
}
