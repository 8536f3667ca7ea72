// GENERATED FILE - do not edit. Source: plugins/router-conditional/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "ConditionalRouterConfig",
  "description": "Routes each request to the first target whose rule matches, else to the default.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "routes"
  ],
  "properties": {
    "routes": {
      "type": "array",
      "minItems": 1,
      "items": {
        "$ref": "#/definitions/Route"
      }
    },
    "default": {
      "type": "string",
      "description": "The target when no rule matches (when absent, a request no rule matches gets a 400 with code no_route)."
    }
  },
  "definitions": {
    "Route": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "when",
        "target"
      ],
      "properties": {
        "when": {
          "$ref": "#/definitions/Condition"
        },
        "target": {
          "type": "string",
          "description": "One of the node's targets."
        }
      }
    },
    "Condition": {
      "oneOf": [
        {
          "type": "object",
          "required": [
            "field"
          ],
          "properties": {
            "field": {
              "type": "string",
              "pattern": "^(model|endpoint|stream|path|method|(header|metadata|body|principal)\\..+)$"
            },
            "eq": {},
            "ne": {},
            "gt": {
              "type": "number"
            },
            "gte": {
              "type": "number"
            },
            "lt": {
              "type": "number"
            },
            "lte": {
              "type": "number"
            },
            "in": {
              "type": "array"
            },
            "nin": {
              "type": "array"
            },
            "regex": {
              "type": "string"
            },
            "exists": {
              "type": "boolean"
            }
          },
          "additionalProperties": false,
          "minProperties": 2,
          "maxProperties": 2
        },
        {
          "type": "object",
          "required": [
            "all"
          ],
          "properties": {
            "all": {
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/definitions/Condition"
              }
            }
          },
          "additionalProperties": false
        },
        {
          "type": "object",
          "required": [
            "any"
          ],
          "properties": {
            "any": {
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/definitions/Condition"
              }
            }
          },
          "additionalProperties": false
        },
        {
          "type": "object",
          "required": [
            "not"
          ],
          "properties": {
            "not": {
              "$ref": "#/definitions/Condition"
            }
          },
          "additionalProperties": false
        }
      ]
    }
  }
} as const;
