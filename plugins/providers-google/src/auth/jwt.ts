/**
 * The signed assertion of Google's service-account OAuth flow ("OAuth 2.0 for Server to Server
 * Applications"): a JWT with header {alg: RS256, typ: JWT, kid}, claims {iss: client_email,
 * scope, aud: token_uri, iat, exp = iat + 1h}, signed RSASSA-PKCS1-v1_5 / SHA-256 with the
 * account's PKCS#8 private key through WebCrypto (`crypto.subtle`, present on Node 20, Deno, Bun
 * and workers).
 */
import { base64ToBytes, bytesToBase64Url } from "@aigw/wire-kit";

export const CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform";
/** Google accepts assertions valid for at most one hour. */
export const ASSERTION_LIFETIME_S = 3600;

const ALGORITHM = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" } as const;

/** Parses a PEM "PRIVATE KEY" (PKCS#8) into a WebCrypto signing key. */
export async function importPrivateKey(pem: string): Promise<CryptoKey> {
  // Keys pasted into env files often keep their newlines as literal "\n" sequences.
  const text = pem.replace(/\\n/g, "\n");
  if (text.includes("BEGIN RSA PRIVATE KEY")) {
    throw new Error("the private key is PKCS#1 (BEGIN RSA PRIVATE KEY); a service account key is PKCS#8");
  }
  const match = /-----BEGIN PRIVATE KEY-----([\s\S]*?)-----END PRIVATE KEY-----/.exec(text);
  if (!match) throw new Error("the private key is not a PEM PRIVATE KEY block");
  let der: Uint8Array;
  try {
    der = base64ToBytes(match[1]!.replace(/\s+/g, ""));
  } catch {
    throw new Error("the private key's PEM body is not valid base64");
  }
  return crypto.subtle.importKey("pkcs8", der as Uint8Array<ArrayBuffer>, ALGORITHM, false, ["sign"]);
}

export interface AssertionClaims {
  clientEmail: string;
  tokenUri: string;
  scope: string;
  /** Seconds since the epoch. */
  issuedAt: number;
  keyId?: string | undefined;
}

/** Builds and signs the JWT assertion. */
export async function signAssertion(key: CryptoKey, claims: AssertionClaims): Promise<string> {
  const header = { alg: "RS256", typ: "JWT", ...(claims.keyId ? { kid: claims.keyId } : {}) };
  const payload = {
    iss: claims.clientEmail,
    scope: claims.scope,
    aud: claims.tokenUri,
    iat: claims.issuedAt,
    exp: claims.issuedAt + ASSERTION_LIFETIME_S,
  };
  const encoder = new TextEncoder();
  const segment = (value: object) => bytesToBase64Url(encoder.encode(JSON.stringify(value)));
  const signingInput = `${segment(header)}.${segment(payload)}`;
  const signature = await crypto.subtle.sign(ALGORITHM, key, encoder.encode(signingInput));
  return `${signingInput}.${bytesToBase64Url(new Uint8Array(signature))}`;
}
