/**
 * A node's `credential` from the vault, as Bedrock auth, read on every call: a Bedrock API key
 * (sent as a bearer token), or AWS access keys as JSON `{"accessKeyId", "secretAccessKey",
 * "sessionToken"?}` (signed with SigV4). `auth` says which to expect; without it a value that
 * starts with `{` is access keys. Messages name the credential and the node, never its value.
 */
import { type Credentials, GatewayError } from "@aigw/plugin-api";
import { type CredentialRef, resolveSecret } from "@aigw/wire-kit";
import type { BedrockProviderConfig } from "./config.gen.js";
import type { Auth } from "./settings.js";
import type { Credentials as AccessKeys } from "./sigv4.js";

export function vaultAuth(
  config: BedrockProviderConfig,
  credentials: Credentials,
  ref: CredentialRef,
  region: string | undefined,
  regionEnv: string,
): Auth {
  const value = resolveSecret(credentials, ref);
  const mode = config.auth ?? (value.trimStart().startsWith("{") ? "sigv4" : "apiKey");
  if (mode === "apiKey") return { kind: "apiKey", token: value };
  const keys = accessKeysOf(value);
  const named = `the credential "${ref.name}" that node "${ref.node}" names for ${ref.label}`;
  if (!keys) {
    throw new GatewayError(
      "internal_error",
      `${capitalised(named)} is not AWS access keys: store JSON {"accessKeyId": ..., "secretAccessKey": ..., "sessionToken": ... (optional)}, or a Bedrock API key with auth: apiKey.`,
      { node: ref.node },
    );
  }
  if (!region) {
    throw new GatewayError(
      "internal_error",
      `No AWS region to sign requests with ${named}: set the environment variable ${regionEnv} (or region in this node's config).`,
      { node: ref.node },
    );
  }
  return { kind: "sigv4", credentials: keys, region };
}

/** The secrets in `auth`, for keeping them out of upstream error messages. */
export function secretsOf(auth: Auth): string[] {
  if (auth.kind === "apiKey") return [auth.token];
  const { secretAccessKey, sessionToken } = auth.credentials;
  return sessionToken ? [secretAccessKey, sessionToken] : [secretAccessKey];
}

function accessKeysOf(value: string): AccessKeys | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== "object") return undefined;
  const { accessKeyId, secretAccessKey, sessionToken } = parsed as Record<string, unknown>;
  if (typeof accessKeyId !== "string" || !accessKeyId) return undefined;
  if (typeof secretAccessKey !== "string" || !secretAccessKey) return undefined;
  if (sessionToken !== undefined && (typeof sessionToken !== "string" || !sessionToken)) return undefined;
  return { accessKeyId, secretAccessKey, sessionToken };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
