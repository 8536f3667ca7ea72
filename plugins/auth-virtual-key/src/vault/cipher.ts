/**
 * Encryption of one credential value with AES-256-GCM (node:crypto): a random 96-bit IV per
 * value, the 128-bit tag kept beside it, and the credential's name as additional authenticated
 * data, so a ciphertext moved to another name (or altered in any bit) fails to decrypt instead
 * of yielding another credential's secret.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { Keyring, MasterKey } from "./keyring.js";

export interface Sealed {
  masterKeyId: string;
  iv: string;
  tag: string;
  ciphertext: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

/** Why a value could not be decrypted (never the value, nor the key). */
export class VaultError extends Error {
  override name = "VaultError";
}

export function seal(value: string, name: string, key: MasterKey): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.key, iv);
  cipher.setAAD(encoder.encode(name));
  const first = cipher.update(encoder.encode(value));
  const last = cipher.final();
  return {
    masterKeyId: key.id,
    iv: toBase64(iv),
    tag: toBase64(cipher.getAuthTag()),
    ciphertext: toBase64(concat(first, last)),
  };
}

export function open(sealed: Sealed, name: string, keyring: Keyring): string {
  const key = keyring.byId.get(sealed.masterKeyId);
  if (!key)
    throw new VaultError(
      `credential "${name}" is encrypted with master key ${sealed.masterKeyId}, which is neither the primary key nor one of the previous keys`,
    );
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.key, fromBase64(sealed.iv));
    decipher.setAAD(encoder.encode(name));
    decipher.setAuthTag(fromBase64(sealed.tag));
    const first = decipher.update(fromBase64(sealed.ciphertext));
    return decoder.decode(concat(first, decipher.final()));
  } catch {
    throw new VaultError(
      `credential "${name}" failed authentication: its ciphertext was altered or is corrupt`,
    );
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
