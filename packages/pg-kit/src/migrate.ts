/**
 * Versioned schema migrations. Each migration runs once per database schema, recorded in the
 * plugin's own history table there; gateways starting together serialise on a transaction
 * advisory lock keyed by the plugin and the schema, so one applies a migration and the others
 * find it applied. Migrations are append-only: a released one is never edited.
 */
import type { Sql } from "./pool.js";
import { quoteIdent } from "./sql.js";

/** One step of a schema; `sql` runs with `{schema}` replaced by the quoted schema name. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** A plugin's migrations and where their history is kept. */
export interface MigrationSet {
  /** The table, in the migrated schema, recording which versions were applied. */
  readonly historyTable: string;
  /** The advisory lock's prefix (the plugin's name); the schema is appended. */
  readonly lockKey: string;
  readonly migrations: readonly Migration[];
}

/**
 * Brings `schema` up to the latest migration of `set`; returns the versions it applied (none when
 * another gateway got there first). Safe to run from several processes at once.
 */
export async function migrate(sql: Sql, schema: string, set: MigrationSet): Promise<number[]> {
  const quoted = quoteIdent(schema);
  const history = `${quoted}.${quoteIdent(set.historyTable)}`;
  // One transaction for the whole run (PostgreSQL's DDL is transactional: all pending
  // migrations apply, or none), holding a transaction lock released by its commit or rollback,
  // and by the server should the connection drop. The lock is per schema, so gateways on other
  // schemas do not wait.
  return sql.begin(async (tx) => {
    await tx.unsafe("SELECT pg_advisory_xact_lock(hashtext($1::text))", [set.lockKey + schema]);
    await tx.unsafe(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await tx.unsafe(
      `CREATE TABLE IF NOT EXISTS ${history} (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const done = await tx.unsafe<{ version: number }[]>(`SELECT version FROM ${history}`);
    const applied = new Set(done.map((row) => row.version));
    const ran: number[] = [];
    for (const migration of [...set.migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await tx.unsafe(migration.sql.replaceAll("{schema}", quoted)).simple();
      await tx.unsafe(`INSERT INTO ${history} (version, name) VALUES ($1::int, $2::text)`, [
        migration.version,
        migration.name,
      ]);
      ran.push(migration.version);
    }
    return ran;
  });
}
