/**
 * The store of record in PostgreSQL: one table per kind of entity (a JSON document per row) and
 * the audit log, migrated at start. Only admin changes, reloads and audit queries reach it.
 */
import { createPool, migrate, quoteIdent } from "@aigw/pg-kit";
import {
  type AuditQuery,
  type AuditRecord,
  ENTITY_KINDS,
  type EntityKind,
  type EntityKinds,
  type Snapshot,
} from "../records.js";
import { STORE_MIGRATIONS } from "./migrations.js";
import type { RecordStore } from "./store.js";

const TABLES: Record<EntityKind, string> = {
  key: "aigw_vk_keys",
  team: "aigw_vk_teams",
  user: "aigw_vk_users",
  credential: "aigw_vk_credentials",
  token: "aigw_vk_admin_tokens",
};

export interface PostgresStoreOptions {
  url: string;
  schema: string;
  poolSize: number;
}

interface AuditRow {
  id: string;
  at_ms: string;
  actor_id: string;
  actor_role: AuditRecord["actor"]["role"];
  actor_name: string | null;
  action: string;
  target_type: AuditRecord["target"]["type"];
  target_id: string;
  diff: string;
}

/** Connects, migrates, and returns the store. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<RecordStore> {
  const sql = createPool({
    url: options.url,
    poolSize: options.poolSize,
    connectTimeoutMs: 10_000,
    applicationName: "aigw-auth-virtual-key",
  });
  try {
    await migrate(sql, options.schema, STORE_MIGRATIONS);
  } catch (error) {
    await sql.end({ timeout: 1 });
    throw error;
  }
  const schema = quoteIdent(options.schema);
  const table = (kind: EntityKind): string => `${schema}.${TABLES[kind]}`;
  const parse = <T>(rows: readonly { doc: string }[]): T[] => rows.map((row) => JSON.parse(row.doc) as T);
  return {
    durable: true,
    async loadAll() {
      const snapshot = {} as Record<EntityKind, unknown[]>;
      // One transaction, so the snapshot is consistent across tables.
      await sql.begin("ISOLATION LEVEL REPEATABLE READ READ ONLY", async (tx) => {
        for (const kind of ENTITY_KINDS)
          snapshot[kind] = parse(
            await tx.unsafe<{ doc: string }[]>(`SELECT doc::text AS doc FROM ${table(kind)}`),
          );
      });
      return snapshot as Snapshot;
    },
    async load<K extends EntityKind>(kind: K, id: string) {
      const rows = await sql.unsafe<{ doc: string }[]>(
        `SELECT doc::text AS doc FROM ${table(kind)} WHERE id = $1`,
        [id],
      );
      return parse<EntityKinds[K]>(rows)[0];
    },
    async put(kind, entity) {
      await sql.unsafe(
        `INSERT INTO ${table(kind)} (id, doc, updated_at) VALUES ($1, $2::text::jsonb, now())
         ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, updated_at = now()`,
        [entity.id, JSON.stringify(entity)],
      );
    },
    async remove(kind, id) {
      const rows = await sql.unsafe(`DELETE FROM ${table(kind)} WHERE id = $1 RETURNING id`, [id]);
      return rows.length > 0;
    },
    async appendAudit(entry) {
      await sql.unsafe(
        `INSERT INTO ${schema}.aigw_vk_audit (at, actor_id, actor_role, actor_name, action, target_type, target_id, diff)
         VALUES (to_timestamp($1::double precision / 1000), $2, $3, $4, $5, $6, $7, $8::text::jsonb)`,
        [
          entry.at,
          entry.actor.id,
          entry.actor.role,
          entry.actor.name ?? null,
          entry.action,
          entry.target.type,
          entry.target.id,
          JSON.stringify(entry.diff),
        ],
      );
    },
    async queryAudit(query: AuditQuery) {
      const where: string[] = [];
      const params: (string | number)[] = [];
      const add = (clause: string, value: string | number): void => {
        params.push(value);
        where.push(clause.replace("?", `$${params.length}`));
      };
      if (query.actor !== undefined) add("actor_id = ?", query.actor);
      if (query.action !== undefined) add("action = ?", query.action);
      if (query.targetType !== undefined) add("target_type = ?", query.targetType);
      if (query.targetId !== undefined) add("target_id = ?", query.targetId);
      if (query.since !== undefined) add("at >= to_timestamp(?::double precision / 1000)", query.since);
      if (query.until !== undefined) add("at <= to_timestamp(?::double precision / 1000)", query.until);
      if (query.before !== undefined) add("id < ?::bigint", query.before);
      params.push(query.limit);
      const rows = await sql.unsafe<AuditRow[]>(
        `SELECT id::text AS id, (extract(epoch FROM at) * 1000)::bigint::text AS at_ms, actor_id, actor_role,
                actor_name, action, target_type, target_id, diff::text AS diff
         FROM ${schema}.aigw_vk_audit ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
         ORDER BY id DESC LIMIT $${params.length}`,
        params,
      );
      return rows.map((row) => ({
        id: row.id,
        at: Number(row.at_ms),
        actor: {
          id: row.actor_id,
          role: row.actor_role,
          ...(row.actor_name ? { name: row.actor_name } : {}),
        },
        action: row.action,
        target: { type: row.target_type, id: row.target_id },
        diff: JSON.parse(row.diff) as AuditRecord["diff"],
      }));
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}
