/**
 * Every change the admin API makes: written to the store of record, logged in the audit log with
 * who made it and a diff without secrets, applied to this instance's memory, then announced on
 * the bus so every other instance reloads that entity. The checks that need more than a schema
 * (a team that must exist, a revoked key that cannot be rotated) are here.
 */
import { type AdminCaller, type Bus, type Clock, GatewayError, type Logger } from "@aigw/plugin-api";
import type {
  Credential,
  CredentialPut,
  Key,
  KeyCreate,
  KeyRotate,
  KeyUpdate,
  Team,
  TeamCreate,
  TeamUpdate,
  Token,
  TokenCreate,
  User,
  UserCreate,
  UserUpdate,
} from "./config.gen.js";
import type { Directory } from "./directory.js";
import type { AuditRecord, EntityKind, EntityKinds, KeyRecord, TeamRecord, UserRecord } from "./records.js";
import { hashSecret, hintOf, newAdminToken, newId, newKeySecret } from "./secrets.js";
import type { RecordStore } from "./store/store.js";
import { open, seal } from "./vault/cipher.js";
import type { Keyring } from "./vault/keyring.js";
import { credentialView, diffViews, keyView, teamView, tokenView, userView } from "./views.js";

/** What the bus carries: which entity changed (every instance reloads it from the store). */
export interface ChangeMessage {
  kind: EntityKind;
  id: string;
}

export interface ChangesOptions {
  store: RecordStore;
  directory: Directory;
  bus: Bus;
  channel: string;
  clock: Clock;
  logger: Logger;
  keyring: Keyring | undefined;
  masterKeyEnv: string;
  maxRotationGraceSeconds: number;
}

const CREDENTIAL_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

function notFound(what: string, id: string): GatewayError {
  return new GatewayError("not_found", `No ${what} "${id}".`);
}

function conflict(message: string): GatewayError {
  return new GatewayError("conflict", message);
}

function badField(param: string, message: string): GatewayError {
  return new GatewayError("invalid_request", message, { param });
}

/** `{ a: null }` -> `{ a: undefined }`: a patch's null clears the field. */
function cleared<T extends object>(patch: T): { [K in keyof T]: Exclude<T[K], null> | undefined } {
  return Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v === null ? undefined : v])) as {
    [K in keyof T]: Exclude<T[K], null> | undefined;
  };
}

export class Changes {
  constructor(private readonly options: ChangesOptions) {}

  private get directory(): Directory {
    return this.options.directory;
  }

  private now(): number {
    return this.options.clock.now();
  }

  /** Writes, audits, applies here, announces everywhere. */
  private async commit<K extends EntityKind>(
    kind: K,
    id: string,
    entity: EntityKinds[K] | undefined,
    audit: { actor: AdminCaller; action: string; diff: AuditRecord["diff"] },
  ): Promise<void> {
    const { store, directory, bus, channel, logger } = this.options;
    if (entity) await store.put(kind, entity);
    else await store.remove(kind, id);
    await store.appendAudit({
      at: this.now(),
      actor: {
        id: audit.actor.id,
        role: audit.actor.role,
        ...(audit.actor.name ? { name: audit.actor.name } : {}),
      },
      action: audit.action,
      target: { type: kind, id },
      diff: audit.diff,
    });
    directory.apply(kind, id, entity, directory.nextSequence());
    logger.info({ action: audit.action, target: id, actor: audit.actor.id }, "admin change");
    const message: ChangeMessage = { kind, id };
    try {
      await bus.publish(channel, JSON.stringify(message));
    } catch (error) {
      // Stored and applied here: the other instances pick it up at their next full reload.
      logger.error(
        { kind, id, reason: error instanceof Error ? error.message : String(error) },
        "a change could not be announced on the bus; other instances see it at their next full reload",
      );
    }
  }

  private requireOwners(team: string | undefined, user: string | undefined): void {
    if (team !== undefined && !this.directory.teams.has(team))
      throw badField("team", `No team "${team}": create it first (POST /admin/teams).`);
    if (user !== undefined && !this.directory.users.has(user))
      throw badField("user", `No user "${user}": create it first (POST /admin/users).`);
  }

  private parseTime(param: string, value: string | undefined): number | undefined {
    if (value === undefined) return undefined;
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) throw badField(param, `${param} is not a valid RFC 3339 time.`);
    return ms;
  }

  private key(id: string): KeyRecord {
    const entry = this.directory.keys.get(id);
    if (!entry) throw notFound("key", id);
    return entry.record;
  }

  async createKey(input: KeyCreate, actor: AdminCaller): Promise<Key> {
    this.requireOwners(input.team, input.user);
    const now = this.now();
    const secret = newKeySecret();
    const record: KeyRecord = {
      ...input,
      id: newId("key", now),
      secrets: [{ hash: hashSecret(secret), hint: hintOf(secret) }],
      expiresAt: this.parseTime("expiresAt", input.expiresAt),
      createdAt: now,
      updatedAt: now,
    };
    const view = keyView(record, now);
    await this.commit("key", record.id, record, {
      actor,
      action: "key.create",
      diff: diffViews(undefined, view),
    });
    return { ...view, key: secret };
  }

  async updateKey(id: string, patch: KeyUpdate, actor: AdminCaller): Promise<Key> {
    const before = this.key(id);
    if (before.revokedAt !== undefined)
      throw conflict(`Key "${id}" is revoked: it can no longer be changed.`);
    const changes = cleared(patch);
    this.requireOwners(changes.team, changes.user);
    const now = this.now();
    const after: KeyRecord = {
      ...before,
      ...changes,
      expiresAt: "expiresAt" in patch ? this.parseTime("expiresAt", changes.expiresAt) : before.expiresAt,
      updatedAt: now,
    };
    const diff = diffViews(keyView(before, now), keyView(after, now));
    await this.commit("key", id, after, { actor, action: "key.update", diff });
    return keyView(after, now);
  }

  /**
   * A new secret for the key. The old one stops at once, or after `graceSeconds` (clients
   * switch over meanwhile); secrets of earlier rotations whose grace has ended are dropped.
   */
  async rotateKey(id: string, input: KeyRotate, actor: AdminCaller): Promise<Key> {
    const before = this.key(id);
    if (before.revokedAt !== undefined) throw conflict(`Key "${id}" is revoked: it cannot be rotated.`);
    const grace = input.graceSeconds ?? 0;
    if (grace > this.options.maxRotationGraceSeconds)
      throw badField("graceSeconds", `graceSeconds may be at most ${this.options.maxRotationGraceSeconds}.`);
    const now = this.now();
    const secret = newKeySecret();
    const current = before.secrets[0]!;
    const stillValid = before.secrets
      .slice(1)
      .filter((s) => s.validUntil !== undefined && s.validUntil > now);
    const after: KeyRecord = {
      ...before,
      secrets: [
        { hash: hashSecret(secret), hint: hintOf(secret) },
        ...(grace > 0 ? [{ hash: current.hash, hint: current.hint, validUntil: now + grace * 1000 }] : []),
        ...(grace > 0 ? stillValid : []),
      ],
      rotatedAt: now,
      updatedAt: now,
    };
    await this.commit("key", id, after, {
      actor,
      action: "key.rotate",
      diff: { hint: { from: current.hint, to: hintOf(secret) }, graceSeconds: { from: null, to: grace } },
    });
    return { ...keyView(after, now), key: secret };
  }

  /** Revokes for good (the key stays listed, with its status); revoking twice changes nothing. */
  async revokeKey(id: string, actor: AdminCaller): Promise<Key> {
    const before = this.key(id);
    const now = this.now();
    if (before.revokedAt !== undefined) return keyView(before, now);
    const after: KeyRecord = { ...before, revokedAt: now, updatedAt: now };
    await this.commit("key", id, after, {
      actor,
      action: "key.revoke",
      diff: diffViews(keyView(before, now), keyView(after, now)),
    });
    return keyView(after, now);
  }

  async createTeam(input: TeamCreate, actor: AdminCaller): Promise<Team> {
    const now = this.now();
    const id = input.id ?? newId("team", now);
    if (this.directory.teams.has(id)) throw conflict(`Team "${id}" already exists.`);
    const record: TeamRecord = { ...input, id, createdAt: now, updatedAt: now };
    await this.commit("team", id, record, {
      actor,
      action: "team.create",
      diff: diffViews(undefined, teamView(record)),
    });
    return teamView(record);
  }

  async updateTeam(id: string, patch: TeamUpdate, actor: AdminCaller): Promise<Team> {
    const before = this.directory.teams.get(id);
    if (!before) throw notFound("team", id);
    const after: TeamRecord = { ...before, ...cleared(patch), updatedAt: this.now() };
    await this.commit("team", id, after, {
      actor,
      action: "team.update",
      diff: diffViews(teamView(before), teamView(after)),
    });
    return teamView(after);
  }

  async deleteTeam(id: string, actor: AdminCaller): Promise<void> {
    const before = this.directory.teams.get(id);
    if (!before) throw notFound("team", id);
    const keys = [...this.directory.keys.values()].filter(
      (e) => e.record.team === id && e.record.revokedAt === undefined,
    ).length;
    const users = [...this.directory.users.values()].filter((u) => u.team === id).length;
    if (keys > 0 || users > 0)
      throw conflict(
        `Team "${id}" still has ${keys} active key(s) and ${users} user(s): revoke or move them first.`,
      );
    await this.commit("team", id, undefined, {
      actor,
      action: "team.delete",
      diff: diffViews(teamView(before), undefined),
    });
  }

  async createUser(input: UserCreate, actor: AdminCaller): Promise<User> {
    this.requireOwners(input.team, undefined);
    const now = this.now();
    const id = input.id ?? newId("user", now);
    if (this.directory.users.has(id)) throw conflict(`User "${id}" already exists.`);
    const record: UserRecord = { ...input, id, createdAt: now, updatedAt: now };
    await this.commit("user", id, record, {
      actor,
      action: "user.create",
      diff: diffViews(undefined, userView(record)),
    });
    return userView(record);
  }

  async updateUser(id: string, patch: UserUpdate, actor: AdminCaller): Promise<User> {
    const before = this.directory.users.get(id);
    if (!before) throw notFound("user", id);
    const changes = cleared(patch);
    this.requireOwners(changes.team, undefined);
    const after: UserRecord = { ...before, ...changes, updatedAt: this.now() };
    await this.commit("user", id, after, {
      actor,
      action: "user.update",
      diff: diffViews(userView(before), userView(after)),
    });
    return userView(after);
  }

  async deleteUser(id: string, actor: AdminCaller): Promise<void> {
    const before = this.directory.users.get(id);
    if (!before) throw notFound("user", id);
    const keys = [...this.directory.keys.values()].filter(
      (e) => e.record.user === id && e.record.revokedAt === undefined,
    ).length;
    if (keys > 0) throw conflict(`User "${id}" still has ${keys} active key(s): revoke or move them first.`);
    await this.commit("user", id, undefined, {
      actor,
      action: "user.delete",
      diff: diffViews(userView(before), undefined),
    });
  }

  private requireKeyring(): Keyring {
    const keyring = this.options.keyring;
    if (!keyring)
      throw new GatewayError(
        "store_unavailable",
        `The vault is closed: set ${this.options.masterKeyEnv} on the gateway to 32 random bytes as base64 (\`openssl rand -base64 32\`) and restart it to store credentials.`,
      );
    return keyring;
  }

  /** Stores (or replaces) a credential, encrypted under the primary master key. */
  async putCredential(
    name: string,
    input: CredentialPut,
    actor: AdminCaller,
  ): Promise<{ credential: Credential; created: boolean }> {
    if (!CREDENTIAL_NAME.test(name))
      throw badField("name", "A credential name is letters, digits, `_`, `.` and `-` (at most 128).");
    const keyring = this.requireKeyring();
    const now = this.now();
    const before = this.directory.credentials.get(name);
    const record = {
      id: name,
      ...(input.provider ? { provider: input.provider } : {}),
      ...seal(input.value, name, keyring.primary),
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
    };
    const diff = diffViews(before && credentialView(before), credentialView(record));
    // The value itself changed, though the diff cannot say to what.
    diff["value"] = { from: before ? "(set)" : null, to: "(set)" };
    await this.commit("credential", name, record, {
      actor,
      action: before ? "credential.replace" : "credential.create",
      diff,
    });
    return { credential: credentialView(record), created: !before };
  }

  async deleteCredential(name: string, actor: AdminCaller): Promise<void> {
    const before = this.directory.credentials.get(name);
    if (!before) throw notFound("credential", name);
    await this.commit("credential", name, undefined, {
      actor,
      action: "credential.delete",
      diff: diffViews(credentialView(before), undefined),
    });
  }

  /**
   * Re-encrypts every credential that is not under the primary master key yet. Each is
   * rewritten on its own, and instances keep serving the decrypted value they hold meanwhile,
   * so requests never see a gap.
   */
  async reencryptCredentials(
    actor: AdminCaller,
  ): Promise<{ masterKeyId: string; reencrypted: string[]; failed: { name: string; reason: string }[] }> {
    const keyring = this.requireKeyring();
    const reencrypted: string[] = [];
    const failed: { name: string; reason: string }[] = [];
    for (const record of [...this.directory.credentials.values()]) {
      if (record.masterKeyId === keyring.primary.id) continue;
      let value: string;
      try {
        value = open(record, record.id, keyring);
      } catch (error) {
        failed.push({
          name: record.id,
          reason: error instanceof Error ? error.message : "decryption failed",
        });
        continue;
      }
      const after = { ...record, ...seal(value, record.id, keyring.primary), updatedAt: this.now() };
      await this.commit("credential", record.id, after, {
        actor,
        action: "credential.reencrypt",
        diff: { masterKeyId: { from: record.masterKeyId, to: keyring.primary.id } },
      });
      reencrypted.push(record.id);
    }
    return { masterKeyId: keyring.primary.id, reencrypted, failed };
  }

  async createToken(input: TokenCreate, actor: AdminCaller): Promise<Token> {
    const now = this.now();
    const secret = newAdminToken();
    const record = {
      id: newId("tok", now),
      name: input.name,
      role: input.role,
      hash: hashSecret(secret),
      hint: hintOf(secret),
      createdAt: now,
    };
    await this.commit("token", record.id, record, {
      actor,
      action: "token.create",
      diff: diffViews(undefined, tokenView(record)),
    });
    return { ...tokenView(record), token: secret };
  }

  async deleteToken(id: string, actor: AdminCaller): Promise<void> {
    const before = this.directory.tokens.get(id);
    if (!before) throw notFound("admin token", id);
    await this.commit("token", id, undefined, {
      actor,
      action: "token.delete",
      diff: diffViews(tokenView(before), undefined),
    });
  }
}
