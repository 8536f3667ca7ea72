// GENERATED FILE - do not edit. Source: plugins/transform-defaults/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "DefaultsConfig",
  "description": "Request parameters to fill in when the client left them out, and parameters to force.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "defaults": {
      "description": "Body fields set only when the request does not have them, e.g. { \"max_tokens\": 1024 }.",
      "type": "object",
      "additionalProperties": true
    },
    "force": {
      "description": "Body fields always set, overriding the client (a JSON merge patch: null removes a field).",
      "type": "object",
      "additionalProperties": true
    },
    "models": {
      "description": "Apply only to these models (all models when absent).",
      "type": "array",
      "items": {
        "type": "string"
      },
      "minItems": 1
    }
  }
} as const;
