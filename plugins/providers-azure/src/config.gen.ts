// GENERATED FILE - do not edit. Source: plugins/providers-azure/schema/config.json. Regenerate with `pnpm gen`.

/**
 * Calls Azure OpenAI deployments (chat, completions, embeddings, images, audio) with an API key or Microsoft Entra ID tokens.
 */
export interface AzureOpenAIProviderConfig {
  /**
   * The Azure OpenAI resource name; the endpoint becomes https://{resource}.openai.azure.com. Give this or endpoint.
   */
  resource?: string;
  /**
   * The resource endpoint, e.g. https://my-resource.openai.azure.com (or a gateway that serves the same paths, such as API Management); /openai/... paths are appended.
   */
  endpoint?: string;
  /**
   * Overrides where requests go: it replaces {endpoint}/openai, so /deployments/{deployment}/chat/completions (or /v1/chat/completions) is appended to it. For a proxy mounted under another path, or a test server.
   */
  baseUrl?: string;
  /**
   * The api-version of deployment URLs (default 2024-10-21, the latest GA data-plane version), or "v1" for the v1 API: /openai/v1/..., no api-version, the deployment sent as the body's model.
   */
  apiVersion?: string;
  /**
   * The deployment used for models not listed in deployments (whatever model the client names).
   */
  deployment?: string;
  /**
   * Deployment names by the model name clients use, e.g. { "gpt-4o": "prod-gpt4o" }. A model not listed goes to deployment, or else to a deployment of its own name.
   */
  deployments?: {
    [k: string]: string;
  };
  /**
   * How to authenticate: api-key (the api-key header), entra-id (Microsoft Entra ID client credentials, tokens fetched and cached), or bearer (a ready Entra ID token from the environment). Default: entra-id when entra is set, bearer when bearerTokenEnv is set, else api-key.
   */
  auth?: "api-key" | "entra-id" | "bearer";
  /**
   * The API key itself. Discouraged: prefer apiKeyEnv so the key stays out of config files.
   */
  apiKey?: string;
  /**
   * The environment variable holding the API key. Default: AZURE_OPENAI_API_KEY.
   */
  apiKeyEnv?: string;
  /**
   * The name of the API key (sent as the api-key header) in the gateway's credential vault, instead of apiKey / apiKeyEnv (which it excludes; auth must then be api-key), read on every request (a rotated key is used from the next request on). A request fails with a 500 naming the credential when the vault has no such credential (or no vault is configured).
   */
  credential?: string;
  /**
   * The environment variable holding a Microsoft Entra ID access token, sent as Authorization: Bearer (auth: bearer). Default: AZURE_OPENAI_AD_TOKEN.
   */
  bearerTokenEnv?: string;
  /**
   * Microsoft Entra ID client credentials (auth: entra-id): a token for the Cognitive Services scope is fetched from the tenant's token endpoint and cached until shortly before it expires.
   */
  entra?: {
    /**
     * The directory (tenant) id. Default: the AZURE_TENANT_ID environment variable.
     */
    tenantId?: string;
    /**
     * The application (client) id. Default: the AZURE_CLIENT_ID environment variable.
     */
    clientId?: string;
    /**
     * The environment variable holding the client secret. Default: AZURE_CLIENT_SECRET.
     */
    clientSecretEnv?: string;
    /**
     * The token endpoint's base (default https://login.microsoftonline.com; sovereign clouds differ, e.g. https://login.microsoftonline.us).
     */
    authorityHost?: string;
    /**
     * The scope asked for. Default: https://cognitiveservices.azure.com/.default.
     */
    scope?: string;
  };
  /**
   * Extra static headers sent with every upstream request (an API Management subscription key, for instance).
   */
  headers?: {
    [k: string]: string;
  };
  /**
   * The model ids listed on /v1/models. Default: the keys of deployments.
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
   * Whether requests that came through the Responses API ingress (plugins/ingress-responses) go upstream to the Responses API (/v1/responses with apiVersion v1, else /responses?api-version=...; dated versions need 2025-03-01-preview or later), answered natively with no round trip through Chat Completions. The gateway sends the native body only when no node on the way back reads answers.
   */
  responsesApi?: boolean;
}
