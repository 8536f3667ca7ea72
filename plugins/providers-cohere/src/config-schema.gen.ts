// GENERATED FILE - do not edit. Source: plugins/providers-cohere/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "CohereProviderConfig",
  "description": "Calls Cohere's Chat API v2 and Embed API v2, translating OpenAI-shaped requests and answers both ways.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "baseUrl": {
      "description": "The API base URL without a version, e.g. https://api.cohere.com (default); /v2/chat and /v2/embed are appended.",
      "type": "string",
      "pattern": "^https?://"
    },
    "apiKey": {
      "description": "The API key itself. Discouraged: prefer apiKeyEnv so the key stays out of config files.",
      "type": "string",
      "minLength": 1
    },
    "apiKeyEnv": {
      "description": "The environment variable holding the API key. Default: CO_API_KEY (Cohere's SDKs' variable), then COHERE_API_KEY when CO_API_KEY is unset.",
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
    },
    "credential": {
      "description": "The name of the API key in the gateway's credential vault, instead of apiKey / apiKeyEnv (which it excludes), read on every request (a rotated key is used from the next request on). A request fails with a 500 naming the credential when the vault has no such credential (or no vault is configured).",
      "type": "string",
      "minLength": 1
    },
    "clientName": {
      "description": "Sent as the X-Client-Name header (Cohere's name for the calling project).",
      "type": "string",
      "minLength": 1
    },
    "headers": {
      "description": "Extra static headers sent with every upstream request.",
      "type": "object",
      "additionalProperties": {
        "type": "string"
      }
    },
    "model": {
      "description": "Forces the upstream chat model (e.g. command-a-03-2025), whatever model the client asked for.",
      "type": "string",
      "minLength": 1
    },
    "embeddingModel": {
      "description": "Forces the upstream embedding model (e.g. embed-v4.0), whatever model the client asked for.",
      "type": "string",
      "minLength": 1
    },
    "models": {
      "description": "The model ids listed on /v1/models for this node. Nothing is listed when absent.",
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      },
      "uniqueItems": true
    },
    "maxTokens": {
      "description": "max_tokens sent when the client gives neither max_tokens nor max_completion_tokens. Unset: Cohere uses the model's own output limit.",
      "type": "integer",
      "minimum": 1
    },
    "inputType": {
      "description": "The Embed API's input_type when the request does not name one (a non-OpenAI `input_type` field in the body wins).",
      "enum": [
        "search_document",
        "search_query",
        "classification",
        "clustering"
      ],
      "default": "search_document"
    },
    "usageSource": {
      "description": "Which of Cohere's counts becomes OpenAI usage: billed_units (what Cohere charges; default) or tokens (what the model processed, including Cohere's own prompt template). The other is the fallback when one is missing.",
      "enum": [
        "billed",
        "tokens"
      ],
      "default": "billed"
    },
    "extraBody": {
      "description": "Fields merged into every Chat API request body (e.g. safety_mode, citation_options, thinking); translated fields win over them.",
      "type": "object",
      "additionalProperties": true
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
