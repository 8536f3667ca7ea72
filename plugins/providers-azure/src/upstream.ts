/**
 * Resolves a node's config into where and how it calls Azure OpenAI: the base URL
 * (`{endpoint}/openai`, or an override), the api-version (a dated version, or the v1 API), how
 * a request's model picks its deployment, and the URL of each call. Resolved once at boot.
 */
import { type Endpoint, GatewayError } from "@aigw/plugin-api";
import { ENDPOINT_PATHS } from "@aigw/wire-kit";
import type { AzureOpenAIProviderConfig } from "./config.gen.js";

/** The latest generally available data-plane api-version of the deployments API. */
export const DEFAULT_API_VERSION = "2024-10-21";
/** Shown in messages. */
export const LABEL = "Azure OpenAI";
/** Recorded as the provider that served a request: the price table's provider label. */
export const PROVIDER = "azure";

export interface AzureUpstream {
  /** Without a trailing slash: `{endpoint}/openai` or the configured baseUrl. */
  readonly baseUrl: string;
  /** A dated api-version, or `v1` for the v1 API. */
  readonly apiVersion: string;
  /** The v1 API takes the deployment as the body's model instead of in the path. */
  readonly v1: boolean;
  /** The deployment a request's model goes to; undefined when nothing names one. */
  deploymentFor(model: string | undefined): string | undefined;
  /** The URL of one call to a deployment. */
  urlFor(endpoint: Endpoint, deployment: string): string;
  /**
   * The URL of a native API under the resource (`/responses`): not per deployment, which the
   * body's model names.
   */
  nativeUrlFor(path: string): string;
}

export function resolveUpstream(config: AzureOpenAIProviderConfig): AzureUpstream {
  const baseUrl = baseUrlOf(config);
  const apiVersion = config.apiVersion ?? DEFAULT_API_VERSION;
  const v1 = apiVersion === "v1";
  const map = config.deployments ?? {};
  const query = `?api-version=${encodeURIComponent(apiVersion)}`;
  return {
    baseUrl,
    apiVersion,
    v1,
    deploymentFor: (model) =>
      (model !== undefined && Object.hasOwn(map, model) ? map[model] : undefined) ??
      config.deployment ??
      (model || undefined),
    urlFor: (endpoint, deployment) =>
      v1
        ? `${baseUrl}/v1${ENDPOINT_PATHS[endpoint]}`
        : `${baseUrl}/deployments/${pathSegment(deployment)}${ENDPOINT_PATHS[endpoint]}${query}`,
    nativeUrlFor: (path) => (v1 ? `${baseUrl}/v1${path}` : `${baseUrl}${path}${query}`),
  };
}

/** A deployment name as a URL path segment; one with a lone surrogate has none (no URL can hold it). */
function pathSegment(deployment: string): string {
  try {
    return encodeURIComponent(deployment);
  } catch {
    throw new GatewayError("invalid_request", "The model name is not valid Unicode text.", {
      param: "model",
    });
  }
}

function baseUrlOf(config: AzureOpenAIProviderConfig): string {
  if (config.baseUrl) return trimSlash(config.baseUrl);
  if (config.endpoint) return `${trimSlash(config.endpoint)}/openai`;
  if (config.resource) return `https://${config.resource}.openai.azure.com/openai`;
  throw new Error(
    "providers-azure needs the resource to call: set endpoint (https://<resource>.openai.azure.com) or resource.",
  );
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
