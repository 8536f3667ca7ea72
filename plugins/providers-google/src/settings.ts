/**
 * Resolves a node's config once at boot into what every request needs: which API (Gemini API or
 * Vertex AI), how to build endpoint URLs, how to authenticate (API key header, the key named as
 * a vault credential and read on each call, service-account tokens, or a static token), and the
 * translation options. A missing secret is not a boot error
 * (the gateway may start before secrets are provisioned): it is remembered and every call fails
 * with a message naming the variable to set.
 */
import type { AdaptMode, Clock, Credentials, Env, HttpClient } from "@aigw/plugin-api";
import type { CredentialHeader } from "@aigw/wire-kit";
import { ServiceAccountTokens } from "./auth/access-token.js";
import { findCredentials } from "./auth/service-account.js";
import type { GoogleProviderConfig } from "./config.gen.js";

export type ApiKind = "gemini" | "vertex";

/**
 * Recorded as the provider that served a request, for both APIs: the price table's provider
 * label, under which Gemini models are priced once.
 */
export const PROVIDER = "google";

/** How requests authenticate. */
export type Auth =
  | { kind: "api-key"; key: string }
  | { kind: "vault-key"; credentials: Credentials; credential: CredentialHeader }
  | { kind: "service-account"; tokens: ServiceAccountTokens }
  | { kind: "static-token"; token: string }
  | { kind: "missing"; message: string };

export interface Settings {
  api: ApiKind;
  /** For messages: `Gemini API` or `Vertex AI`. */
  label: string;
  /** Origin without a trailing slash. */
  origin: string;
  apiVersion: string;
  /** Vertex only; undefined means the service account's project_id. */
  project: string | undefined;
  location: string;
  auth: Auth;
  headers: Readonly<Record<string, string>>;
  model: string | undefined;
  /** What to do with parameters the model refuses (the node's `adapt`). */
  adapt: AdaptMode | undefined;
  timeoutMs: number;
  defaultMaxTokens: number | undefined;
  maxTokensLimit: number | undefined;
  schemaDialect: "openapi" | "json-schema";
  imageUrls: "pass" | "fetch";
  maxImageBytes: number;
  functionCallIds: boolean;
  thoughtSignatureFallback: "auto" | "always" | "never";
  blockedPrompt: "content_filter" | "error";
  metadataAsLabels: boolean;
  safetySettings: { category: string; threshold: string }[] | undefined;
}

/** Matches the schema's default; used when the config was not validated (direct `create` calls). */
const DEFAULT_TIMEOUT_MS = 600_000;
const GEMINI_ORIGIN = "https://generativelanguage.googleapis.com";
const GEMINI_KEY_ENVS = ["GEMINI_API_KEY", "GOOGLE_API_KEY"];

/** `node` is the node's id, named in messages about its credential. */
export function resolveSettings(
  config: GoogleProviderConfig,
  services: { env: Env; http: HttpClient; clock: Clock; credentials: Credentials },
  node = "providers-google",
): Settings {
  const api: ApiKind = config.api ?? "gemini";
  const location = config.location ?? "us-central1";
  const origin = (
    config.baseUrl ??
    (api === "gemini"
      ? GEMINI_ORIGIN
      : location === "global"
        ? "https://aiplatform.googleapis.com"
        : `https://${location}-aiplatform.googleapis.com`)
  ).replace(/\/+$/, "");
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(config.headers ?? {})) headers[name.toLowerCase()] = value;
  return {
    api,
    label: api === "gemini" ? "Gemini API" : "Vertex AI",
    origin,
    apiVersion: config.apiVersion ?? (api === "gemini" ? "v1beta" : "v1"),
    project: config.project,
    location,
    auth: !config.credential
      ? api === "gemini"
        ? geminiAuth(config, services.env)
        : vertexAuth(config, services)
      : {
          kind: "vault-key",
          credentials: services.credentials,
          credential: { name: config.credential, node, label: "Gemini API", header: "x-goog-api-key" },
        },
    headers,
    model: config.model,
    adapt: config.adapt,
    timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    defaultMaxTokens: config.defaultMaxTokens,
    maxTokensLimit: config.maxTokensLimit,
    schemaDialect: config.schemaDialect ?? "openapi",
    imageUrls: config.imageUrls ?? "pass",
    maxImageBytes: config.maxImageBytes ?? 20 * 1024 * 1024,
    functionCallIds: config.functionCallIds ?? api === "gemini",
    thoughtSignatureFallback: config.thoughtSignatureFallback ?? "auto",
    blockedPrompt: config.blockedPrompt ?? "content_filter",
    metadataAsLabels: api === "vertex" && (config.metadataAsLabels ?? false),
    safetySettings: config.safetySettings,
  };
}

function geminiAuth(config: GoogleProviderConfig, env: Env): Auth {
  if (config.apiKey) return { kind: "api-key", key: config.apiKey };
  const names = config.apiKeyEnv ? [config.apiKeyEnv] : GEMINI_KEY_ENVS;
  for (const name of names) {
    const key = env.get(name);
    if (key) return { kind: "api-key", key };
  }
  return {
    kind: "missing",
    message: `No Gemini API key: set the environment variable ${names.join(" or ")} (or apiKeyEnv / apiKey in this node's config).`,
  };
}

function vertexAuth(
  config: GoogleProviderConfig,
  services: { env: Env; http: HttpClient; clock: Clock },
): Auth {
  if (config.accessTokenEnv) {
    const token = services.env.get(config.accessTokenEnv);
    return token
      ? { kind: "static-token", token }
      : {
          kind: "missing",
          message: `No Vertex AI access token: set the environment variable ${config.accessTokenEnv}.`,
        };
  }
  const source = findCredentials(config, services.env);
  if (source.kind === "none") return { kind: "missing", message: source.message };
  return { kind: "service-account", tokens: new ServiceAccountTokens(source, services.http, services.clock) };
}
