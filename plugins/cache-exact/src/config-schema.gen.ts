// GENERATED FILE - do not edit. Source: plugins/cache-exact/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "ExactCacheConfig",
  "description": "Answers a request from a stored answer to the same canonical request (endpoint, model, messages, tools and every parameter that can change the answer), stored in the gateway's store: memory, or Redis shared by every instance.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "ttlSeconds": {
      "description": "How long an answer is kept when no rule matches. 0: requests no rule matches are not cached.",
      "type": "integer",
      "minimum": 0,
      "maximum": 31536000,
      "default": 3600
    },
    "rules": {
      "description": "TTLs by request: the first rule whose `when` holds sets the TTL (0: not cached, as a bypass); requests no rule matches get `ttlSeconds`.",
      "type": "array",
      "items": {
        "$ref": "#/definitions/TtlRule"
      },
      "default": []
    },
    "endpoints": {
      "description": "The endpoints whose requests are cached; others pass untouched.",
      "type": "array",
      "items": {
        "enum": [
          "chat.completions",
          "completions",
          "embeddings",
          "moderations",
          "images.generations"
        ]
      },
      "uniqueItems": true,
      "default": [
        "chat.completions",
        "completions",
        "embeddings"
      ]
    },
    "partition": {
      "description": "Whose answers a request may be answered from: `none` (every caller's), `key` (the same virtual key's), `team` (the same team's; a key without a team is its own partition). Needs an auth node before the cache for `key` and `team`; requests without a caller share one partition.",
      "enum": [
        "none",
        "key",
        "team"
      ],
      "default": "none"
    },
    "vary": {
      "description": "More request fields that go into the key, as field paths (`header.x-tier`, `metadata.tenant`, `principal.user`): for anything outside the body that changes the answer (a header a router routes on).",
      "type": "array",
      "items": {
        "type": "string",
        "pattern": "^(model|endpoint|stream|path|method|(header|metadata|body|principal)\\..+)$"
      },
      "uniqueItems": true,
      "default": []
    },
    "maxEntries": {
      "description": "The most answers kept (in memory: the least recently used go first; in Redis: the oldest).",
      "type": "integer",
      "minimum": 1,
      "maximum": 10000000,
      "default": 10000
    },
    "maxBytes": {
      "description": "In memory: the most bytes all kept answers may take together (in Redis the bound is maxEntries x maxEntryBytes).",
      "type": "integer",
      "minimum": 1024,
      "default": 67108864
    },
    "maxEntryBytes": {
      "description": "The largest answer kept, in bytes; a larger answer is passed on and not stored.",
      "type": "integer",
      "minimum": 256,
      "default": 1048576
    },
    "pace": {
      "description": "Replay a stored stream at the pace it first arrived (each chunk at its original offset from the first) instead of all at once.",
      "type": "boolean",
      "default": false
    },
    "storeTimeoutMs": {
      "description": "With Redis: how long a lookup or write may take before it counts as a store failure (a miss; the outage is logged once and the store skipped for a second before it is tried again).",
      "type": "integer",
      "minimum": 1,
      "maximum": 60000,
      "default": 100
    }
  },
  "definitions": {
    "TtlRule": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "when",
        "ttlSeconds"
      ],
      "properties": {
        "when": {
          "$ref": "#/definitions/Condition"
        },
        "ttlSeconds": {
          "type": "integer",
          "minimum": 0,
          "maximum": 31536000,
          "description": "The TTL of matching requests' answers; 0: not cached."
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
