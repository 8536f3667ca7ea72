// GENERATED FILE - do not edit. Source: plugins/providers-mistral/schema/config.json. Regenerate with `pnpm gen`.

/**
 * Calls Mistral AI's chat completions, embeddings and moderations, translating OpenAI's format to Mistral's and back.
 */
export interface MistralProviderConfig {
  /**
   * The API base URL (default https://api.mistral.ai/v1); /chat/completions, /embeddings, /moderations and /models are appended.
   */
  baseUrl?: string;
  /**
   * The API key itself. Discouraged: prefer apiKeyEnv so the key stays out of config files.
   */
  apiKey?: string;
  /**
   * The environment variable holding the API key, sent as Authorization: Bearer. Default: MISTRAL_API_KEY.
   */
  apiKeyEnv?: string;
  /**
   * The name of the API key in the gateway's credential vault, instead of apiKey / apiKeyEnv (which it excludes), read on every request (a rotated key is used from the next request on). A request fails with a 500 naming the credential when the vault has no such credential (or no vault is configured).
   */
  credential?: string;
  /**
   * Forces the upstream model (e.g. mistral-large-latest), whatever model the client asked for.
   */
  model?: string;
  /**
   * The model ids listed on /v1/models. When absent, Mistral's GET /models is listed (cached for 5 minutes).
   */
  models?: string[];
  /**
   * Mistral requires tool call ids of exactly 9 letters and digits. remap (default): other ids (OpenAI's call_...) are replaced by stable 9-character ids on the way in and given back on the way out; keep: ids are sent as they are.
   */
  toolCallIds?: "remap" | "keep";
  /**
   * Extra static headers sent with every upstream request.
   */
  headers?: {
    [k: string]: string;
  };
  /**
   * How long to wait for the upstream's response headers (a non-streamed answer's headers come only once it is complete).
   */
  timeoutMs?: number;
  /**
   * What to do with a chat request parameter the upstream model refuses, as the capability table says (schemas/capabilities.json, with the gateway config's capabilities.overrides): `drop` (the default) drops, renames or clamps it so the model accepts the request, and says what changed in the x-aigw-adapted answer header and the record's `adaptations`: the client asked for an answer, and the parameter would only make the upstream refuse it. `error` answers 400 naming the parameter and the model instead, for clients that want their request sent as written or not at all. A feature the model lacks (tools, images, json_schema) cannot be adapted: a 400 either way, before any upstream call.
   */
  adapt?: "drop" | "error";
}
