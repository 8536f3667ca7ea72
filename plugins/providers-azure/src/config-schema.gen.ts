// GENERATED FILE - do not edit. Source: plugins/providers-azure/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "AzureOpenAIProviderConfig",
  "description": "Calls Azure OpenAI deployments (chat, completions, embeddings, images, audio) with an API key or Microsoft Entra ID tokens.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "resource": {
      "description": "The Azure OpenAI resource name; the endpoint becomes https://{resource}.openai.azure.com. Give this or endpoint.",
      "type": "string",
      "pattern": "^[A-Za-z0-9][A-Za-z0-9-]*$"
    },
    "endpoint": {
      "description": "The resource endpoint, e.g. https://my-resource.openai.azure.com (or a gateway that serves the same paths, such as API Management); /openai/... paths are appended.",
      "type": "string",
      "pattern": "^https?://"
    },
    "baseUrl": {
      "description": "Overrides where requests go: it replaces {endpoint}/openai, so /deployments/{deployment}/chat/completions (or /v1/chat/completions) is appended to it. For a proxy mounted under another path, or a test server.",
      "type": "string",
      "pattern": "^https?://"
    },
    "apiVersion": {
      "description": "The api-version of deployment URLs (default 2024-10-21, the latest GA data-plane version), or \"v1\" for the v1 API: /openai/v1/..., no api-version, the deployment sent as the body's model.",
      "type": "string",
      "pattern": "^(v1|[0-9]{4}-[0-9]{2}-[0-9]{2}(-preview)?)$",
      "default": "2024-10-21"
    },
    "deployment": {
      "description": "The deployment used for models not listed in deployments (whatever model the client names).",
      "type": "string",
      "minLength": 1
    },
    "deployments": {
      "description": "Deployment names by the model name clients use, e.g. { \"gpt-4o\": \"prod-gpt4o\" }. A model not listed goes to deployment, or else to a deployment of its own name.",
      "type": "object",
      "additionalProperties": {
        "type": "string",
        "minLength": 1
      }
    },
    "auth": {
      "description": "How to authenticate: api-key (the api-key header), entra-id (Microsoft Entra ID client credentials, tokens fetched and cached), or bearer (a ready Entra ID token from the environment). Default: entra-id when entra is set, bearer when bearerTokenEnv is set, else api-key.",
      "enum": [
        "api-key",
        "entra-id",
        "bearer"
      ]
    },
    "apiKey": {
      "description": "The API key itself. Discouraged: prefer apiKeyEnv so the key stays out of config files.",
      "type": "string",
      "minLength": 1
    },
    "apiKeyEnv": {
      "description": "The environment variable holding the API key. Default: AZURE_OPENAI_API_KEY.",
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
    },
    "credential": {
      "description": "The name of the API key (sent as the api-key header) in the gateway's credential vault, instead of apiKey / apiKeyEnv (which it excludes; auth must then be api-key), read on every request (a rotated key is used from the next request on). A request fails with a 500 naming the credential when the vault has no such credential (or no vault is configured).",
      "type": "string",
      "minLength": 1
    },
    "bearerTokenEnv": {
      "description": "The environment variable holding a Microsoft Entra ID access token, sent as Authorization: Bearer (auth: bearer). Default: AZURE_OPENAI_AD_TOKEN.",
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
    },
    "entra": {
      "description": "Microsoft Entra ID client credentials (auth: entra-id): a token for the Cognitive Services scope is fetched from the tenant's token endpoint and cached until shortly before it expires.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "tenantId": {
          "description": "The directory (tenant) id. Default: the AZURE_TENANT_ID environment variable.",
          "type": "string",
          "minLength": 1
        },
        "clientId": {
          "description": "The application (client) id. Default: the AZURE_CLIENT_ID environment variable.",
          "type": "string",
          "minLength": 1
        },
        "clientSecretEnv": {
          "description": "The environment variable holding the client secret. Default: AZURE_CLIENT_SECRET.",
          "type": "string",
          "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
        },
        "authorityHost": {
          "description": "The token endpoint's base (default https://login.microsoftonline.com; sovereign clouds differ, e.g. https://login.microsoftonline.us).",
          "type": "string",
          "pattern": "^https?://"
        },
        "scope": {
          "description": "The scope asked for. Default: https://cognitiveservices.azure.com/.default.",
          "type": "string",
          "minLength": 1
        }
      }
    },
    "headers": {
      "description": "Extra static headers sent with every upstream request (an API Management subscription key, for instance).",
      "type": "object",
      "additionalProperties": {
        "type": "string"
      }
    },
    "models": {
      "description": "The model ids listed on /v1/models. Default: the keys of deployments.",
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
    },
    "responsesApi": {
      "description": "Whether requests that came through the Responses API ingress (plugins/ingress-responses) go upstream to the Responses API (/v1/responses with apiVersion v1, else /responses?api-version=...; dated versions need 2025-03-01-preview or later), answered natively with no round trip through Chat Completions. The gateway sends the native body only when no node on the way back reads answers.",
      "type": "boolean",
      "default": true
    }
  },
  "dependencies": {
    "credential": {
      "description": "A node names its secret once: credential excludes the other ways of giving it.",
      "properties": {
        "apiKey": false,
        "apiKeyEnv": false,
        "bearerTokenEnv": false,
        "entra": false,
        "auth": {
          "enum": [
            "api-key"
          ]
        }
      }
    }
  }
} as const;
