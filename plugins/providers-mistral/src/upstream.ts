/**
 * Resolves a node's config into the Mistral API it calls: the base URL, the headers every
 * request carries (the bearer key, static extras), and, when the key is missing, the message
 * naming the variable to set. Resolved once at boot.
 */
import type { Env } from "@aigw/plugin-api";
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
}

export function resolveUpstream(config: MistralProviderConfig, env: Env): MistralUpstream {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(config.headers ?? {})) headers[name.toLowerCase()] = value;
  const keyEnv = config.apiKeyEnv ?? DEFAULT_API_KEY_ENV;
  const key = config.apiKey || env.get(keyEnv) || undefined;
  if (key) headers.authorization = `Bearer ${key}`;
  return {
    baseUrl: (config.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, ""),
    headers,
    missingKey:
      key || headers.authorization
        ? undefined
        : `No API key for ${LABEL}: set the environment variable ${keyEnv} (or apiKeyEnv / apiKey in this node's config).`,
  };
}
