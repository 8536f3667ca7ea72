/**
 * How the admin API shows what is stored: ISO times, a key's status at the time of asking, and
 * never a hash, a ciphertext or a secret (the one-time secret of a creation or rotation is added
 * by the caller). The audit log's diffs are taken between views, so they hold no secret either.
 */
import type { JsonValue } from "@aigw/plugin-api";
import type { AuditEntry, Credential, Key, Team, Token, User } from "./config.gen.js";
import type {
  AdminTokenRecord,
  AuditRecord,
  CredentialRecord,
  KeyRecord,
  TeamRecord,
  UserRecord,
} from "./records.js";

const iso = (ms: number): string => new Date(ms).toISOString();

/** Copies the fields that are set (a view has no `undefined` members). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function keyStatus(record: KeyRecord, now: number): Key["status"] {
  if (record.revokedAt !== undefined) return "revoked";
  if (record.expiresAt !== undefined && record.expiresAt <= now) return "expired";
  return "active";
}

export function keyView(record: KeyRecord, now: number): Key {
  const previous = record.secrets.slice(1).find((s) => s.validUntil !== undefined && s.validUntil > now);
  return defined({
    id: record.id,
    name: record.name,
    hint: record.secrets[0]?.hint ?? "",
    status: keyStatus(record, now),
    team: record.team,
    user: record.user,
    models: record.models,
    endpoints: record.endpoints,
    configs: record.configs,
    defaultConfig: record.defaultConfig,
    expiresAt: record.expiresAt === undefined ? undefined : iso(record.expiresAt),
    metadata: record.metadata,
    limits: record.limits,
    budget: record.budget,
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
    rotatedAt: record.rotatedAt === undefined ? undefined : iso(record.rotatedAt),
    revokedAt: record.revokedAt === undefined ? undefined : iso(record.revokedAt),
    previousSecretValidUntil: previous?.validUntil === undefined ? undefined : iso(previous.validUntil),
  });
}

export function teamView(record: TeamRecord): Team {
  return defined({ ...record, createdAt: iso(record.createdAt), updatedAt: iso(record.updatedAt) });
}

export function userView(record: UserRecord): User {
  return defined({ ...record, createdAt: iso(record.createdAt), updatedAt: iso(record.updatedAt) });
}

export function credentialView(record: CredentialRecord): Credential {
  return defined({
    name: record.id,
    provider: record.provider,
    masterKeyId: record.masterKeyId,
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
  });
}

export function tokenView(record: AdminTokenRecord): Token {
  return {
    id: record.id,
    name: record.name,
    role: record.role,
    hint: record.hint,
    createdAt: iso(record.createdAt),
  };
}

export function auditView(record: AuditRecord): AuditEntry {
  return {
    id: record.id,
    at: iso(record.at),
    actor: defined({ ...record.actor }),
    action: record.action,
    target: record.target,
    diff: record.diff,
  };
}

/** Fields that say when, not what: left out of diffs. */
const BOOKKEEPING = new Set(["updatedAt", "createdAt", "status", "previousSecretValidUntil"]);

/** Each field of two views that differs, before and after (`null` for absent). */
export function diffViews(
  before: object | undefined,
  after: object | undefined,
): Record<string, { from: JsonValue; to: JsonValue }> {
  const from = (before ?? {}) as Record<string, JsonValue>;
  const to = (after ?? {}) as Record<string, JsonValue>;
  const diff: Record<string, { from: JsonValue; to: JsonValue }> = {};
  for (const field of new Set([...Object.keys(from), ...Object.keys(to)])) {
    if (BOOKKEEPING.has(field)) continue;
    const a = from[field] ?? null;
    const b = to[field] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) diff[field] = { from: a, to: b };
  }
  return diff;
}
