/**
 * The OpenTelemetry GenAI semantic-convention values this logger writes: the operation name of
 * each endpoint, and the well-known provider names (and the older `gen_ai.system` values) for the
 * labels providers record. They are the values `tracing-otel` gives its spans, so a request's log
 * record and its spans match on them.
 */
import type { RequestRecord } from "@aigw/plugin-api";

type Endpoint = NonNullable<RequestRecord["endpoint"]>;

/**
 * `gen_ai.operation.name` for each endpoint: the well-known values where one applies (image and
 * speech generation and transcription are `generate_content`), and `moderation`, which no
 * well-known value covers.
 */
const OPERATIONS: Readonly<Record<Endpoint, string>> = {
  "chat.completions": "chat",
  completions: "text_completion",
  embeddings: "embeddings",
  "images.generations": "generate_content",
  "audio.speech": "generate_content",
  "audio.transcriptions": "generate_content",
  moderations: "moderation",
};

/** The operation name of an endpoint; undefined when the request never got one. */
export function operationName(endpoint: string | undefined): string | undefined {
  return endpoint !== undefined && Object.hasOwn(OPERATIONS, endpoint)
    ? OPERATIONS[endpoint as Endpoint]
    : undefined;
}

/**
 * Well-known `gen_ai.provider.name` values by a provider label squeezed to lowercase letters and
 * digits (`Azure OpenAI` -> `azureopenai`), so both a display label and a slug are recognised.
 */
const PROVIDERS: Readonly<Record<string, string>> = {
  openai: "openai",
  anthropic: "anthropic",
  cohere: "cohere",
  deepseek: "deepseek",
  groq: "groq",
  perplexity: "perplexity",
  xai: "x_ai",
  mistral: "mistral_ai",
  mistralai: "mistral_ai",
  bedrock: "aws.bedrock",
  awsbedrock: "aws.bedrock",
  amazonbedrock: "aws.bedrock",
  azure: "azure.ai.openai",
  azureopenai: "azure.ai.openai",
  azureaiopenai: "azure.ai.openai",
  azureaiinference: "azure.ai.inference",
  gemini: "gcp.gemini",
  geminiapi: "gcp.gemini",
  gcpgemini: "gcp.gemini",
  google: "gcp.gen_ai",
  gcpgenai: "gcp.gen_ai",
  vertex: "gcp.vertex_ai",
  vertexai: "gcp.vertex_ai",
  gcpvertexai: "gcp.vertex_ai",
  watsonx: "ibm.watsonx.ai",
  ibmwatsonxai: "ibm.watsonx.ai",
};

/** `gen_ai.system` (the attribute `gen_ai.provider.name` replaced) where its value differs. */
const OLD_SYSTEMS: Readonly<Record<string, string>> = {
  "azure.ai.openai": "az.ai.openai",
  "azure.ai.inference": "az.ai.inference",
  x_ai: "xai",
};

/**
 * `gen_ai.provider.name` for a provider label: its well-known value, else the label in lowercase
 * with each run of other characters as `_` (`Together AI` -> `together_ai`).
 */
export function providerName(label: string): string {
  const squeezed = label.toLowerCase().replace(/[^a-z0-9]/g, "");
  const known = Object.hasOwn(PROVIDERS, squeezed) ? PROVIDERS[squeezed] : undefined;
  if (known) return known;
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return slug === "" ? "_OTHER" : slug;
}

/** `gen_ai.system` for a `gen_ai.provider.name`. */
export function systemName(provider: string): string {
  return Object.hasOwn(OLD_SYSTEMS, provider) ? OLD_SYSTEMS[provider]! : provider;
}
