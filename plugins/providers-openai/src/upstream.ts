/**
 * Resolves a node's config into the upstream it calls: the base URL (a preset's or a custom
 * one), the headers every request carries (bearer key, OpenAI-Organization, OpenAI-Project,
 * static extras), and, when a key is required but missing, the message explaining which
 * environment variable to set. Resolved once at boot; nothing here runs per request, except that a
 * node naming a vault `credential` gets its bearer header from the vault on each call.
 */
import type { Env } from "@aigw/plugin-api";
import type { CredentialHeader } from "@aigw/wire-kit";
import type { OpenAIProviderConfig } from "./config.gen.js";
import { PRESETS, type PresetName } from "./presets.js";

export interface Upstream {
  /** The preset's name, or `openai-compatible` for a custom base URL. */
  readonly name: string;
  /**
   * Recorded as the provider that served a request, and its price table label: the preset's name
   * (`openai`, `groq`, `deepseek`...), or the custom base URL's host, so that two custom upstreams
   * are told apart (and can be priced apart with the config's `pricing.overrides`).
   */
  readonly provider: string;
  /** For messages: `OpenAI`, `Groq`, or the custom base URL's host. */
  readonly label: string;
  /** Without a trailing slash; endpoint paths are appended. */
  readonly baseUrl: string;
  /** Headers for JSON requests (`content-type` included). */
  readonly jsonHeaders: Readonly<Record<string, string>>;
  /** Headers for requests whose body sets its own content type (multipart) or that have none. */
  readonly plainHeaders: Readonly<Record<string, string>>;
  /** Set when a key is required and none was found: why calls fail. */
  readonly missingKey: string | undefined;
  /** The vault credential sent as the bearer key on each call, when the node names one. */
  readonly credential: CredentialHeader | undefined;
}

/** `node` is the node's id, named in messages about its credential. */
export function resolveUpstream(config: OpenAIProviderConfig, env: Env, node = "providers-openai"): Upstream {
  const presetName: PresetName | undefined = config.preset ?? (config.baseUrl ? undefined : "openai");
  const preset = presetName ? PRESETS[presetName] : undefined;
  const baseUrl = (config.baseUrl ?? preset?.baseUrl ?? PRESETS.openai.baseUrl).replace(/\/+$/, "");
  const label = preset?.label ?? hostOf(baseUrl);

  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(config.headers ?? {})) headers[name.toLowerCase()] = value;
  if (config.organization) headers["openai-organization"] = config.organization;
  if (config.project) headers["openai-project"] = config.project;

  const credential: CredentialHeader | undefined = config.credential
    ? { name: config.credential, node, label, header: "authorization", prefix: "Bearer " }
    : undefined;
  const keyEnv = credential ? undefined : (config.apiKeyEnv ?? preset?.apiKeyEnv);
  const key = config.apiKey || (keyEnv ? env.get(keyEnv) : undefined) || undefined;
  let missingKey: string | undefined;
  if (key) headers.authorization = `Bearer ${key}`;
  else if (!headers.authorization) {
    // A variable named in the config must be set; a preset's default one only if the service needs a key.
    const required = config.apiKeyEnv !== undefined || (preset?.keyRequired ?? false);
    if (required && keyEnv) {
      missingKey = `No API key for ${label}: set the environment variable ${keyEnv} (or apiKeyEnv / apiKey in this node's config).`;
    }
  }
  return {
    name: presetName ?? "openai-compatible",
    provider: presetName ?? hostOf(baseUrl),
    label,
    baseUrl,
    jsonHeaders: { ...headers, "content-type": "application/json" },
    plainHeaders: headers,
    missingKey,
    credential,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
