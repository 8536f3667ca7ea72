// GENERATED FILE - do not edit. Source: plugins/providers-openai/schema/config.json. Regenerate with `pnpm gen`.

/**
 * Calls OpenAI, or any OpenAI-compatible API (a preset or a custom base URL).
 */
export interface OpenAIProviderConfig {
  /**
   * A known OpenAI-compatible service: sets the base URL and the default API key variable. Default: openai (unless baseUrl is set).
   */
  preset?:
    | "openai"
    | "groq"
    | "together"
    | "fireworks"
    | "deepseek"
    | "xai"
    | "openrouter"
    | "perplexity"
    | "mistral"
    | "ollama"
    | "vllm"
    | "lmstudio";
  /**
   * The API base URL, e.g. https://api.openai.com/v1 (overrides the preset's); endpoint paths such as /chat/completions are appended.
   */
  baseUrl?: string;
  /**
   * The API key itself. Discouraged: prefer apiKeyEnv so the key stays out of config files.
   */
  apiKey?: string;
  /**
   * The environment variable holding the API key. Default per preset (OPENAI_API_KEY, GROQ_API_KEY...); local presets (ollama, vllm, lmstudio) need none.
   */
  apiKeyEnv?: string;
  /**
   * The name of the API key in the gateway's credential vault, read on every request (a rotated key is used from the next request on). Instead of apiKey / apiKeyEnv, which it excludes. A request fails with a 500 naming the credential when the vault has no such credential (or no vault is configured).
   */
  credential?: string;
  /**
   * Sent as the OpenAI-Organization header.
   */
  organization?: string;
  /**
   * Sent as the OpenAI-Project header.
   */
  project?: string;
  /**
   * Extra static headers sent with every upstream request (e.g. OpenRouter's HTTP-Referer).
   */
  headers?: {
    [k: string]: string;
  };
  /**
   * Forces the upstream model name, whatever model the client asked for.
   */
  model?: string;
  /**
   * The model ids listed on /v1/models. When absent, the upstream's GET /models is listed (cached for 5 minutes).
   */
  models?: string[];
  /**
   * How long to wait for the upstream's response headers (a non-streamed answer's headers come only once it is complete).
   */
  timeoutMs?: number;
  /**
   * What to do with a chat request parameter the upstream model refuses, as the capability table says (schemas/capabilities.json, with the gateway config's capabilities.overrides): `drop` (the default) drops, renames or clamps it so the model accepts the request, and says what changed in the x-aigw-adapted answer header and the record's `adaptations`: the client asked for an answer, and the parameter would only make the upstream refuse it. `error` answers 400 naming the parameter and the model instead, for clients that want their request sent as written or not at all. A feature the model lacks (tools, images, json_schema) cannot be adapted: a 400 either way, before any upstream call.
   */
  adapt?: "drop" | "error";
  /**
   * Whether requests that came through the Responses API ingress (plugins/ingress-responses) go upstream to /responses as they are, answered natively with no round trip through Chat Completions. Defaults to true for the openai preset (and no baseUrl), false otherwise: set it for another upstream that serves /responses. The gateway sends the native body only when no node on the way back reads answers.
   */
  responsesApi?: boolean;
}
