/**
 * Resolves a node's config into the Mistral API it calls: the base URL, the headers every
 * request carries (the bearer key, static extras), and, when the key is missing, the message
 * naming the variable to set. Resolved once at boot; a node naming a vault `credential` gets its
 * bearer key from the vault on each call instead.
 */
import type { Env } from "@aigw/plugin-api";
import type { CredentialHeader } from "@aigw/wire-kit";
import type { MistralProviderConfig } from "./config.gen.js";

/** Shown in messages. */
export const LABEL = "Mistral AI";
/** Recorded as the provider that served a request: the price table's provider label. */
export const PROVIDER = "mistral";
export const DEFAULT_BASE_URL = "https://api.mistral.ai/v1";
export const DEFAULT_API_KEY_ENV = "MISTRAL_API_KEY";

export interface MistralUpstream {
  /** Without a trailing slash. */
  readonly baseUrl: string;
  /** Authorization and static headers (lower-cased names), without a content type. */
  readonly headers: Readonly<Record<string, string>>;
  /** Set when no key was found: why calls fail. */
  readonly missingKey: string | undefined;
  /** The vault credential sent as the bearer key on each call, when the node names one. */
  readonly credential: CredentialHeader | undefined;
}

/** `node` is the node's id, named in messages about its credential. */
export function resolveUpstream(
  config: MistralProviderConfig,
  env: Env,
  node = "providers-mistral",
): MistralUpstream {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(config.headers ?? {})) headers[name.toLowerCase()] = value;
  const credential: CredentialHeader | undefined = config.credential
    ? { name: config.credential, node, label: LABEL, header: "authorization", prefix: "Bearer " }
    : undefined;
  const keyEnv = config.apiKeyEnv ?? DEFAULT_API_KEY_ENV;
  const key = credential ? undefined : config.apiKey || env.get(keyEnv) || undefined;
  if (key) headers.authorization = `Bearer ${key}`;
  return {
    baseUrl: (config.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, ""),
    headers,
    credential,
    missingKey:
      key || credential || headers.authorization
        ? undefined
        : `No API key for ${LABEL}: set the environment variable ${keyEnv} (or apiKeyEnv / apiKey in this node's config).`,
  };
}
