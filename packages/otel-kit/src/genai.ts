/**
 * The OpenTelemetry GenAI semantic conventions as they apply to the gateway: the operation name
 * of each endpoint, the well-known provider names (and the older `gen_ai.system` values) for the
 * labels providers record, and the request parameters read from a request body. Spans and log
 * records take their `gen_ai.*` values from here, so a request's spans and its log record match.
 */
import type { RequestRecord } from "@aigw/plugin-api";
import type { AttributeList } from "./attributes.js";

type Endpoint = NonNullable<RequestRecord["endpoint"]>;

/**
 * `gen_ai.operation.name` for each endpoint: the well-known values where one applies (image and
 * speech generation and transcription are `generate_content`, told apart by `gen_ai.output.type`),
 * and `moderation`, which no well-known value covers.
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

/** `gen_ai.output.type` where the endpoint fixes it. */
const OUTPUT_TYPES: Partial<Readonly<Record<Endpoint, string>>> = {
  "images.generations": "image",
  "audio.speech": "speech",
  "audio.transcriptions": "text",
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

/** Adds `gen_ai.provider.name` and `gen_ai.system` for a provider label, when there is one. */
export function addProvider(attributes: AttributeList, label: string | undefined): void {
  if (label === undefined || label === "") return;
  const name = providerName(label);
  attributes.str("gen_ai.provider.name", name).str("gen_ai.system", systemName(name));
}

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The `gen_ai.request.*` parameters (and `gen_ai.output.type`) of a request body. Values of the
 * wrong type are left out: the body is what the client sent, after the pipeline's patches.
 */
export function addRequestParameters(
  attributes: AttributeList,
  endpoint: string | undefined,
  body: unknown,
): void {
  const output = endpoint === undefined ? undefined : OUTPUT_TYPES[endpoint as Endpoint];
  if (!isObject(body)) {
    attributes.str("gen_ai.output.type", output);
    return;
  }
  attributes
    .double("gen_ai.request.temperature", body.temperature)
    .double("gen_ai.request.top_p", body.top_p)
    .double("gen_ai.request.top_k", body.top_k)
    .int("gen_ai.request.max_tokens", body.max_completion_tokens ?? body.max_tokens)
    .double("gen_ai.request.frequency_penalty", body.frequency_penalty)
    .double("gen_ai.request.presence_penalty", body.presence_penalty)
    .strings("gen_ai.request.stop_sequences", body.stop)
    .int("gen_ai.request.seed", body.seed);
  if (typeof body.n === "number" && body.n !== 1) attributes.int("gen_ai.request.choice.count", body.n);
  if (endpoint === "embeddings") {
    attributes
      .strings("gen_ai.request.encoding_formats", body.encoding_format)
      .int("gen_ai.embeddings.dimension.count", body.dimensions);
  }
  attributes.str("gen_ai.output.type", output ?? outputOfFormat(body.response_format));
}

/** `gen_ai.output.type` of a chat `response_format`: `json` for JSON modes, `text` for text. */
function outputOfFormat(format: unknown): string | undefined {
  if (!isObject(format)) return undefined;
  if (format.type === "json_object" || format.type === "json_schema") return "json";
  return format.type === "text" ? "text" : undefined;
}
