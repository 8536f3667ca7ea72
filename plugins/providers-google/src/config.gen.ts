// GENERATED FILE - do not edit. Source: plugins/providers-google/schema/config.json. Regenerate with `pnpm gen`.

/**
 * Calls Google Gemini models through the Gemini API (generativelanguage.googleapis.com, API key) or Vertex AI (aiplatform.googleapis.com, service account).
 */
export interface GoogleProviderConfig {
  /**
   * Which Google API to call. Default: gemini.
   */
  api?: "gemini" | "vertex";
  /**
   * Overrides the API origin (e.g. a proxy or a test server), without the version path: https://generativelanguage.googleapis.com for the Gemini API, https://{location}-aiplatform.googleapis.com for Vertex AI.
   */
  baseUrl?: string;
  /**
   * The API version path segment. Default: v1beta for the Gemini API, v1 for Vertex AI.
   */
  apiVersion?: string;
  /**
   * Gemini API only: the API key itself. Discouraged: prefer apiKeyEnv so the key stays out of config files.
   */
  apiKey?: string;
  /**
   * Gemini API only: the environment variable holding the API key. Default: GEMINI_API_KEY, then GOOGLE_API_KEY.
   */
  apiKeyEnv?: string;
  /**
   * Gemini API only: the name of the API key in the gateway's credential vault, instead of apiKey / apiKeyEnv (which it excludes), read on every request (a rotated key is used from the next request on). A request fails with a 500 naming the credential when the vault has no such credential (or no vault is configured). Vertex AI reads its service account from the environment or a file.
   */
  credential?: string;
  /**
   * Vertex AI only: the Google Cloud project id. Default: the service account's project_id.
   */
  project?: string;
  /**
   * Vertex AI only: the region (us-central1, europe-west4...) or global. Default: us-central1.
   */
  location?: string;
  /**
   * Vertex AI only: the environment variable holding the service account key JSON itself. Default: GOOGLE_APPLICATION_CREDENTIALS_JSON.
   */
  credentialsEnv?: string;
  /**
   * Vertex AI only: the path of a service account key JSON file (Node, Bun and Deno). When neither this nor credentialsEnv's variable is set, the file named by GOOGLE_APPLICATION_CREDENTIALS is read.
   */
  credentialsFile?: string;
  /**
   * Vertex AI only: an environment variable holding a ready OAuth access token (e.g. from `gcloud auth print-access-token`), used instead of a service account. The gateway does not refresh it.
   */
  accessTokenEnv?: string;
  /**
   * Extra static headers sent with every upstream request.
   */
  headers?: {
    [k: string]: string;
  };
  /**
   * Forces the upstream model name, whatever model the client asked for.
   */
  model?: string;
  /**
   * The model ids listed on /v1/models.
   */
  models?: string[];
  /**
   * maxOutputTokens sent when the client gives neither max_tokens nor max_completion_tokens. Default: none (the model's own limit).
   */
  defaultMaxTokens?: number;
  /**
   * Clamps the client's max_tokens / max_completion_tokens to this value (the model's output limit).
   */
  maxTokensLimit?: number;
  /**
   * How tool parameters and response_format json_schema are sent: openapi (default) converts them to Gemini's OpenAPI 3.0 subset (parameters / responseSchema, works with every model); json-schema sends them untouched as parametersJsonSchema / responseJsonSchema (newer models only).
   */
  schemaDialect?: "openapi" | "json-schema";
  /**
   * What to do with http(s) image URLs: pass (default) sends them as fileData for Google to fetch; fetch downloads them through the gateway and sends the bytes inline.
   */
  imageUrls?: "pass" | "fetch";
  /**
   * With imageUrls fetch: the largest image the gateway downloads. Default: 20 MiB.
   */
  maxImageBytes?: number;
  /**
   * Send tool call ids as functionCall.id / functionResponse.id. Default: true for the Gemini API, false for Vertex AI (whose v1 clients do not accept ids; calls are matched by name and order).
   */
  functionCallIds?: boolean;
  /**
   * When an earlier assistant tool call comes back without its Gemini thought signature (a client that dropped extra_content), send Google's documented validator-skip signature: auto (default) for gemini-3 and later models, always, or never.
   */
  thoughtSignatureFallback?: "auto" | "always" | "never";
  /**
   * When Google blocks the prompt itself (promptFeedback.blockReason): content_filter (default) answers 200 with finish_reason content_filter and the reason as refusal; error answers 400 content_denied.
   */
  blockedPrompt?: "content_filter" | "error";
  /**
   * Vertex AI only: send the request's metadata as Vertex labels (billing breakdowns). Pairs that break Vertex's label rules are dropped. Default: false.
   */
  metadataAsLabels?: boolean;
  /**
   * Google safety settings sent with every generation request.
   */
  safetySettings?: {
    category: string;
    threshold: string;
  }[];
  /**
   * How long to wait for the upstream's response headers (a non-streamed answer's headers come only once it is complete).
   */
  timeoutMs?: number;
  /**
   * What to do with a chat request parameter the upstream model refuses, as the capability table says (schemas/capabilities.json, with the gateway config's capabilities.overrides): `drop` (the default) drops, renames or clamps it so the model accepts the request, and says what changed in the x-aigw-adapted answer header and the record's `adaptations`: the client asked for an answer, and the parameter would only make the upstream refuse it. `error` answers 400 naming the parameter and the model instead, for clients that want their request sent as written or not at all. A feature the model lacks (tools, images, json_schema) cannot be adapted: a 400 either way, before any upstream call.
   */
  adapt?: "drop" | "error";
}
