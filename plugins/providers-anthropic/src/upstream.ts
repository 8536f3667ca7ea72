/**
 * Resolves a node's config into the upstream it calls: the base URL, the headers every request
 * carries (x-api-key, anthropic-version, anthropic-beta, static extras) and, when the key is
 * missing, the message naming the environment variable to set. Resolved once at boot; a node
 * naming a vault `credential` gets its x-api-key from the vault on each call instead.
 */
import type { Env } from "@aigw/plugin-api";
import type { CredentialHeader } from "@aigw/wire-kit";
import type { AnthropicProviderConfig } from "./config.gen.js";

export const DEFAULT_BASE_URL = "https://api.anthropic.com";
export const DEFAULT_API_KEY_ENV = "ANTHROPIC_API_KEY";
export const DEFAULT_VERSION = "2023-06-01";
/** Shown in messages. */
export const LABEL = "Anthropic";
/** Recorded as the provider that served a request: the price table's provider label. */
export const PROVIDER = "anthropic";

export interface Upstream {
  readonly label: string;
  /** Without a trailing slash; `/v1/messages` and `/v1/models` are appended. */
  readonly baseUrl: string;
  /** Headers of every request (JSON bodies add `content-type`). */
  readonly headers: Readonly<Record<string, string>>;
  /** Set when no key was found: why calls fail. */
  readonly missingKey: string | undefined;
  /** The vault credential sent as x-api-key on each call, when the node names one. */
  readonly credential: CredentialHeader | undefined;
}

/** `node` is the node's id, named in messages about its credential. */
export function resolveUpstream(
  config: AnthropicProviderConfig,
  env: Env,
  node = "providers-anthropic",
): Upstream {
  const baseUrl = (config.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(config.headers ?? {})) headers[name.toLowerCase()] = value;
  headers["anthropic-version"] = config.anthropicVersion ?? DEFAULT_VERSION;
  if (config.anthropicBeta && config.anthropicBeta.length > 0)
    headers["anthropic-beta"] = config.anthropicBeta.join(",");

  const credential: CredentialHeader | undefined = config.credential
    ? { name: config.credential, node, label: LABEL, header: "x-api-key" }
    : undefined;
  const keyEnv = config.apiKeyEnv ?? DEFAULT_API_KEY_ENV;
  const key = credential ? undefined : config.apiKey || env.get(keyEnv) || undefined;
  let missingKey: string | undefined;
  if (key) headers["x-api-key"] = key;
  else if (!credential && !headers["x-api-key"] && !headers.authorization) {
    missingKey = `No API key for ${LABEL}: set the environment variable ${keyEnv} (or apiKeyEnv / apiKey in this node's config).`;
  }
  return { label: LABEL, baseUrl, headers, missingKey, credential };
}
