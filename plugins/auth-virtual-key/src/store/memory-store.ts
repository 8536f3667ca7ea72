/**
 * The default store of record: this process's memory. The quick start needs no service; what it
 * holds is lost at restart and not seen by other instances (the plugin warns when the gateway's
 * other stores are shared). Values are copied in and out, as a database would.
 */
import {
  type AuditQuery,
  type AuditRecord,
  ENTITY_KINDS,
  type EntityKind,
  type Snapshot,
} from "../records.js";
import { auditMatches, type RecordStore } from "./store.js";

export function memoryRecordStore(): RecordStore {
  const tables = new Map<EntityKind, Map<string, unknown>>(ENTITY_KINDS.map((kind) => [kind, new Map()]));
  const audit: AuditRecord[] = [];
  const table = (kind: EntityKind): Map<string, unknown> => tables.get(kind)!;
  return {
    durable: false,
    async loadAll() {
      const snapshot = {} as Record<EntityKind, unknown[]>;
      for (const kind of ENTITY_KINDS)
        snapshot[kind] = [...table(kind).values()].map((v) => structuredClone(v));
      return snapshot as Snapshot;
    },
    async load(kind, id) {
      const found = table(kind).get(id);
      return found === undefined ? undefined : structuredClone(found as never);
    },
    async put(kind, entity) {
      table(kind).set(entity.id, structuredClone(entity));
    },
    async remove(kind, id) {
      return table(kind).delete(id);
    },
    async appendAudit(entry) {
      audit.push({ ...structuredClone(entry), id: String(audit.length + 1) });
    },
    async queryAudit(query: AuditQuery) {
      const out: AuditRecord[] = [];
      for (let i = audit.length - 1; i >= 0 && out.length < query.limit; i--)
        if (auditMatches(audit[i]!, query)) out.push(structuredClone(audit[i]!));
      return out;
    },
    async close() {},
  };
}
