/**
 * The store of record: where every change is written before it is announced, and where each
 * instance loads from (everything at boot and on a full reload, one entity when told it
 * changed). Requests never read it: they read memory (directory.ts).
 */
import type { AuditQuery, AuditRecord, EntityKind, EntityKinds, Snapshot } from "../records.js";

export interface RecordStore {
  /** False for this process's memory: other instances cannot see its data. */
  readonly durable: boolean;
  loadAll(): Promise<Snapshot>;
  load<K extends EntityKind>(kind: K, id: string): Promise<EntityKinds[K] | undefined>;
  put<K extends EntityKind>(kind: K, entity: EntityKinds[K]): Promise<void>;
  /** Removes an entity; false when there was none. */
  remove(kind: EntityKind, id: string): Promise<boolean>;
  /** Appends a change; the store numbers it (ids increase with time). */
  appendAudit(entry: Omit<AuditRecord, "id">): Promise<void>;
  /** Entries matching `query`, newest first, at most `query.limit`. */
  queryAudit(query: AuditQuery): Promise<AuditRecord[]>;
  close(): Promise<void>;
}

/** Whether an audit entry passes a query's filters (the memory store's, and the tests' model). */
export function auditMatches(entry: AuditRecord, query: AuditQuery): boolean {
  return (
    (query.actor === undefined || entry.actor.id === query.actor) &&
    (query.action === undefined || entry.action === query.action) &&
    (query.targetType === undefined || entry.target.type === query.targetType) &&
    (query.targetId === undefined || entry.target.id === query.targetId) &&
    (query.since === undefined || entry.at >= query.since) &&
    (query.until === undefined || entry.at <= query.until) &&
    (query.before === undefined || Number(entry.id) < Number(query.before))
  );
}
