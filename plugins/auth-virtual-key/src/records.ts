/**
 * What the store of record keeps, one JSON document per entity: keys (with the hashes of their
 * secrets, never a secret), teams, users, credentials (ciphertext), admin tokens (hashed), and
 * the audit log. Every instance loads them into memory (directory.ts); the admin API shows them
 * through views.ts, which leave the hashes out.
 */
import type { AdminRole, JsonValue } from "@aigw/plugin-api";
import type { Budget, Endpoint, Limits, Metadata } from "./config.gen.js";

/** One secret a key accepts: the current one, or an old one during a rotation's grace period. */
export interface KeySecret {
  hash: string;
  hint: string;
  /** Epoch ms after which this secret is refused (old secrets only). */
  validUntil?: number | undefined;
}

export interface KeyRecord {
  id: string;
  name: string;
  /** The current secret first, then old ones still in their grace period. */
  secrets: KeySecret[];
  team?: string | undefined;
  user?: string | undefined;
  models?: string[] | undefined;
  endpoints?: Endpoint[] | undefined;
  configs?: string[] | undefined;
  defaultConfig?: string | undefined;
  /** Epoch ms. */
  expiresAt?: number | undefined;
  metadata?: Metadata | undefined;
  limits?: Limits | undefined;
  budget?: Budget | undefined;
  createdAt: number;
  updatedAt: number;
  rotatedAt?: number | undefined;
  revokedAt?: number | undefined;
}

export interface TeamRecord {
  id: string;
  name?: string | undefined;
  metadata?: Metadata | undefined;
  limits?: Limits | undefined;
  budget?: Budget | undefined;
  createdAt: number;
  updatedAt: number;
}

export interface UserRecord {
  id: string;
  name?: string | undefined;
  email?: string | undefined;
  team?: string | undefined;
  metadata?: Metadata | undefined;
  limits?: Limits | undefined;
  budget?: Budget | undefined;
  createdAt: number;
  updatedAt: number;
}

/** A provider credential, encrypted with AES-256-GCM (vault/cipher.ts). */
export interface CredentialRecord {
  /** The name provider nodes refer to (`credential: <name>`). */
  id: string;
  provider?: string | undefined;
  /** The master key it is encrypted with. */
  masterKeyId: string;
  /** Base64: the 96-bit IV, the 128-bit authentication tag, the ciphertext. */
  iv: string;
  tag: string;
  ciphertext: string;
  createdAt: number;
  updatedAt: number;
}

export interface AdminTokenRecord {
  id: string;
  name: string;
  role: AdminRole;
  hash: string;
  hint: string;
  createdAt: number;
}

/** Each kind of entity by the name the store, the bus and the audit log use. */
export interface EntityKinds {
  key: KeyRecord;
  team: TeamRecord;
  user: UserRecord;
  credential: CredentialRecord;
  token: AdminTokenRecord;
}

export type EntityKind = keyof EntityKinds;

export const ENTITY_KINDS: readonly EntityKind[] = ["key", "team", "user", "credential", "token"];

/** Everything the store of record holds but the audit log. */
export type Snapshot = { [K in EntityKind]: EntityKinds[K][] };

/** One change in the audit log. */
export interface AuditRecord {
  id: string;
  /** Epoch ms. */
  at: number;
  actor: { id: string; role: AdminRole; name?: string | undefined };
  /** `<kind>.<verb>`, e.g. `key.create`, `key.rotate`, `vault.reencrypt`. */
  action: string;
  target: { type: EntityKind | "vault"; id: string };
  diff: Record<string, { from: JsonValue; to: JsonValue }>;
}

/** Filters and page of an audit query; entries come newest first. */
export interface AuditQuery {
  actor?: string | undefined;
  action?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  /** Epoch ms bounds, inclusive. */
  since?: number | undefined;
  until?: number | undefined;
  /** Entries numbered below this id (the previous page's last). */
  before?: string | undefined;
  limit: number;
}
