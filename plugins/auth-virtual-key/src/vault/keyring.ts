/**
 * The vault's master keys, from the environment: the primary (`AIGW_MASTER_KEY`) encrypts, and
 * it and the previous ones (`AIGW_MASTER_KEY_PREVIOUS`, comma-separated) decrypt. Each key's id
 * is derived from the key itself (the start of its SHA-256), so every instance names a key the
 * same way without configuring ids, and the id stored with a ciphertext says which key opens it.
 */
import { createHash } from "node:crypto";

export interface MasterKey {
  readonly id: string;
  readonly key: Uint8Array;
}

export interface Keyring {
  readonly primary: MasterKey;
  /** Every key that decrypts, by id (the primary included). */
  readonly byId: ReadonlyMap<string, MasterKey>;
}

/** A master key that is not 32 bytes of base64 or hex; the message never includes the value. */
export class MasterKeyError extends Error {
  override name = "MasterKeyError";
}

const HEX = /^[0-9a-fA-F]{64}$/;
const BASE64 = /^[A-Za-z0-9+/_-]{43}={0,1}$/;

/** Parses one master key (32 bytes as 64 hex characters or base64). */
export function parseMasterKey(text: string, variable: string): MasterKey {
  const value = text.trim();
  let key: Uint8Array | undefined;
  if (HEX.test(value)) key = Uint8Array.from(value.match(/../g)!, (pair) => Number.parseInt(pair, 16));
  else if (BASE64.test(value)) key = fromBase64(value);
  if (key?.length !== 32)
    throw new MasterKeyError(
      `${variable} must be 32 bytes as base64 or hex (make one with \`openssl rand -base64 32\`).`,
    );
  return { id: createHash("sha256").update(key).digest("hex").slice(0, 12), key };
}

function fromBase64(text: string): Uint8Array {
  const standard = text.replaceAll("-", "+").replaceAll("_", "/");
  const binary = atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, "="));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * The keyring the environment describes; undefined when no primary key is set (the vault is
 * then closed: writing a credential is refused with how to set one).
 */
export function keyringFrom(
  primaryText: string | undefined,
  previousText: string | undefined,
  names: { primary: string; previous: string },
): Keyring | undefined {
  if (!primaryText?.trim()) {
    if (previousText?.trim())
      throw new MasterKeyError(
        `${names.previous} is set but ${names.primary} is not: set the primary key too.`,
      );
    return undefined;
  }
  const primary = parseMasterKey(primaryText, names.primary);
  const byId = new Map<string, MasterKey>([[primary.id, primary]]);
  for (const part of (previousText ?? "").split(",")) {
    if (!part.trim()) continue;
    const key = parseMasterKey(part, names.previous);
    if (!byId.has(key.id)) byId.set(key.id, key);
  }
  return { primary, byId };
}
