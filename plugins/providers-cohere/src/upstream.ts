/**
 * Resolves a node's config into the Cohere upstream it calls: the base URL, the headers every
 * request carries (bearer key, X-Client-Name, static extras) and, when no key is found, the
 * message naming the variable to set. Resolved once at boot; nothing here runs per request, except
 * that a node naming a vault `credential` gets its bearer key from the vault on each call.
 */
import type { Env } from "@aigw/plugin-api";
import type { CredentialHeader } from "@aigw/wire-kit";
import type { CohereProviderConfig } from "./config.gen.js";

export const DEFAULT_BASE_URL = "https://api.cohere.com";
/** The variable Cohere's SDKs and API reference use. */
export const DEFAULT_KEY_ENV = "CO_API_KEY";
/** The variable LangChain, LlamaIndex and others use; read when CO_API_KEY is unset. */
export const FALLBACK_KEY_ENV = "COHERE_API_KEY";
/** Names the upstream in messages and in the request record. */
export const LABEL = "Cohere";

export interface Upstream {
  /** Without a trailing slash; `/v2/chat` and `/v2/embed` are appended. */
  readonly baseUrl: string;
  /** Headers for JSON requests (`content-type` and `authorization` included). */
  readonly headers: Readonly<Record<string, string>>;
  /** Set when no key was found: why calls fail (names the variable, never a value). */
  readonly missingKey: string | undefined;
  /** The vault credential sent as the bearer key on each call, when the node names one. */
  readonly credential: CredentialHeader | undefined;
}

/** `node` is the node's id, named in messages about its credential. */
export function resolveUpstream(config: CohereProviderConfig, env: Env, node = "providers-cohere"): Upstream {
  const baseUrl = (config.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(config.headers ?? {})) headers[name.toLowerCase()] = value;
  if (config.clientName) headers["x-client-name"] = config.clientName;

  // A variable named in the config is the only one read; otherwise CO_API_KEY, then COHERE_API_KEY.
  const credential: CredentialHeader | undefined = config.credential
    ? { name: config.credential, node, label: LABEL, header: "authorization", prefix: "Bearer " }
    : undefined;
  const names = config.apiKeyEnv ? [config.apiKeyEnv] : [DEFAULT_KEY_ENV, FALLBACK_KEY_ENV];
  const key = credential
    ? undefined
    : config.apiKey || names.map((name) => env.get(name)).find((value) => value) || undefined;
  let missingKey: string | undefined;
  if (key) headers.authorization = `Bearer ${key}`;
  else if (!credential && !headers.authorization) {
    missingKey = `No API key for ${LABEL}: set the environment variable ${names.join(" or ")} (or apiKeyEnv / apiKey in this node's config).`;
  }
  headers["content-type"] = "application/json";
  headers.accept = "application/json";
  return { baseUrl, headers, missingKey, credential };
}
