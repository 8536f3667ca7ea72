// GENERATED FILE - do not edit. Source: plugins/providers-mock/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "MockProviderConfig",
  "description": "An offline provider that answers every endpoint deterministically: the same request always gets the same answer. For trying the gateway without keys, and for tests and benchmarks.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "models": {
      "description": "The model ids listed by /v1/models. Requests for any model are answered; the answer names the requested model.",
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      },
      "default": [
        "mock",
        "mock-large"
      ]
    },
    "reply": {
      "description": "A fixed reply text for chat and completions. By default the reply is derived from the last user message (\"Mock reply to: ...\"). In JSON response modes, a reply that is a JSON document is sent as is.",
      "type": "string"
    },
    "latencyMs": {
      "description": "Milliseconds to wait before the answer (or before a stream starts).",
      "type": "integer",
      "minimum": 0,
      "default": 0
    },
    "chunkDelayMs": {
      "description": "Milliseconds to wait between stream chunks.",
      "type": "integer",
      "minimum": 0,
      "default": 0
    },
    "chunkWords": {
      "description": "Words per streamed content chunk.",
      "type": "integer",
      "minimum": 1,
      "default": 1
    },
    "failStatus": {
      "description": "The HTTP status of injected failures (429 is rate_limited, 503 upstream_unavailable, other 5xx upstream_error).",
      "type": "integer",
      "minimum": 400,
      "maximum": 599,
      "default": 503
    },
    "failRate": {
      "description": "The share of calls that fail (0..1), decided by a PRNG seeded with `seed`, so a run is reproducible.",
      "type": "number",
      "minimum": 0,
      "maximum": 1,
      "default": 0
    },
    "failEvery": {
      "description": "Every Nth call fails (the Nth, 2Nth...).",
      "type": "integer",
      "minimum": 1
    },
    "failMessage": {
      "description": "The message of injected failures.",
      "type": "string",
      "minLength": 1
    },
    "seed": {
      "description": "The seed of the failure PRNG.",
      "type": "integer",
      "default": 1
    },
    "cutStreamAfter": {
      "description": "Streams are cut with an error after this many chunks (to test mid-stream failures).",
      "type": "integer",
      "minimum": 0
    }
  }
} as const;
