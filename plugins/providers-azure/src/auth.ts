/**
 * How calls authenticate, resolved from the config at boot: the `api-key` header (from the
 * config, the environment, or the vault's named `credential`, read on each call), a static
 * Microsoft Entra ID token from the environment, or Entra ID tokens fetched by client
 * credentials (cached, single-flight). A missing secret does not stop the gateway from booting;
 * it is logged once and every call then fails with a message naming the variable to set.
 */
import type { AbortSignalLike, Clock, Credentials, Env, HttpClient } from "@aigw/plugin-api";
import { type CredentialHeader, withCredentialHeader } from "@aigw/wire-kit";
import type { AzureOpenAIProviderConfig } from "./config.gen.js";
import { EntraTokenSource } from "./entra-token.js";

export type AuthMode = "api-key" | "entra-id" | "bearer";

export interface Auth {
  readonly mode: AuthMode;
  /** Why calls cannot authenticate (a missing variable), if so. */
  readonly missing: string | undefined;
  /** The auth headers for one call. */
  headers(signal: AbortSignalLike): Promise<Record<string, string>>;
  /** Told when the upstream answered 401 to these headers. */
  rejected(headers: Readonly<Record<string, string>>): void;
  /** The vault credential the api-key header carries, when the node names one. */
  readonly credential?: CredentialHeader | undefined;
}

export const DEFAULT_API_KEY_ENV = "AZURE_OPENAI_API_KEY";
export const DEFAULT_BEARER_TOKEN_ENV = "AZURE_OPENAI_AD_TOKEN";
export const DEFAULT_CLIENT_SECRET_ENV = "AZURE_CLIENT_SECRET";

export function modeOf(config: AzureOpenAIProviderConfig): AuthMode {
  if (config.auth) return config.auth;
  if (config.entra) return "entra-id";
  if (config.bearerTokenEnv) return "bearer";
  return "api-key";
}

export function resolveAuth(
  config: AzureOpenAIProviderConfig,
  services: { env: Env; http: HttpClient; clock: Clock; credentials: Credentials },
  node = "providers-azure",
): Auth {
  const { env, credentials } = services;
  const mode = modeOf(config);
  if (config.credential) {
    const credential = { name: config.credential, node, label: "Azure OpenAI", header: "api-key" };
    return {
      mode: "api-key",
      missing: undefined,
      credential,
      headers: async () => withCredentialHeader({}, credentials, credential),
      rejected: () => {},
    };
  }
  if (mode === "api-key") {
    const name = config.apiKeyEnv ?? DEFAULT_API_KEY_ENV;
    const key = config.apiKey || env.get(name) || undefined;
    return staticAuth(
      mode,
      key ? { "api-key": key } : undefined,
      `No API key for Azure OpenAI: set the environment variable ${name} (or apiKeyEnv / apiKey in this node's config).`,
    );
  }
  if (mode === "bearer") {
    const name = config.bearerTokenEnv ?? DEFAULT_BEARER_TOKEN_ENV;
    const token = env.get(name) || undefined;
    return staticAuth(
      mode,
      token ? { authorization: `Bearer ${token}` } : undefined,
      `No Microsoft Entra ID token for Azure OpenAI: set the environment variable ${name} (or bearerTokenEnv in this node's config).`,
    );
  }
  const entra = config.entra ?? {};
  const secretEnv = entra.clientSecretEnv ?? DEFAULT_CLIENT_SECRET_ENV;
  const tenantId = entra.tenantId || env.get("AZURE_TENANT_ID") || undefined;
  const clientId = entra.clientId || env.get("AZURE_CLIENT_ID") || undefined;
  const clientSecret = env.get(secretEnv) || undefined;
  const lacking = [
    tenantId ? undefined : "entra.tenantId (or AZURE_TENANT_ID)",
    clientId ? undefined : "entra.clientId (or AZURE_CLIENT_ID)",
    clientSecret ? undefined : `the environment variable ${secretEnv}`,
  ].filter((x): x is string => x !== undefined);
  if (!tenantId || !clientId || !clientSecret) {
    return staticAuth(
      mode,
      undefined,
      `Microsoft Entra ID credentials for Azure OpenAI are incomplete: set ${lacking.join(", ")}.`,
    );
  }
  const source = new EntraTokenSource(
    { tenantId, clientId, clientSecret, authorityHost: entra.authorityHost, scope: entra.scope },
    services.http,
    services.clock,
  );
  return {
    mode,
    missing: undefined,
    headers: async (signal) => ({ authorization: `Bearer ${await source.token(signal)}` }),
    rejected: (headers) => {
      const token = headers.authorization?.slice("Bearer ".length);
      if (token) source.invalidate(token);
    },
  };
}

function staticAuth(mode: AuthMode, headers: Record<string, string> | undefined, missing: string): Auth {
  return {
    mode,
    missing: headers ? undefined : missing,
    headers: async () => headers ?? {},
    rejected: () => {},
  };
}
