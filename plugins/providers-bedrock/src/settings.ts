/**
 * A node's config with its defaults filled in, and the per-call lookup of what comes from the
 * environment: the region and the credentials (access keys, optional session token, or a
 * Bedrock API key, from the environment or the vault's named `credential`). Credentials are read
 * on every call rather than once at boot because temporary credentials (AWS_SESSION_TOKEN) and
 * vault credentials rotate; a missing one is a clear error that names the variable or the
 * credential, never a request sent unsigned.
 */
import type { Env, Credentials as Vault } from "@aigw/plugin-api";
import type { BedrockProviderConfig } from "./config.gen.js";
import type { Credentials } from "./sigv4.js";
import { vaultAuth } from "./vault-auth.js";

export const LABEL = "AWS Bedrock";
/** The SigV4 signing name of Bedrock's runtime endpoint (its host is bedrock-runtime.*). */
export const SIGNING_SERVICE = "bedrock";

export const DEFAULTS = {
  regionEnv: "AWS_REGION",
  accessKeyIdEnv: "AWS_ACCESS_KEY_ID",
  secretAccessKeyEnv: "AWS_SECRET_ACCESS_KEY",
  sessionTokenEnv: "AWS_SESSION_TOKEN",
  apiKeyEnv: "AWS_BEARER_TOKEN_BEDROCK",
  timeoutMs: 600_000,
  imageMaxBytes: 3_750_000,
  embeddingConcurrency: 8,
} as const;

export type Auth =
  | { kind: "sigv4"; credentials: Credentials; region: string }
  | { kind: "apiKey"; token: string };

/** Where to send a call and how to authenticate it, or why that cannot be known. */
export type Target = { ok: true; baseUrl: string; auth: Auth } | { ok: false; problem: string };

/**
 * Resolves the endpoint and credentials from the config and the environment, or the vault when
 * the node names a `credential` (a missing one throws a located 500 `GatewayError`).
 */
export function resolveTarget(
  config: BedrockProviderConfig,
  env: Env,
  vault?: { credentials: Vault; node: string },
): Target {
  const regionEnv = config.regionEnv ?? DEFAULTS.regionEnv;
  const region = config.region ?? (env.get(regionEnv) || undefined);
  const apiKeyEnv = config.apiKeyEnv ?? DEFAULTS.apiKeyEnv;
  const apiKey = env.get(apiKeyEnv) || undefined;
  const mode = config.auth ?? (apiKey ? "apiKey" : "sigv4");

  let baseUrl = config.baseUrl?.replace(/\/+$/, "");
  if (!baseUrl) {
    if (!region) {
      return {
        ok: false,
        problem: `No AWS region for ${LABEL}: set the environment variable ${regionEnv} (or region / baseUrl in this node's config).`,
      };
    }
    baseUrl = `https://bedrock-runtime.${region}.amazonaws.com`;
  }
  if (config.credential && vault) {
    const ref = { name: config.credential, node: vault.node, label: LABEL };
    return { ok: true, baseUrl, auth: vaultAuth(config, vault.credentials, ref, region, regionEnv) };
  }

  if (mode === "apiKey") {
    if (!apiKey) {
      return {
        ok: false,
        problem: `No Bedrock API key: set the environment variable ${apiKeyEnv} (or use auth: sigv4 with access keys).`,
      };
    }
    return { ok: true, baseUrl, auth: { kind: "apiKey", token: apiKey } };
  }

  const idEnv = config.accessKeyIdEnv ?? DEFAULTS.accessKeyIdEnv;
  const secretEnv = config.secretAccessKeyEnv ?? DEFAULTS.secretAccessKeyEnv;
  const tokenEnv = config.sessionTokenEnv ?? DEFAULTS.sessionTokenEnv;
  const accessKeyId = env.get(idEnv) || undefined;
  const secretAccessKey = env.get(secretEnv) || undefined;
  const missing = [!accessKeyId && idEnv, !secretAccessKey && secretEnv].filter(Boolean);
  if (!accessKeyId || !secretAccessKey) {
    return {
      ok: false,
      problem: `No AWS credentials for ${LABEL}: set the environment variable${missing.length > 1 ? "s" : ""} ${missing.join(" and ")} (or ${apiKeyEnv} for a Bedrock API key).`,
    };
  }
  if (!region) {
    return {
      ok: false,
      problem: `No AWS region to sign requests for ${LABEL}: set the environment variable ${regionEnv} (or region in this node's config).`,
    };
  }
  const sessionToken = env.get(tokenEnv) || undefined;
  return {
    ok: true,
    baseUrl,
    auth: { kind: "sigv4", credentials: { accessKeyId, secretAccessKey, sessionToken }, region },
  };
}
