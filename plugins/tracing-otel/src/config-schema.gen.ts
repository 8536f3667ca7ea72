// GENERATED FILE - do not edit. Source: plugins/tracing-otel/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "OtelTracingConfig",
  "description": "Traces each request with OpenTelemetry: continues the caller's W3C trace context (or starts one), passes it to every upstream, and exports a span for the request, one per node hook and one per upstream attempt (GenAI semantic conventions) to an OTLP/HTTP endpoint as JSON.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "endpoint": {
      "description": "The OTLP/HTTP traces endpoint (a collector, Jaeger, Tempo...), the full URL including its path.",
      "type": "string",
      "pattern": "^https?://[^\\s/?#]+",
      "default": "http://localhost:4318/v1/traces"
    },
    "headers": {
      "description": "Static headers sent with every export (a tenant id). Put secrets in headersFromEnv instead, so they stay out of config files.",
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
      "description": "Headers whose values are read from environment variables once at boot (header name -> variable name), e.g. { authorization: OTLP_AUTH }. A variable that is not set stops the boot.",
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
      "description": "The resource's service.name.",
      "type": "string",
      "minLength": 1,
      "default": "aigw"
    },
    "resourceAttributes": {
      "description": "More resource attributes (deployment.environment.name, service.namespace, service.instance.id...).",
      "type": "object",
      "propertyNames": {
        "minLength": 1
      },
      "additionalProperties": {
        "type": [
          "string",
          "number",
          "boolean"
        ]
      }
    },
    "sampleRatio": {
      "description": "The share of new traces recorded (0 to 1), decided from the trace id so every gateway agrees. A caller's traceparent decides for its own trace: its sampled flag is followed.",
      "type": "number",
      "minimum": 0,
      "maximum": 1,
      "default": 1
    },
    "maxQueueSize": {
      "description": "Spans held for export; when the queue is full a request's spans are dropped (counted, and logged once per burst of drops).",
      "type": "integer",
      "minimum": 1,
      "maximum": 1000000,
      "default": 2048
    },
    "maxExportBatchSize": {
      "description": "Most spans sent in one export; a full batch is sent at once. At most maxQueueSize.",
      "type": "integer",
      "minimum": 1,
      "maximum": 100000,
      "default": 512
    },
    "scheduledDelayMs": {
      "description": "How long a span waits at most for its batch to fill before it is sent.",
      "type": "integer",
      "minimum": 0,
      "maximum": 600000,
      "default": 1000
    },
    "exportTimeoutMs": {
      "description": "How long one export may take; also how long close() keeps trying to send what is left at shutdown.",
      "type": "integer",
      "minimum": 1,
      "maximum": 600000,
      "default": 10000
    }
  }
} as const;
