// GENERATED FILE - do not edit. Source: plugins/logger-otlp/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "OtlpLoggerConfig",
  "description": "Sends each finished request (the gateway's request record) as an OpenTelemetry log record over OTLP/HTTP with JSON encoding, in batches from a bounded queue.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "endpoint": {
      "description": "The OTLP/HTTP logs endpoint (a collector's `/v1/logs`).",
      "type": "string",
      "pattern": "^https?://[^\\s/?#]+",
      "default": "http://localhost:4318/v1/logs"
    },
    "headers": {
      "description": "Static headers sent with every export. Put secrets in headersFromEnv instead, so they stay out of config files.",
      "type": "object",
      "propertyNames": {
        "pattern": "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"
      },
      "additionalProperties": {
        "type": "string",
        "pattern": "^[^\\r\\n]*$"
      }
    },
    "headersFromEnv": {
      "description": "Headers whose values are read from environment variables once at boot (header name -> variable name), e.g. { authorization: OTLP_TOKEN }. A variable that is not set stops the boot.",
      "type": "object",
      "propertyNames": {
        "pattern": "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"
      },
      "additionalProperties": {
        "type": "string",
        "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
      }
    },
    "serviceName": {
      "description": "The resource's `service.name`.",
      "type": "string",
      "minLength": 1,
      "default": "aigw"
    },
    "resourceAttributes": {
      "description": "More resource attributes (e.g. `deployment.environment.name`, `service.instance.id`).",
      "type": "object",
      "additionalProperties": {
        "type": [
          "string",
          "number",
          "boolean"
        ]
      }
    },
    "includeTimings": {
      "description": "Include the per-node timings of each request (`timings.nodes`) in the body; the totals are always sent.",
      "type": "boolean",
      "default": true
    },
    "flushIntervalMs": {
      "description": "How long records gather before an export (unless a full batch is ready sooner).",
      "type": "integer",
      "minimum": 1,
      "maximum": 60000,
      "default": 1000
    },
    "maxBatchSize": {
      "description": "Records per export request.",
      "type": "integer",
      "minimum": 1,
      "maximum": 10000,
      "default": 512
    },
    "maxQueueSize": {
      "description": "Records held while exports are slow or failing; beyond this, new records are dropped (counted, and reported once per burst) rather than slowing requests or growing memory.",
      "type": "integer",
      "minimum": 1,
      "maximum": 1000000,
      "default": 2048
    },
    "timeoutMs": {
      "description": "How long one export may take before it counts as failed.",
      "type": "integer",
      "minimum": 1,
      "maximum": 600000,
      "default": 10000
    },
    "maxAttempts": {
      "description": "Attempts per batch when the collector is unreachable or answers 429, 502, 503 or 504 (backing off between them, honouring Retry-After); then the batch is dropped and counted.",
      "type": "integer",
      "minimum": 1,
      "maximum": 20,
      "default": 5
    }
  }
} as const;
