// GENERATED FILE - do not edit. Source: plugins/providers-anthropic/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "AnthropicProviderConfig",
  "description": "Calls Anthropic's Messages API (POST /v1/messages), translating OpenAI chat completions both ways.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "baseUrl": {
      "description": "The API base URL without /v1 (default https://api.anthropic.com); /v1/messages and /v1/models are appended.",
      "type": "string",
      "pattern": "^https?://"
    },
    "apiKey": {
      "description": "The API key itself. Discouraged: prefer apiKeyEnv so the key stays out of config files.",
      "type": "string",
      "minLength": 1
    },
    "apiKeyEnv": {
      "description": "The environment variable holding the API key, sent as x-api-key. Default: ANTHROPIC_API_KEY.",
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
    },
    "credential": {
      "description": "The name of the API key (sent as x-api-key) in the gateway's credential vault, read on every request (a rotated key is used from the next request on). Instead of apiKey / apiKeyEnv, which it excludes. A request fails with a 500 naming the credential when the vault has no such credential (or no vault is configured).",
      "type": "string",
      "minLength": 1
    },
    "anthropicVersion": {
      "description": "Sent as the anthropic-version header. Default: 2023-06-01.",
      "type": "string",
      "minLength": 1
    },
    "anthropicBeta": {
      "description": "Beta features, sent comma-separated as the anthropic-beta header (e.g. fine-grained-tool-streaming-2025-05-14).",
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      },
      "uniqueItems": true
    },
    "headers": {
      "description": "Extra static headers sent with every upstream request.",
      "type": "object",
      "additionalProperties": {
        "type": "string"
      }
    },
    "model": {
      "description": "Forces the upstream model, whatever model the client asked for.",
      "type": "string",
      "minLength": 1
    },
    "modelMap": {
      "description": "Maps the client's model names to Anthropic model ids (e.g. {\"claude\": \"claude-sonnet-4-5\"}); unmapped names pass through.",
      "type": "object",
      "additionalProperties": {
        "type": "string",
        "minLength": 1
      }
    },
    "defaultMaxTokens": {
      "description": "max_tokens sent when the client gives neither max_completion_tokens nor max_tokens (Anthropic requires one). Default: 4096.",
      "type": "integer",
      "minimum": 1,
      "default": 4096
    },
    "maxTokensLimit": {
      "description": "Clamps the max_tokens sent upstream to this value (e.g. the model's maximum output), so oversized client values do not fail.",
      "type": "integer",
      "minimum": 1
    },
    "jsonSchemaMode": {
      "description": "How response_format json_schema is obtained: 'tool' (default, any model) forces a tool whose input_schema is the schema and returns its input as the message content; 'native' sends output_config.format (structured outputs, Claude 4.5 and later).",
      "enum": [
        "tool",
        "native"
      ],
      "default": "tool"
    },
    "models": {
      "description": "The model ids listed on /v1/models. When absent, Anthropic's GET /v1/models is listed (cached for 5 minutes).",
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      },
      "uniqueItems": true
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
