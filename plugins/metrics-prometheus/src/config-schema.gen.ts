// GENERATED FILE - do not edit. Source: plugins/metrics-prometheus/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "PrometheusMetricsConfig",
  "description": "Counts every finished request into Prometheus metrics and serves them at GET /metrics. Nodes with the same id (in several named configs) share one set of metrics; the first such node's settings apply to all of them.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "prefix": {
      "description": "Put before every metric name the plugin defines (not before the process and Node.js default metrics, which keep their standard names). Empty for none.",
      "type": "string",
      "pattern": "^([a-zA-Z_:][a-zA-Z0-9_:]*)?$",
      "maxLength": 64,
      "default": "aigw_"
    },
    "buckets": {
      "description": "Histogram bucket upper bounds in seconds, increasing, replacing the defaults: `requestDuration` for request_duration_seconds (default 0.005 ... 120), `overhead` for overhead_seconds (default 0.00005 ... 0.1), `ttft` for time_to_first_token_seconds (default 0.05 ... 30).",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "requestDuration": {
          "$ref": "#/definitions/Buckets"
        },
        "overhead": {
          "$ref": "#/definitions/Buckets"
        },
        "ttft": {
          "$ref": "#/definitions/Buckets"
        }
      }
    },
    "maxLabelValues": {
      "description": "How many distinct values each label keeps; a value seen after the bound is reached is counted as `other` (and in label_values_folded_total). `none` (absent) and `other` do not count towards the bound.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "key": {
          "description": "Virtual key ids.",
          "default": 100,
          "type": "integer",
          "minimum": 1,
          "maximum": 100000
        },
        "model": {
          "description": "Model names.",
          "default": 200,
          "type": "integer",
          "minimum": 1,
          "maximum": 100000
        },
        "provider": {
          "description": "Provider labels.",
          "default": 50,
          "type": "integer",
          "minimum": 1,
          "maximum": 100000
        },
        "target": {
          "description": "Provider node ids (attempts, breakers).",
          "default": 100,
          "type": "integer",
          "minimum": 1,
          "maximum": 100000
        },
        "node": {
          "description": "Guardrail node ids.",
          "default": 100,
          "type": "integer",
          "minimum": 1,
          "maximum": 100000
        },
        "check": {
          "description": "Guardrail check names.",
          "default": 100,
          "type": "integer",
          "minimum": 1,
          "maximum": 100000
        },
        "code": {
          "description": "Error codes.",
          "default": 100,
          "type": "integer",
          "minimum": 1,
          "maximum": 100000
        },
        "other": {
          "description": "Every other label (endpoint, status, outcome, cache, kind, verdict, action, scope, type).",
          "default": 100,
          "type": "integer",
          "minimum": 1,
          "maximum": 100000
        }
      }
    },
    "defaultMetrics": {
      "description": "Also export prom-client's process and Node.js runtime metrics (CPU, memory, heap, event loop lag, GC).",
      "type": "boolean",
      "default": true
    },
    "includeKey": {
      "description": "Label tokens_total and cost_usd_total with the virtual key id (`key`). Turn off when keys are many and per-key figures come from the logs instead.",
      "type": "boolean",
      "default": true
    }
  },
  "definitions": {
    "Buckets": {
      "type": "array",
      "items": {
        "type": "number",
        "exclusiveMinimum": 0
      },
      "minItems": 1,
      "maxItems": 50,
      "description": "Upper bounds in seconds, strictly increasing."
    }
  }
} as const;
