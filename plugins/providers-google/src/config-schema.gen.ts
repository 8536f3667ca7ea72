// GENERATED FILE - do not edit. Source: plugins/providers-google/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "GoogleProviderConfig",
  "description": "Calls Google Gemini models through the Gemini API (generativelanguage.googleapis.com, API key) or Vertex AI (aiplatform.googleapis.com, service account).",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "api": {
      "description": "Which Google API to call. Default: gemini.",
      "enum": [
        "gemini",
        "vertex"
      ]
    },
    "baseUrl": {
      "description": "Overrides the API origin (e.g. a proxy or a test server), without the version path: https://generativelanguage.googleapis.com for the Gemini API, https://{location}-aiplatform.googleapis.com for Vertex AI.",
      "type": "string",
      "pattern": "^https?://"
    },
    "apiVersion": {
      "description": "The API version path segment. Default: v1beta for the Gemini API, v1 for Vertex AI.",
      "type": "string",
      "pattern": "^v[0-9a-z]+$"
    },
    "apiKey": {
      "description": "Gemini API only: the API key itself. Discouraged: prefer apiKeyEnv so the key stays out of config files.",
      "type": "string",
      "minLength": 1
    },
    "apiKeyEnv": {
      "description": "Gemini API only: the environment variable holding the API key. Default: GEMINI_API_KEY, then GOOGLE_API_KEY.",
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
    },
    "credential": {
      "description": "Gemini API only: the name of the API key in the gateway's credential vault, instead of apiKey / apiKeyEnv (which it excludes), read on every request (a rotated key is used from the next request on). A request fails with a 500 naming the credential when the vault has no such credential (or no vault is configured). Vertex AI reads its service account from the environment or a file.",
      "type": "string",
      "minLength": 1
    },
    "project": {
      "description": "Vertex AI only: the Google Cloud project id. Default: the service account's project_id.",
      "type": "string",
      "minLength": 1
    },
    "location": {
      "description": "Vertex AI only: the region (us-central1, europe-west4...) or global. Default: us-central1.",
      "type": "string",
      "pattern": "^[a-z0-9-]+$"
    },
    "credentialsEnv": {
      "description": "Vertex AI only: the environment variable holding the service account key JSON itself. Default: GOOGLE_APPLICATION_CREDENTIALS_JSON.",
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
    },
    "credentialsFile": {
      "description": "Vertex AI only: the path of a service account key JSON file (Node, Bun and Deno). When neither this nor credentialsEnv's variable is set, the file named by GOOGLE_APPLICATION_CREDENTIALS is read.",
      "type": "string",
      "minLength": 1
    },
    "accessTokenEnv": {
      "description": "Vertex AI only: an environment variable holding a ready OAuth access token (e.g. from `gcloud auth print-access-token`), used instead of a service account. The gateway does not refresh it.",
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
    },
    "headers": {
      "description": "Extra static headers sent with every upstream request.",
      "type": "object",
      "additionalProperties": {
        "type": "string"
      }
    },
    "model": {
      "description": "Forces the upstream model name, whatever model the client asked for.",
      "type": "string",
      "minLength": 1
    },
    "models": {
      "description": "The model ids listed on /v1/models.",
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      },
      "uniqueItems": true
    },
    "defaultMaxTokens": {
      "description": "maxOutputTokens sent when the client gives neither max_tokens nor max_completion_tokens. Default: none (the model's own limit).",
      "type": "integer",
      "minimum": 1
    },
    "maxTokensLimit": {
      "description": "Clamps the client's max_tokens / max_completion_tokens to this value (the model's output limit).",
      "type": "integer",
      "minimum": 1
    },
    "schemaDialect": {
      "description": "How tool parameters and response_format json_schema are sent: openapi (default) converts them to Gemini's OpenAPI 3.0 subset (parameters / responseSchema, works with every model); json-schema sends them untouched as parametersJsonSchema / responseJsonSchema (newer models only).",
      "enum": [
        "openapi",
        "json-schema"
      ]
    },
    "imageUrls": {
      "description": "What to do with http(s) image URLs: pass (default) sends them as fileData for Google to fetch; fetch downloads them through the gateway and sends the bytes inline.",
      "enum": [
        "pass",
        "fetch"
      ]
    },
    "maxImageBytes": {
      "description": "With imageUrls fetch: the largest image the gateway downloads. Default: 20 MiB.",
      "type": "integer",
      "minimum": 1
    },
    "functionCallIds": {
      "description": "Send tool call ids as functionCall.id / functionResponse.id. Default: true for the Gemini API, false for Vertex AI (whose v1 clients do not accept ids; calls are matched by name and order).",
      "type": "boolean"
    },
    "thoughtSignatureFallback": {
      "description": "When an earlier assistant tool call comes back without its Gemini thought signature (a client that dropped extra_content), send Google's documented validator-skip signature: auto (default) for gemini-3 and later models, always, or never.",
      "enum": [
        "auto",
        "always",
        "never"
      ]
    },
    "blockedPrompt": {
      "description": "When Google blocks the prompt itself (promptFeedback.blockReason): content_filter (default) answers 200 with finish_reason content_filter and the reason as refusal; error answers 400 content_denied.",
      "enum": [
        "content_filter",
        "error"
      ]
    },
    "metadataAsLabels": {
      "description": "Vertex AI only: send the request's metadata as Vertex labels (billing breakdowns). Pairs that break Vertex's label rules are dropped. Default: false.",
      "type": "boolean"
    },
    "safetySettings": {
      "description": "Google safety settings sent with every generation request.",
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "category",
          "threshold"
        ],
        "properties": {
          "category": {
            "type": "string",
            "pattern": "^HARM_CATEGORY_[A-Z_]+$"
          },
          "threshold": {
            "type": "string",
            "pattern": "^[A-Z_]+$"
          }
        }
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
        "apiKeyEnv": false,
        "credentialsEnv": false,
        "credentialsFile": false,
        "accessTokenEnv": false,
        "api": {
          "enum": [
            "gemini"
          ]
        }
      }
    }
  }
} as const;
