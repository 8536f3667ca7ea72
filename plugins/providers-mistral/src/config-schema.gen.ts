// GENERATED FILE - do not edit. Source: plugins/providers-mistral/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "MistralProviderConfig",
  "description": "Calls Mistral AI's chat completions, embeddings and moderations, translating OpenAI's format to Mistral's and back.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "baseUrl": {
      "description": "The API base URL (default https://api.mistral.ai/v1); /chat/completions, /embeddings, /moderations and /models are appended.",
      "type": "string",
      "pattern": "^https?://"
    },
    "apiKey": {
      "description": "The API key itself. Discouraged: prefer apiKeyEnv so the key stays out of config files.",
      "type": "string",
      "minLength": 1
    },
    "apiKeyEnv": {
      "description": "The environment variable holding the API key, sent as Authorization: Bearer. Default: MISTRAL_API_KEY.",
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
    },
    "credential": {
      "description": "The name of the API key in the gateway's credential vault, instead of apiKey / apiKeyEnv (which it excludes), read on every request (a rotated key is used from the next request on). A request fails with a 500 naming the credential when the vault has no such credential (or no vault is configured).",
      "type": "string",
      "minLength": 1
    },
    "model": {
      "description": "Forces the upstream model (e.g. mistral-large-latest), whatever model the client asked for.",
      "type": "string",
      "minLength": 1
    },
    "models": {
      "description": "The model ids listed on /v1/models. When absent, Mistral's GET /models is listed (cached for 5 minutes).",
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      },
      "uniqueItems": true
    },
    "toolCallIds": {
      "description": "Mistral requires tool call ids of exactly 9 letters and digits. remap (default): other ids (OpenAI's call_...) are replaced by stable 9-character ids on the way in and given back on the way out; keep: ids are sent as they are.",
      "enum": [
        "remap",
        "keep"
      ],
      "default": "remap"
    },
    "headers": {
      "description": "Extra static headers sent with every upstream request.",
      "type": "object",
      "additionalProperties": {
        "type": "string"
      }
    },
    "timeoutMs": {
      "description": "How long to wait for the upstream's response headers (a non-streamed answer's headers come only once it is complete).",
      "type": "integer",
      "minimum": 1,
      "maximum": 3600000,
      "default": 600000
    },
    "adapt": {
      "description": "What to do with a chat request parameter the upstream model refuses, as the capability table says (schemas/capabilities.json, with the gateway config's capabilities.overrides): `drop` (the default) drops, renames or clamps it so the model accepts the request, and says what changed in the x-aigw-adapted answer header and the record's `adaptations`: the client asked for an answer, and the parameter would only make the upstream refuse it. `error` answers 400 naming the parameter and the model instead, for clients that want their request sent as written or not at all. A feature the model lacks (tools, images, json_schema) cannot be adapted: a 400 either way, before any upstream call.",
      "enum": [
        "drop",
        "error"
      ],
      "default": "drop"
    }
  },
  "dependencies": {
    "credential": {
      "description": "A node names its secret once: credential excludes the other ways of giving it.",
      "properties": {
        "apiKey": false,
        "apiKeyEnv": false
      }
    }
  }
} as const;
