/**
 * Provider secrets a node names by `credential` instead of an environment variable: kept by the
 * gateway's vault (`services.credentials`) and read on every call, a memory lookup, so a rotated
 * credential is used from the next request on without a restart. A credential that is not there
 * fails the call with a 500 (the gateway's misconfiguration, as a missing API key variable is)
 * whose message names the credential and the node, never a value.
 */
import { type Credentials, GatewayError } from "@aigw/plugin-api";

/** A credential named by a node: what the lookup needs, and what its messages say. */
export interface CredentialRef {
  /** The name in the vault (the node's `credential`). */
  readonly name: string;
  /** The node that names it. */
  readonly node: string;
  /** The upstream, for messages (`Anthropic`, `Azure OpenAI`...). */
  readonly label: string;
}

/** A credential sent as one header: `header: prefix + value`. */
export interface CredentialHeader extends CredentialRef {
  /** Lower-cased header name (`authorization`, `x-api-key`...). */
  readonly header: string;
  /** Put before the value (`Bearer `); none by default. */
  readonly prefix?: string | undefined;
}

/** The value stored under `ref.name` now; a located 500 `GatewayError` when there is none. */
export function resolveSecret(credentials: Credentials, ref: CredentialRef): string {
  const value = credentials.get(ref.name);
  if (value) return value;
  throw new GatewayError("internal_error", missingCredentialMessage(credentials, ref), {
    node: ref.node,
  });
}

/** Why `ref` cannot be read: no vault at all, or a vault without that name. */
export function missingCredentialMessage(credentials: Credentials, ref: CredentialRef): string {
  const named = `credential "${ref.name}" that node "${ref.node}" names for ${ref.label}`;
  return credentials.available
    ? `The credential vault has no ${named}: store it in the vault, or correct the name.`
    : `No credential vault is configured to hold the ${named}: add a vault plugin to the gateway config, or give the node an API key variable instead.`;
}

/**
 * `headers` with the credential's header set from the vault's current value (a new object), or
 * `headers` itself when the node names no credential.
 */
export function withCredentialHeader(
  headers: Readonly<Record<string, string>>,
  credentials: Credentials,
  ref: CredentialHeader | undefined,
): Readonly<Record<string, string>> {
  if (!ref) return headers;
  return { ...headers, [ref.header]: (ref.prefix ?? "") + resolveSecret(credentials, ref) };
}

/**
 * `text` with every occurrence of `secret` replaced: an upstream's error message may echo the key
 * it refused, and that message is passed on to the client and the logs.
 */
export function withoutSecret(text: string, secret: string | undefined): string {
  return secret && secret.length >= 8 ? text.split(secret).join("[redacted]") : text;
}

/** `text` without the credential value `headers` carry for `ref` (see `withoutSecret`). */
export function withoutCredential(
  text: string,
  headers: Readonly<Record<string, string>>,
  ref: CredentialHeader | undefined,
): string {
  const sent = ref ? headers[ref.header] : undefined;
  return sent ? withoutSecret(text, sent.slice(ref?.prefix?.length ?? 0)) : text;
}
