// GENERATED FILE - do not edit. Source: plugins/providers-bedrock/schema/config.json. Regenerate with `pnpm gen`.

/**
 * Calls AWS Bedrock through the Converse / ConverseStream APIs (chat) and InvokeModel (Titan and Cohere embeddings), signed with AWS Signature Version 4 or a Bedrock API key.
 */
export interface BedrockProviderConfig {
  /**
   * The AWS region, e.g. us-east-1. Default: the variable named by regionEnv.
   */
  region?: string;
  /**
   * The environment variable holding the region when `region` is not set. Default: AWS_REGION.
   */
  regionEnv?: string;
  /**
   * The runtime endpoint (no trailing path needed), e.g. a VPC endpoint or a test server. Default: https://bedrock-runtime.{region}.amazonaws.com.
   */
  baseUrl?: string;
  /**
   * How requests are authenticated: sigv4 (access keys), apiKey (a Bedrock API key sent as a bearer token). Default: apiKey when the variable named by apiKeyEnv is set, sigv4 otherwise.
   */
  auth?: "sigv4" | "apiKey";
  /**
   * The variable holding the access key id. Default: AWS_ACCESS_KEY_ID.
   */
  accessKeyIdEnv?: string;
  /**
   * The variable holding the secret access key. Default: AWS_SECRET_ACCESS_KEY.
   */
  secretAccessKeyEnv?: string;
  /**
   * The variable holding the session token of temporary credentials (optional). Default: AWS_SESSION_TOKEN.
   */
  sessionTokenEnv?: string;
  /**
   * The variable holding a Bedrock API key (bearer token). Default: AWS_BEARER_TOKEN_BEDROCK.
   */
  apiKeyEnv?: string;
  /**
   * The name of the credential in the gateway's credential vault, instead of the *Env variables (which it excludes), read on every request (a rotated credential is used from the next request on): a Bedrock API key (sent as a bearer token), or AWS access keys as JSON {"accessKeyId", "secretAccessKey", "sessionToken"?} (signed with SigV4). auth says which to expect; by default a value starting with { is access keys. A request fails with a 500 naming the credential when the vault has no such credential (or no vault is configured).
   */
  credential?: string;
  /**
   * Forces the Bedrock model id (or inference profile / ARN), whatever model the client asked for.
   */
  model?: string;
  /**
   * Client model names mapped to Bedrock model ids, e.g. {"claude-haiku": "anthropic.claude-3-haiku-20240307-v1:0"}. Unmapped names are used as the model id.
   */
  modelMap?: {
    [k: string]: string;
  };
  /**
   * The model ids listed on /v1/models (Bedrock's runtime has no listing endpoint). Default: the keys of modelMap, plus `model`.
   */
  models?: string[];
  /**
   * inferenceConfig.maxTokens when the client sets neither max_tokens nor max_completion_tokens. Default: none (Bedrock then uses the model's maximum).
   */
  defaultMaxTokens?: number;
  /**
   * Clamps the client's max tokens to this value (the model's own output limit, say).
   */
  maxTokensLimit?: number;
  /**
   * How response_format json_object / json_schema is obtained: tool (a forced tool whose input is the answer; works on models with tool choice, e.g. Claude), native (Converse outputConfig.textFormat json_schema, on models that support structured output), prompt (a system instruction only). Default: tool.
   */
  jsonMode?: "tool" | "native" | "prompt";
  /**
   * What to do with http(s) image URLs, which Bedrock cannot take: fetch (download them through the gateway's HTTP client) or reject (400). Default: fetch.
   */
  imageUrls?: "fetch" | "reject";
  /**
   * The largest image fetched from a URL, in bytes. Default: 3750000 (Bedrock's per-image limit).
   */
  imageMaxBytes?: number;
  /**
   * The InvokeModel body family for /v1/embeddings: titan ({inputText}, one call per input) or cohere ({texts, input_type}, one call). Default: chosen by the model id (amazon.titan-embed* -> titan, cohere.embed* -> cohere).
   */
  embeddings?: "titan" | "cohere";
  /**
   * The Cohere input_type sent with embeddings. Default: search_document.
   */
  cohereInputType?: "search_document" | "search_query" | "classification" | "clustering";
  /**
   * How many Titan embedding calls run at once. Default: 8.
   */
  embeddingConcurrency?: number;
  /**
   * A Bedrock guardrail applied to every chat request (guardrailConfig).
   */
  guardrail?: {
    identifier: string;
    version: string;
    trace?: "enabled" | "disabled" | "enabled_full";
  };
  /**
   * Model-specific fields sent as additionalModelRequestFields (e.g. {"top_k": 50}).
   */
  additionalModelRequestFields?: {
    [k: string]: unknown;
  };
  /**
   * How long to wait for the upstream's response headers.
   */
  timeoutMs?: number;
  /**
   * What to do with a chat request parameter the upstream model refuses, as the capability table says (schemas/capabilities.json, with the gateway config's capabilities.overrides): `drop` (the default) drops, renames or clamps it so the model accepts the request, and says what changed in the x-aigw-adapted answer header and the record's `adaptations`: the client asked for an answer, and the parameter would only make the upstream refuse it. `error` answers 400 naming the parameter and the model instead, for clients that want their request sent as written or not at all. A feature the model lacks (tools, images, json_schema) cannot be adapted: a 400 either way, before any upstream call.
   */
  adapt?: "drop" | "error";
}
