// GENERATED FILE - do not edit. Source: plugins/router-core/schema/cost.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "CostRouterConfig",
  "description": "Picks the cheapest target for the request from a price table.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "prices"
  ],
  "properties": {
    "prices": {
      "type": "object",
      "additionalProperties": {
        "$ref": "#/definitions/Price"
      },
      "description": "Price per target id (every target needs one)."
    },
    "defaultOutputTokens": {
      "type": "integer",
      "minimum": 0,
      "default": 256,
      "description": "Output tokens assumed when the request sets no max_tokens."
    },
    "charsPerToken": {
      "type": "number",
      "exclusiveMinimum": 0,
      "default": 4,
      "description": "Bytes of request per input token, for the estimate."
    },
    "fallback": {
      "type": "boolean",
      "default": true,
      "description": "On a failure that moves on, try the next cheapest."
    },
    "retry": {
      "$ref": "#/definitions/RetryPolicy"
    },
    "timeouts": {
      "$ref": "#/definitions/Timeouts"
    },
    "breaker": {
      "$ref": "#/definitions/CircuitBreaker"
    },
    "seed": {
      "type": "integer",
      "description": "Seeds the random choices (weights, jitter) for reproducible tests; omit in production."
    },
    "fallbackOn": {
      "type": "array",
      "items": {
        "$ref": "#/definitions/FailureKind"
      },
      "default": [
        "rate_limited",
        "upstream_error",
        "upstream_unavailable",
        "upstream_timeout",
        "plugin_timeout",
        "answer_rejected"
      ],
      "description": "The failures that move on to the next target (default: 429, 5xx, timeouts, connection errors, an answer an attempt check rejected; a request's own 4xx never does)."
    }
  },
  "definitions": {
    "Price": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "input",
        "output"
      ],
      "properties": {
        "input": {
          "type": "number",
          "minimum": 0,
          "description": "USD per 1M input tokens."
        },
        "output": {
          "type": "number",
          "minimum": 0,
          "description": "USD per 1M output tokens."
        }
      }
    },
    "FailureKind": {
      "description": "A failure to match: a gateway error code (e.g. rate_limited, upstream_timeout) or an HTTP status (e.g. 429, 503).",
      "oneOf": [
        {
          "type": "string",
          "pattern": "^[a-z][a-z_]*$"
        },
        {
          "type": "integer",
          "minimum": 400,
          "maximum": 599
        }
      ]
    },
    "RetryPolicy": {
      "type": "object",
      "additionalProperties": false,
      "description": "Retries of one target before moving on: exponential backoff with full jitter; Retry-After is honoured up to retryAfterCapMs.",
      "properties": {
        "attempts": {
          "type": "integer",
          "minimum": 0,
          "maximum": 5,
          "default": 0,
          "description": "Retries after the first try (0-5)."
        },
        "baseMs": {
          "type": "integer",
          "minimum": 0,
          "maximum": 60000,
          "default": 100,
          "description": "Backoff base: retry n waits a random time in [0, min(capMs, baseMs * 2^n))."
        },
        "capMs": {
          "type": "integer",
          "minimum": 0,
          "maximum": 60000,
          "default": 2000,
          "description": "Backoff cap."
        },
        "on": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/FailureKind"
          },
          "default": [
            "rate_limited",
            "upstream_error",
            "upstream_unavailable",
            "upstream_timeout",
            "plugin_timeout"
          ],
          "description": "The failures that are retried (default: 429, 5xx, timeouts, connection errors)."
        },
        "retryAfterCapMs": {
          "type": "integer",
          "minimum": 0,
          "maximum": 600000,
          "default": 5000,
          "description": "The longest Retry-After honoured; an upstream asking for longer is not retried (the router moves on)."
        }
      }
    },
    "Timeouts": {
      "type": "object",
      "additionalProperties": false,
      "description": "Time limits. For streams, an attempt ends at its first content (a role-only opening chunk does not count).",
      "properties": {
        "attemptMs": {
          "type": "integer",
          "minimum": 1,
          "maximum": 3600000,
          "description": "Per attempt: until the answer (or a stream's first content)."
        },
        "totalMs": {
          "type": "integer",
          "minimum": 1,
          "maximum": 3600000,
          "description": "For the whole request across retries and fallbacks (until the answer or a stream's first content)."
        }
      }
    },
    "CircuitBreaker": {
      "type": "object",
      "additionalProperties": false,
      "description": "A circuit breaker per target, its state in the node's store (shared through Redis when the gateway uses Redis stores).",
      "properties": {
        "enabled": {
          "type": "boolean",
          "default": true
        },
        "windowMs": {
          "type": "integer",
          "minimum": 100,
          "maximum": 3600000,
          "default": 30000,
          "description": "The sliding window the failure ratio is measured over."
        },
        "buckets": {
          "type": "integer",
          "minimum": 1,
          "maximum": 60,
          "default": 5,
          "description": "Time buckets the window is split into."
        },
        "minRequests": {
          "type": "integer",
          "minimum": 1,
          "default": 10,
          "description": "Attempts in the window before the ratio is considered."
        },
        "failureRatio": {
          "type": "number",
          "minimum": 0,
          "maximum": 1,
          "default": 0.5,
          "description": "Opens when failures / attempts in the window reach this."
        },
        "cooldownMs": {
          "type": "integer",
          "minimum": 1,
          "maximum": 3600000,
          "default": 30000,
          "description": "How long the breaker stays open before letting probes through (half-open)."
        },
        "halfOpenProbes": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 1,
          "description": "Concurrent probes allowed while half-open."
        }
      }
    }
  }
} as const;
