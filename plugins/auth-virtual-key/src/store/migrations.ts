/**
 * The PostgreSQL tables of the store of record, as versioned migrations run at start by pg-kit's
 * `migrate` (once per schema, serialised across gateways). Migrations are append-only: a
 * released one is never edited.
 */
import type { Migration, MigrationSet } from "@aigw/pg-kit";

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

/** The store's migrations, their history in `aigw_vk_schema_migrations`. */
export const STORE_MIGRATIONS: MigrationSet = {
  historyTable: "aigw_vk_schema_migrations",
  lockKey: "aigw:auth-virtual-key:",
  migrations: MIGRATIONS,
};
