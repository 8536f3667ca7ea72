// GENERATED FILE - do not edit. Source: plugins/ingress-anthropic/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "AnthropicIngressConfig",
  "description": "Serves Anthropic's Messages API (POST /v1/messages and /v1/messages/count_tokens) in front of the pipeline, so Anthropic SDK clients can use any model the gateway routes to.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "modelMap": {
      "description": "Renames the model a client asks for before the pipeline sees it (e.g. {\"claude-sonnet-4-5\": \"gpt-4o\"}); the key \"*\" matches any model not listed. Unlisted models pass unchanged.",
      "type": "object",
      "additionalProperties": {
        "type": "string",
        "minLength": 1
      }
    },
    "maxBodyBytes": {
      "description": "The largest request body accepted; larger ones get 413 request_too_large. Anthropic's own limit is 32 MB.",
      "type": "integer",
      "minimum": 1,
      "default": 33554432
    },
    "overloadedStatus": {
      "description": "The HTTP status of overloaded_error answers (an upstream's 503 or 529, or a gateway with no route): 529 as Anthropic sends it (its clients treat 529 as 'overloaded, retry'), or 503 for proxies and load balancers that only know standard statuses.",
      "enum": [
        529,
        503
      ],
      "default": 529
    }
  }
} as const;
