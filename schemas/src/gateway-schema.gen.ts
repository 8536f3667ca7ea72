// GENERATED FILE - do not edit. Source: schemas/gateway.schema.json. Regenerate with `pnpm gen`.

export const gatewaySchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://aigw.dev/schemas/gateway.schema.json",
  "title": "GatewayConfig",
  "description": "An aigw gateway: the plugin packages to load and the pipeline (a DAG of plugin nodes) each request runs through.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "pipeline"
  ],
  "properties": {
    "$schema": {
      "type": "string",
      "description": "The JSON schema this file follows (for editors)."
    },
    "plugins": {
      "description": "Plugin packages to load by package name, e.g. \"@aigw/providers-openai\".",
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      },
      "uniqueItems": true
    },
    "pipeline": {
      "$ref": "#/definitions/Pipeline"
    },
    "configs": {
      "description": "Named pipelines a request may select with the override header.",
      "type": "object",
      "propertyNames": {
        "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$"
      },
      "additionalProperties": {
        "$ref": "#/definitions/Pipeline"
      }
    },
    "ingress": {
      "description": "Ingress plugins: front doors for other API formats (e.g. Anthropic's /v1/messages), each serving the paths its plugin declares.",
      "type": "array",
      "items": {
        "$ref": "#/definitions/Ingress"
      }
    },
    "overrides": {
      "description": "How a request may pick another pipeline.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "header": {
          "type": "string",
          "default": "x-aigw-config",
          "pattern": "^[a-z0-9-]+$"
        },
        "allowInline": {
          "type": "boolean",
          "default": false,
          "description": "Accept an inline JSON pipeline in the header (validated like the file)."
        }
      }
    },
    "limits": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "maxBodyBytes": {
          "type": "integer",
          "minimum": 1,
          "default": 20971520
        },
        "defaultNodeTimeoutMs": {
          "type": "integer",
          "minimum": 1,
          "maximum": 3600000
        }
      }
    },
    "stores": {
      "description": "Where plugin stores, quota counters and the message bus between instances live: this process's memory, or a Redis every instance shares.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "memory",
            "redis"
          ]
        },
        "url": {
          "type": "string",
          "description": "Redis URL, e.g. redis://127.0.0.1:6379"
        },
        "commandTimeoutMs": {
          "type": "integer",
          "minimum": 1,
          "maximum": 60000,
          "default": 250,
          "description": "With Redis: how long a store, quota or bus call waits for Redis before it fails with store_unavailable (503). While Redis is unreachable calls fail at once; the connection comes back by itself."
        }
      }
    },
    "server": {
      "description": "Settings read by the runtime adapters.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "port": {
          "type": "integer",
          "minimum": 0,
          "maximum": 65535
        },
        "host": {
          "type": "string"
        },
        "workers": {
          "type": "integer",
          "minimum": 1,
          "maximum": 256
        },
        "shutdownTimeoutMs": {
          "type": "integer",
          "minimum": 0
        }
      }
    },
    "logging": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "level": {
          "enum": [
            "debug",
            "info",
            "warn",
            "error",
            "silent"
          ]
        },
        "bodies": {
          "description": "Put request and answer bodies into the request record (off by default: the record holds metadata only). Secrets are always removed; `redact` removes more.",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "request": {
              "description": "Record the request body.",
              "type": "boolean",
              "default": false
            },
            "response": {
              "description": "Record the answer body (a stream's chunks, assembled into one answer).",
              "type": "boolean",
              "default": false
            },
            "redact": {
              "description": "Field paths to replace with \"[redacted]\" in both bodies, e.g. `messages[*].content`, `user`, `metadata.email`.",
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 1
              },
              "uniqueItems": true
            },
            "maxBytes": {
              "description": "Bodies longer than this (as JSON) are cut and marked `truncated`.",
              "type": "integer",
              "minimum": 256,
              "default": 65536
            }
          }
        }
      }
    },
    "pricing": {
      "description": "Prices that replace or extend the built-in price table (schemas/prices.json): by provider label, then model id (a trailing `*` matches a prefix). Each entry replaces the built-in one for that id.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "overrides": {
          "type": "object",
          "description": "Same shape as the price table's `providers` (US dollars per million tokens): e.g. {\"openai\": {\"gpt-4o\": {\"input\": 2.5, \"output\": 10}}}.",
          "additionalProperties": {
            "type": "object",
            "additionalProperties": {
              "type": "object"
            }
          }
        }
      }
    },
    "capabilities": {
      "description": "Model capabilities that replace or extend the built-in table (schemas/capabilities.json): what each model refuses, renames, takes one of, lacks, and the most tokens it writes. Provider nodes adapt chat requests to them (see each provider's `adapt`).",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "overrides": {
          "type": "object",
          "description": "Same shape as the capability table's `providers`: by provider label, then model id (a trailing `*` matches a prefix); each entry replaces the built-in one for that id and may name a built-in `profile`. E.g. {\"anthropic\": {\"claude-sonnet-4-5*\": {\"profile\": \"claude-one-sampler\", \"maxOutputTokens\": 32000}}}.",
          "additionalProperties": {
            "type": "object",
            "additionalProperties": {
              "type": "object"
            }
          }
        }
      }
    }
  },
  "definitions": {
    "Pipeline": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "nodes"
      ],
      "properties": {
        "nodes": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/definitions/Node"
          }
        }
      }
    },
    "Node": {
      "description": "One plugin instance with its own config.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "plugin"
      ],
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[A-Za-z][A-Za-z0-9_-]*$"
        },
        "plugin": {
          "type": "string",
          "minLength": 1,
          "description": "The plugin's manifest name."
        },
        "config": {
          "type": "object",
          "description": "Validated against the plugin's own schema."
        },
        "needs": {
          "description": "Nodes whose request step must finish before this one runs.",
          "type": "array",
          "items": {
            "type": "string"
          },
          "uniqueItems": true
        },
        "targets": {
          "description": "A router's targets (providers or other routers), in order.",
          "type": "array",
          "items": {
            "type": "string"
          },
          "minItems": 1,
          "uniqueItems": true
        },
        "uses": {
          "description": "Terminals (providers or routers) this node calls as a service through its context's `uses(id)`, e.g. a moderation or embedding model; they run outside the request's route.",
          "type": "array",
          "items": {
            "type": "string"
          },
          "minItems": 1,
          "uniqueItems": true
        },
        "when": {
          "$ref": "#/definitions/Condition"
        },
        "timeoutMs": {
          "type": "integer",
          "minimum": 1,
          "maximum": 3600000
        },
        "onError": {
          "description": "closed: a failure of this node fails the request; open: the request goes on without it.",
          "enum": [
            "open",
            "closed"
          ]
        },
        "onAttempt": {
          "description": "Run this node's response hook on every upstream answer, inside the router's attempt, instead of once on the final answer: a deny there fails the attempt, so a router retries or falls back (an output check with a fallback action).",
          "type": "boolean"
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
    },
    "Ingress": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "plugin"
      ],
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[A-Za-z][A-Za-z0-9_-]*$"
        },
        "plugin": {
          "type": "string",
          "minLength": 1,
          "description": "An ingress plugin's manifest name."
        },
        "config": {
          "type": "object",
          "description": "Validated against the plugin's own schema."
        }
      }
    }
  }
} as const;
