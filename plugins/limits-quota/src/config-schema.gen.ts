// GENERATED FILE - do not edit. Source: plugins/limits-quota/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "LimitsQuotaConfig",
  "description": "Enforces the rate limits and budgets of the caller an auth node resolved (its principal's `quotas`: one policy per key, team and user): requests and tokens per minute and per day, and spending caps per day, month or in total. Every bucket of a request is checked and reserved in one call to the gateway's quota store (one Redis round trip when the stores are Redis), settled from the real usage and cost when the request finishes. Optionally keeps a spend ledger in PostgreSQL (seeding the budget counters after a store lost its data, and serving /admin/spend) and posts a webhook when spend crosses a budget's alert fraction.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "onStoreUnavailable": {
      "description": "What happens to a request while the quota store cannot be reached: `open` lets it through (logged once per outage, tagged `limits_store: unavailable` in the record, its usage counted once the store is back); `closed` refuses it with 503 `store_unavailable`.",
      "enum": [
        "open",
        "closed"
      ],
      "default": "open"
    },
    "keyPrefix": {
      "description": "The prefix of every counter name in the quota store (change it to keep two gateways sharing one Redis apart).",
      "type": "string",
      "pattern": "^[A-Za-z0-9_.:-]{1,64}$",
      "default": "limits"
    },
    "defaults": {
      "description": "Limits for every caller whose principal carries no quota of scope `key`: applied to its key. Callers without a principal (no auth node, or an anonymous route) are never limited.",
      "$ref": "#/definitions/Limits"
    },
    "estimate": {
      "description": "How a request's tokens are estimated before it runs (the reservation; settled from the real usage afterwards).",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "charsPerToken": {
          "description": "Characters of prompt text per token.",
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 100,
          "default": 4
        },
        "completionTokens": {
          "description": "Completion tokens reserved for a request that sets neither `max_completion_tokens` nor `max_tokens`.",
          "type": "integer",
          "minimum": 0,
          "default": 256
        },
        "imageTokens": {
          "description": "Prompt tokens counted for each image part of a message.",
          "type": "integer",
          "minimum": 0,
          "default": 765
        }
      }
    },
    "postgres": {
      "description": "The spend ledger: one row per request that used tokens or cost money, written in batches off the request's path. Budget counters a store lost are seeded from it, and /admin/spend reads it.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "url": {
          "description": "A libpq connection URI. Prefer `urlEnv` to keep the password out of the config file. Never logged.",
          "type": "string",
          "minLength": 1
        },
        "urlEnv": {
          "description": "The environment variable holding the connection URI, read at boot, when `url` is not set.",
          "type": "string",
          "minLength": 1
        },
        "schema": {
          "description": "The PostgreSQL schema holding `aigw_spend` (created when missing).",
          "type": "string",
          "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,62}$",
          "default": "public"
        },
        "batchSize": {
          "description": "Rows per INSERT; a batch is written as soon as this many are queued.",
          "type": "integer",
          "minimum": 1,
          "maximum": 5000,
          "default": 500
        },
        "flushIntervalMs": {
          "description": "The longest a queued row waits before its batch is written.",
          "type": "integer",
          "minimum": 10,
          "maximum": 60000,
          "default": 1000
        },
        "maxQueued": {
          "description": "Rows held in memory while the database is slow or unreachable; beyond it new rows are dropped and counted (the budget counters still have them).",
          "type": "integer",
          "minimum": 1,
          "default": 100000
        },
        "seedIntervalMs": {
          "description": "How often the current period's spend per key, team and user is read from the ledger to seed budget counters (also once at boot).",
          "type": "integer",
          "minimum": 1000,
          "default": 60000
        },
        "queryTimeoutMs": {
          "description": "The longest one statement may run.",
          "type": "integer",
          "minimum": 100,
          "default": 15000
        }
      }
    },
    "alerts": {
      "description": "Soft budget alerts: when a scope's spend crosses one of its budget's `alertAt` fractions, one POST per crossing per period, across every gateway instance.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "webhook"
      ],
      "properties": {
        "webhook": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "url"
          ],
          "properties": {
            "url": {
              "description": "Where the alert is POSTed (JSON).",
              "type": "string",
              "pattern": "^https?://"
            },
            "headers": {
              "description": "Headers sent with each alert (an auth token, say).",
              "type": "object",
              "additionalProperties": {
                "type": "string"
              }
            },
            "timeoutMs": {
              "description": "How long one attempt waits for the answer's headers.",
              "type": "integer",
              "minimum": 100,
              "default": 5000
            },
            "retries": {
              "description": "Further attempts after a failed one (no answer, or a status other than 2xx), 500 ms apart and doubling.",
              "type": "integer",
              "minimum": 0,
              "maximum": 10,
              "default": 3
            }
          }
        }
      }
    }
  },
  "definitions": {
    "Limits": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "requestsPerMinute": {
          "type": "integer",
          "minimum": 0
        },
        "requestsPerDay": {
          "type": "integer",
          "minimum": 0
        },
        "tokensPerMinute": {
          "description": "Prompt and completion tokens together.",
          "type": "integer",
          "minimum": 0
        },
        "tokensPerDay": {
          "type": "integer",
          "minimum": 0
        },
        "budget": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "limitUsd",
            "period"
          ],
          "properties": {
            "limitUsd": {
              "type": "number",
              "minimum": 0
            },
            "period": {
              "enum": [
                "daily",
                "monthly",
                "total"
              ]
            },
            "alertAt": {
              "type": "array",
              "items": {
                "type": "number",
                "exclusiveMinimum": 0,
                "maximum": 1
              },
              "uniqueItems": true
            }
          }
        }
      }
    }
  }
} as const;
