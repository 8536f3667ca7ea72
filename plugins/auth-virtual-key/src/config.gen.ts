// GENERATED FILE - do not edit. Source: plugins/auth-virtual-key/schema/config.json. Regenerate with `pnpm gen`.

/**
 * A team's or user's id, chosen by the operator.
 *
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "EntityId".
 */
export type EntityId = string;
/**
 * A model id, or a prefix ending in `*` (`gpt-4o*`).
 *
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "ModelPattern".
 */
export type ModelPattern = string;
/**
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "Endpoint".
 */
export type Endpoint =
  | "chat.completions"
  | "completions"
  | "embeddings"
  | "images.generations"
  | "audio.speech"
  | "audio.transcriptions"
  | "moderations";
/**
 * The name of one of the gateway's named configs.
 *
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "ConfigName".
 */
export type ConfigName = string;

/**
 * Authenticates every request by its virtual key (`Authorization: Bearer`, `api-key` or `x-api-key`), checks what the key may use, and sets the request's principal (key, team, user, metadata, limits and budgets). Keeps teams, users, admin tokens and a vault of provider credentials encrypted with AES-256-GCM, and serves the admin API under /admin. Memory is the store of record unless `postgres` is set.
 */
export interface VirtualKeyAuthConfig {
  /**
   * Keep keys, teams, users, credentials, admin tokens and the audit log in PostgreSQL (tables created by migrations at start). Without it they live in this process's memory and are lost at restart.
   */
  postgres?: {
    /**
     * A libpq connection URI. Prefer `urlEnv` to keep the password out of the config file. Never logged.
     */
    url?: string;
    /**
     * The environment variable holding the connection URI, read at boot when `url` is not set.
     */
    urlEnv?: string;
    /**
     * The PostgreSQL schema holding the tables; created when missing.
     */
    schema?: string;
    /**
     * Connections in the pool (used by admin changes and reloads only: requests never query the database).
     */
    poolSize?: number;
  };
  /**
   * The environment variable holding the vault's primary master key: 32 bytes as base64 or hex (`openssl rand -base64 32`). Without it, stored credentials cannot be written or read.
   */
  masterKeyEnv?: string;
  /**
   * The environment variable holding earlier master keys (comma-separated), still accepted for decryption while credentials are re-encrypted under the primary.
   */
  previousMasterKeysEnv?: string;
  /**
   * At start, re-encrypt every credential stored under an earlier master key with the primary one.
   */
  reencryptAtBoot?: boolean;
  /**
   * The bus channel on which changes are announced to every gateway instance.
   */
  channel?: string;
  /**
   * How often everything is reloaded from the store of record, in case an announcement was missed.
   */
  reloadIntervalMs?: number;
  /**
   * The longest grace period a key rotation may keep the old secret working for.
   */
  maxRotationGraceSeconds?: number;
}
/**
 * The admin API's request and answer bodies (schema/admin.json), listed here so that their types are generated with the config's. Not part of a node's config.
 *
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "AdminPayloads".
 */
export interface AdminPayloads {
  keyCreate?: KeyCreate;
  keyUpdate?: KeyUpdate;
  keyRotate?: KeyRotate;
  key?: Key;
  teamCreate?: TeamCreate;
  teamUpdate?: TeamUpdate;
  team?: Team;
  userCreate?: UserCreate;
  userUpdate?: UserUpdate;
  user?: User;
  credentialPut?: CredentialPut;
  credential?: Credential;
  tokenCreate?: TokenCreate;
  token?: Token;
  auditEntry?: AuditEntry;
  reencryption?: Reencryption;
}
/**
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "KeyCreate".
 */
export interface KeyCreate {
  name: string;
  team?: EntityId;
  user?: EntityId;
  /**
   * The models the key may ask for; unset: any.
   *
   * @maxItems 500
   */
  models?: ModelPattern[];
  /**
   * The endpoints the key may call; unset: any.
   */
  endpoints?: Endpoint[];
  /**
   * The named configs a request with this key may select (its default config is always allowed); unset: any.
   *
   * @maxItems 100
   */
  configs?: ConfigName[];
  /**
   * The name of one of the gateway's named configs.
   */
  defaultConfig?: string;
  /**
   * When the key stops working (RFC 3339).
   */
  expiresAt?: string;
  metadata?: Metadata;
  limits?: Limits;
  budget?: Budget;
}
/**
 * Free-form facts; a key's metadata becomes the request principal's attributes, which routers, guardrails and logs read.
 *
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "Metadata".
 */
export interface Metadata {
  [k: string]: unknown;
}
/**
 * Rate limits of a key, team or user; a limits plugin enforces them.
 *
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "Limits".
 */
export interface Limits {
  requestsPerMinute?: number;
  requestsPerDay?: number;
  /**
   * Prompt and completion tokens together.
   */
  tokensPerMinute?: number;
  tokensPerDay?: number;
}
/**
 * A spending cap in US dollars over a period (`total`: since the key, team or user was created).
 *
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "Budget".
 */
export interface Budget {
  limitUsd: number;
  period: "daily" | "monthly" | "total";
  /**
   * Fractions of the cap at which a soft alert fires.
   *
   * @maxItems 10
   */
  alertAt?:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number]
    | [number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number]
    | [number, number, number, number, number, number, number, number, number, number];
}
/**
 * The fields to change; `null` clears one.
 *
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "KeyUpdate".
 */
export interface KeyUpdate {
  name?: string;
  team?: EntityId | null;
  user?: EntityId | null;
  models?: ModelPattern[] | null;
  endpoints?: Endpoint[] | null;
  configs?: ConfigName[] | null;
  defaultConfig?: ConfigName | null;
  expiresAt?: string | null;
  metadata?: Metadata | null;
  limits?: Limits | null;
  budget?: Budget | null;
}
/**
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "KeyRotate".
 */
export interface KeyRotate {
  /**
   * How long the old secret keeps working beside the new one (0, the default: it stops at once).
   */
  graceSeconds?: number;
}
/**
 * A virtual key as the admin API shows it: never its secret, except `key` in the answer that created or rotated it.
 *
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "Key".
 */
export interface Key {
  id: string;
  name: string;
  /**
   * The secret: only in the answer that created or rotated the key.
   */
  key?: string;
  /**
   * The secret's last four characters.
   */
  hint: string;
  status: "active" | "revoked" | "expired";
  team?: string;
  user?: string;
  models?: string[];
  endpoints?: Endpoint[];
  configs?: string[];
  defaultConfig?: string;
  expiresAt?: string;
  metadata?: Metadata;
  limits?: Limits;
  budget?: Budget;
  createdAt: string;
  updatedAt: string;
  rotatedAt?: string;
  revokedAt?: string;
  /**
   * While a rotation's grace period runs: when the old secret stops working.
   */
  previousSecretValidUntil?: string;
}
/**
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "TeamCreate".
 */
export interface TeamCreate {
  /**
   * A team's or user's id, chosen by the operator.
   */
  id?: string;
  name?: string;
  metadata?: Metadata;
  limits?: Limits;
  budget?: Budget;
}
/**
 * The fields to change; `null` clears one.
 *
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "TeamUpdate".
 */
export interface TeamUpdate {
  name?: string | null;
  metadata?: Metadata | null;
  limits?: Limits | null;
  budget?: Budget | null;
}
/**
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "Team".
 */
export interface Team {
  id: string;
  name?: string;
  metadata?: Metadata;
  limits?: Limits;
  budget?: Budget;
  createdAt: string;
  updatedAt: string;
}
/**
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "UserCreate".
 */
export interface UserCreate {
  /**
   * A team's or user's id, chosen by the operator.
   */
  id?: string;
  name?: string;
  email?: string;
  team?: EntityId;
  metadata?: Metadata;
  limits?: Limits;
  budget?: Budget;
}
/**
 * The fields to change; `null` clears one.
 *
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "UserUpdate".
 */
export interface UserUpdate {
  name?: string | null;
  email?: string | null;
  team?: EntityId | null;
  metadata?: Metadata | null;
  limits?: Limits | null;
  budget?: Budget | null;
}
/**
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "User".
 */
export interface User {
  id: string;
  name?: string;
  email?: string;
  team?: string;
  metadata?: Metadata;
  limits?: Limits;
  budget?: Budget;
  createdAt: string;
  updatedAt: string;
}
/**
 * A provider credential to store under the name in the path (write-only: never shown again).
 *
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "CredentialPut".
 */
export interface CredentialPut {
  /**
   * The secret (an API key, a service account's JSON...).
   */
  value: string;
  /**
   * Which provider it is for, as a reminder.
   */
  provider?: string;
}
/**
 * A stored credential's metadata; the value is never shown.
 *
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "Credential".
 */
export interface Credential {
  name: string;
  provider?: string;
  /**
   * The id of the master key it is encrypted with.
   */
  masterKeyId: string;
  createdAt: string;
  updatedAt: string;
}
/**
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "TokenCreate".
 */
export interface TokenCreate {
  name: string;
  role: "viewer" | "editor" | "admin";
}
/**
 * An admin token: never its secret, except `token` in the answer that created it.
 *
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "Token".
 */
export interface Token {
  id: string;
  name: string;
  role: "viewer" | "editor" | "admin";
  /**
   * The secret: only in the answer that created the token.
   */
  token?: string;
  hint: string;
  createdAt: string;
}
/**
 * One change: who made it, what, to what, when, and what changed (secrets left out).
 *
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "AuditEntry".
 */
export interface AuditEntry {
  id: string;
  at: string;
  actor: {
    id: string;
    role: "viewer" | "editor" | "admin";
    name?: string;
  };
  action: string;
  target: {
    type: "key" | "team" | "user" | "credential" | "token" | "vault";
    id: string;
  };
  /**
   * Each changed field's value before and after (`null` where absent); secret fields are never included.
   */
  diff: {
    [k: string]: {
      from: unknown;
      to: unknown;
    };
  };
}
/**
 * What a re-encryption of the vault did.
 *
 * This interface was referenced by `VirtualKeyAuthConfig`'s JSON-Schema
 * via the `definition` "Reencryption".
 */
export interface Reencryption {
  /**
   * The primary master key every credential is now under.
   */
  masterKeyId: string;
  /**
   * The credentials rewritten under it.
   */
  reencrypted: string[];
  /**
   * Credentials that could not be decrypted (their master key is in neither variable).
   */
  failed: {
    name: string;
    reason: string;
  }[];
}
