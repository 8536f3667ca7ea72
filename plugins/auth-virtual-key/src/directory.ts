/**
 * Everything requests and admin reads need, in memory: keys by the hash of each secret they
 * accept, teams, users, admin tokens by hash, and the vault's credentials decrypted. The store
 * of record feeds it (everything at boot and on each full reload, one entity when the bus says
 * it changed); nothing here waits on I/O, so a request's lookup is a hash and a Map get.
 *
 * Loads can finish out of order (a full reload started before an entity's reload may end after
 * it). Each load carries a sequence number taken when it started, and an entity keeps the
 * number of the load it came from: an older load never overwrites what a newer one applied.
 */
import type { AdminCaller, JsonValue, Logger, Principal, QuotaPolicy } from "@aigw/plugin-api";
import type { Budget, Limits } from "./config.gen.js";
import {
  type AdminTokenRecord,
  type CredentialRecord,
  ENTITY_KINDS,
  type EntityKind,
  type EntityKinds,
  type KeyRecord,
  type Snapshot,
  type TeamRecord,
  type UserRecord,
} from "./records.js";
import { open, VaultError } from "./vault/cipher.js";
import type { Keyring } from "./vault/keyring.js";

/** A key prepared for the checks of each request. */
export interface KeyEntry {
  readonly record: KeyRecord;
  /** Undefined: any model. */
  readonly exactModels: ReadonlySet<string> | undefined;
  readonly modelPrefixes: readonly string[];
  readonly endpoints: ReadonlySet<string> | undefined;
  /** The configs a request may select (the default config included); undefined: any. */
  readonly configs: ReadonlySet<string> | undefined;
  principal: Principal | undefined;
  /** The directory's owner version the principal was built at (teams and users change it). */
  principalVersion: number;
}

/** What a presented secret resolves to. */
export type Lookup =
  | { readonly kind: "ok"; readonly entry: KeyEntry }
  | { readonly kind: "unknown" | "revoked" | "expired" | "rotated" };

const UNKNOWN: Lookup = { kind: "unknown" };
const REVOKED: Lookup = { kind: "revoked" };
const EXPIRED: Lookup = { kind: "expired" };
const ROTATED: Lookup = { kind: "rotated" };

interface SecretSlot {
  readonly entry: KeyEntry;
  readonly validUntil: number | undefined;
}

export class Directory {
  readonly keys = new Map<string, KeyEntry>();
  readonly teams = new Map<string, TeamRecord>();
  readonly users = new Map<string, UserRecord>();
  readonly credentials = new Map<string, CredentialRecord>();
  readonly tokens = new Map<string, AdminTokenRecord>();
  private readonly bySecret = new Map<string, SecretSlot>();
  private readonly tokensByHash = new Map<string, AdminTokenRecord>();
  private readonly plaintexts = new Map<string, string>();
  /** Per `kind:id`, the sequence number of the load that last set it. */
  private readonly appliedAt = new Map<string, number>();
  /** Bumped when a team or user changes: principals built before are rebuilt on next use. */
  private ownerVersion = 0;
  private sequence = 0;

  constructor(
    private keyring: Keyring | undefined,
    private readonly logger: Logger,
  ) {}

  /** A number for a load about to start; later loads get larger ones. */
  nextSequence(): number {
    return ++this.sequence;
  }

  /** Resolves a secret's hash at `now` (epoch ms). */
  lookup(hash: string, now: number): Lookup {
    const slot = this.bySecret.get(hash);
    if (!slot) return UNKNOWN;
    const record = slot.entry.record;
    if (record.revokedAt !== undefined) return REVOKED;
    if (record.expiresAt !== undefined && record.expiresAt <= now) return EXPIRED;
    if (slot.validUntil !== undefined && slot.validUntil <= now) return ROTATED;
    return { kind: "ok", entry: slot.entry };
  }

  /** The principal of a key's requests (shared: callers copy it before handing it out). */
  principalOf(entry: KeyEntry): Principal {
    if (entry.principal && entry.principalVersion === this.ownerVersion) return entry.principal;
    entry.principal = this.buildPrincipal(entry.record);
    entry.principalVersion = this.ownerVersion;
    return entry.principal;
  }

  /** A credential's plaintext, for providers (`services.credentials`). */
  credential(name: string): string | undefined {
    return this.plaintexts.get(name);
  }

  /** Who holds an admin token (`services.admins`). */
  adminToken(hash: string): AdminCaller | undefined {
    const token = this.tokensByHash.get(hash);
    return token && { id: token.id, role: token.role, name: token.name };
  }

  /** Replaces the keyring (after a rotation of master keys in tests; instances read it at boot). */
  setKeyring(keyring: Keyring | undefined): void {
    this.keyring = keyring;
  }

  /** Applies one entity as loaded by the load numbered `sequence` (undefined: it is gone). */
  apply<K extends EntityKind>(
    kind: K,
    id: string,
    entity: EntityKinds[K] | undefined,
    sequence: number,
  ): boolean {
    const slot = `${kind}:${id}`;
    if ((this.appliedAt.get(slot) ?? 0) > sequence) return false;
    this.appliedAt.set(slot, sequence);
    this.set(kind, id, entity);
    return true;
  }

  /** Applies a full snapshot taken by the load numbered `sequence`. */
  applySnapshot(snapshot: Snapshot, sequence: number): void {
    for (const kind of ENTITY_KINDS) {
      const seen = new Set<string>();
      for (const entity of snapshot[kind]) {
        seen.add(entity.id);
        this.apply(kind, entity.id, entity as EntityKinds[typeof kind], sequence);
      }
      for (const id of [...this.idsOf(kind)]) if (!seen.has(id)) this.apply(kind, id, undefined, sequence);
    }
  }

  private idsOf(kind: EntityKind): Iterable<string> {
    switch (kind) {
      case "key":
        return this.keys.keys();
      case "team":
        return this.teams.keys();
      case "user":
        return this.users.keys();
      case "credential":
        return this.credentials.keys();
      case "token":
        return this.tokens.keys();
    }
  }

  private set<K extends EntityKind>(kind: K, id: string, entity: EntityKinds[K] | undefined): void {
    switch (kind) {
      case "key":
        this.setKey(id, entity as KeyRecord | undefined);
        return;
      case "team":
        this.ownerVersion++;
        if (entity) this.teams.set(id, entity as TeamRecord);
        else this.teams.delete(id);
        return;
      case "user":
        this.ownerVersion++;
        if (entity) this.users.set(id, entity as UserRecord);
        else this.users.delete(id);
        return;
      case "credential":
        this.setCredential(id, entity as CredentialRecord | undefined);
        return;
      case "token":
        this.setToken(id, entity as AdminTokenRecord | undefined);
        return;
    }
  }

  private setKey(id: string, record: KeyRecord | undefined): void {
    const previous = this.keys.get(id);
    if (previous) for (const secret of previous.record.secrets) this.bySecret.delete(secret.hash);
    if (!record) {
      this.keys.delete(id);
      return;
    }
    const models = record.models;
    const entry: KeyEntry = {
      record,
      exactModels: models && new Set(models.filter((m) => !m.endsWith("*"))),
      modelPrefixes: models ? models.filter((m) => m.endsWith("*")).map((m) => m.slice(0, -1)) : [],
      endpoints: record.endpoints && new Set(record.endpoints),
      configs:
        record.configs &&
        new Set([...record.configs, ...(record.defaultConfig ? [record.defaultConfig] : [])]),
      principal: undefined,
      principalVersion: -1,
    };
    this.keys.set(id, entry);
    for (const secret of record.secrets)
      this.bySecret.set(secret.hash, { entry, validUntil: secret.validUntil });
  }

  private setCredential(id: string, record: CredentialRecord | undefined): void {
    if (!record) {
      this.credentials.delete(id);
      this.plaintexts.delete(id);
      return;
    }
    this.credentials.set(id, record);
    if (!this.keyring) {
      this.logger.warn(
        { credential: id },
        "a stored credential cannot be decrypted: no master key is set (AIGW_MASTER_KEY)",
      );
      return;
    }
    try {
      this.plaintexts.set(id, open(record, id, this.keyring));
    } catch (error) {
      // Keep serving the value already in memory (a rotation this instance's keyring does not
      // know yet): requests go on, and the warning says what to fix.
      this.logger.warn(
        { credential: id, reason: error instanceof VaultError ? error.message : "decryption failed" },
        "a stored credential could not be decrypted; the value in memory, if any, stays in use",
      );
    }
  }

  private setToken(id: string, record: AdminTokenRecord | undefined): void {
    const previous = this.tokens.get(id);
    if (previous) this.tokensByHash.delete(previous.hash);
    if (!record) {
      this.tokens.delete(id);
      return;
    }
    this.tokens.set(id, record);
    this.tokensByHash.set(record.hash, record);
  }

  private buildPrincipal(record: KeyRecord): Principal {
    const quotas: QuotaPolicy[] = [policy("key", record.id, record)];
    if (record.team !== undefined) quotas.push(policy("team", record.team, this.teams.get(record.team)));
    if (record.user !== undefined) quotas.push(policy("user", record.user, this.users.get(record.user)));
    return {
      keyId: record.id,
      ...(record.team !== undefined ? { team: record.team } : {}),
      ...(record.user !== undefined ? { user: record.user } : {}),
      // Metadata arrived as JSON (validated by its schema), so its values are JSON values.
      ...(record.metadata ? { attributes: record.metadata as Record<string, JsonValue> } : {}),
      quotas,
    };
  }
}

function policy(
  scope: QuotaPolicy["scope"],
  id: string,
  owner: { limits?: Limits | undefined; budget?: Budget | undefined } | undefined,
): QuotaPolicy {
  return { scope, id, ...owner?.limits, ...(owner?.budget ? { budget: owner.budget } : {}) };
}
