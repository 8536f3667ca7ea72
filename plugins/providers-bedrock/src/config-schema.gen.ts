// GENERATED FILE - do not edit. Source: plugins/providers-bedrock/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "BedrockProviderConfig",
  "description": "Calls AWS Bedrock through the Converse / ConverseStream APIs (chat) and InvokeModel (Titan and Cohere embeddings), signed with AWS Signature Version 4 or a Bedrock API key.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "region": {
      "description": "The AWS region, e.g. us-east-1. Default: the variable named by regionEnv.",
      "type": "string",
      "pattern": "^[a-z0-9-]+$"
    },
    "regionEnv": {
      "description": "The environment variable holding the region when `region` is not set. Default: AWS_REGION.",
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
    },
    "baseUrl": {
      "description": "The runtime endpoint (no trailing path needed), e.g. a VPC endpoint or a test server. Default: https://bedrock-runtime.{region}.amazonaws.com.",
      "type": "string",
      "pattern": "^https?://"
    },
    "auth": {
      "description": "How requests are authenticated: sigv4 (access keys), apiKey (a Bedrock API key sent as a bearer token). Default: apiKey when the variable named by apiKeyEnv is set, sigv4 otherwise.",
      "enum": [
        "sigv4",
        "apiKey"
      ]
    },
    "accessKeyIdEnv": {
      "description": "The variable holding the access key id. Default: AWS_ACCESS_KEY_ID.",
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
    },
    "secretAccessKeyEnv": {
      "description": "The variable holding the secret access key. Default: AWS_SECRET_ACCESS_KEY.",
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
    },
    "sessionTokenEnv": {
      "description": "The variable holding the session token of temporary credentials (optional). Default: AWS_SESSION_TOKEN.",
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
    },
    "apiKeyEnv": {
      "description": "The variable holding a Bedrock API key (bearer token). Default: AWS_BEARER_TOKEN_BEDROCK.",
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
    },
    "credential": {
      "description": "The name of the credential in the gateway's credential vault, instead of the *Env variables (which it excludes), read on every request (a rotated credential is used from the next request on): a Bedrock API key (sent as a bearer token), or AWS access keys as JSON {\"accessKeyId\", \"secretAccessKey\", \"sessionToken\"?} (signed with SigV4). auth says which to expect; by default a value starting with { is access keys. A request fails with a 500 naming the credential when the vault has no such credential (or no vault is configured).",
      "type": "string",
      "minLength": 1
    },
    "model": {
      "description": "Forces the Bedrock model id (or inference profile / ARN), whatever model the client asked for.",
      "type": "string",
      "minLength": 1
    },
    "modelMap": {
      "description": "Client model names mapped to Bedrock model ids, e.g. {\"claude-haiku\": \"anthropic.claude-3-haiku-20240307-v1:0\"}. Unmapped names are used as the model id.",
      "type": "object",
      "additionalProperties": {
        "type": "string",
        "minLength": 1
      }
    },
    "models": {
      "description": "The model ids listed on /v1/models (Bedrock's runtime has no listing endpoint). Default: the keys of modelMap, plus `model`.",
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      },
      "uniqueItems": true
    },
    "defaultMaxTokens": {
      "description": "inferenceConfig.maxTokens when the client sets neither max_tokens nor max_completion_tokens. Default: none (Bedrock then uses the model's maximum).",
      "type": "integer",
      "minimum": 1
    },
    "maxTokensLimit": {
      "description": "Clamps the client's max tokens to this value (the model's own output limit, say).",
      "type": "integer",
      "minimum": 1
    },
    "jsonMode": {
      "description": "How response_format json_object / json_schema is obtained: tool (a forced tool whose input is the answer; works on models with tool choice, e.g. Claude), native (Converse outputConfig.textFormat json_schema, on models that support structured output), prompt (a system instruction only). Default: tool.",
      "enum": [
        "tool",
        "native",
        "prompt"
      ]
    },
    "imageUrls": {
      "description": "What to do with http(s) image URLs, which Bedrock cannot take: fetch (download them through the gateway's HTTP client) or reject (400). Default: fetch.",
      "enum": [
        "fetch",
        "reject"
      ]
    },
    "imageMaxBytes": {
      "description": "The largest image fetched from a URL, in bytes. Default: 3750000 (Bedrock's per-image limit).",
      "type": "integer",
      "minimum": 1
    },
    "embeddings": {
      "description": "The InvokeModel body family for /v1/embeddings: titan ({inputText}, one call per input) or cohere ({texts, input_type}, one call). Default: chosen by the model id (amazon.titan-embed* -> titan, cohere.embed* -> cohere).",
      "enum": [
        "titan",
        "cohere"
      ]
    },
    "cohereInputType": {
      "description": "The Cohere input_type sent with embeddings. Default: search_document.",
      "enum": [
        "search_document",
        "search_query",
        "classification",
        "clustering"
      ]
    },
    "embeddingConcurrency": {
      "description": "How many Titan embedding calls run at once. Default: 8.",
      "type": "integer",
      "minimum": 1,
      "maximum": 64
    },
    "guardrail": {
      "description": "A Bedrock guardrail applied to every chat request (guardrailConfig).",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "identifier",
        "version"
      ],
      "properties": {
        "identifier": {
          "type": "string",
          "minLength": 1
        },
        "version": {
          "type": "string",
          "minLength": 1
        },
        "trace": {
          "enum": [
            "enabled",
            "disabled",
            "enabled_full"
          ]
        }
      }
    },
    "additionalModelRequestFields": {
      "description": "Model-specific fields sent as additionalModelRequestFields (e.g. {\"top_k\": 50}).",
      "type": "object",
      "additionalProperties": true
    },
    "timeoutMs": {
      "description": "How long to wait for the upstream's response headers.",
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
        "apiKeyEnv": false,
        "accessKeyIdEnv": false,
        "secretAccessKeyEnv": false,
        "sessionTokenEnv": false
      }
    }
  }
} as const;
