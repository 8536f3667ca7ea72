// GENERATED FILE - do not edit. Source: plugins/guardrail-webhook/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "WebhookGuardrailConfig",
  "description": "Sends the texts of a request (or of its answer) to an external check service over HTTP and applies the verdicts it returns. The wire contract is in this package's README and schema/wire.json.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "url"
  ],
  "properties": {
    "url": {
      "description": "The check service's endpoint; each check is one POST of JSON to it.",
      "type": "string",
      "pattern": "^https?://[^\\s/?#]+"
    },
    "headers": {
      "description": "Static headers sent with every call (a tenant id, a version). Put secrets in headersFromEnv instead, so they stay out of config files.",
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
      "description": "Headers whose values are read from environment variables once at boot (header name -> variable name), e.g. { authorization: GUARD_TOKEN }. A variable that is not set stops the boot.",
      "type": "object",
      "propertyNames": {
        "pattern": "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"
      },
      "additionalProperties": {
        "type": "string",
        "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
      }
    },
    "timeoutMs": {
      "description": "How long one call may take, from sending to the last byte of the answer; past it the call counts as failed (see failMode). Keep the node's own timeoutMs above it.",
      "type": "integer",
      "minimum": 1,
      "maximum": 600000,
      "default": 2000
    },
    "failMode": {
      "description": "What a failed call (unreachable, timed out, a non-2xx status, a malformed answer) does. closed: the request (or answer) is refused with a message saying the check could not run, whatever the action; open: it passes, and the record gets a passing verdict with the reason \"webhook unavailable\".",
      "enum": [
        "open",
        "closed"
      ],
      "default": "closed"
    },
    "include": {
      "description": "What each call sends besides the side checked. texts (always): the text parts with their role and JSON pointer. request: the model, the endpoint, the request id and the caller's principal (keyId, team, user). The client's headers, its credentials among them, are never sent.",
      "type": "array",
      "items": {
        "enum": [
          "texts",
          "request"
        ]
      },
      "contains": {
        "const": "texts"
      },
      "uniqueItems": true,
      "default": [
        "texts"
      ]
    },
    "wholeAnswer": {
      "description": "Streamed answers: true gathers the whole answer and makes one call once it is complete (then replays it or refuses it; mask then refuses); false calls once per window of held-back text as the stream passes (one call per window, so far more calls). Complete answers are always checked whole, and with true a mask on them refuses too.",
      "type": "boolean",
      "default": true
    },
    "on": {
      "$ref": "#/definitions/GuardrailSides"
    },
    "action": {
      "$ref": "#/definitions/GuardrailAction"
    },
    "roles": {
      "$ref": "#/definitions/GuardrailRoles"
    },
    "message": {
      "$ref": "#/definitions/GuardrailMessage"
    },
    "stream": {
      "$ref": "#/definitions/GuardrailStream"
    }
  },
  "definitions": {
    "GuardrailSides": {
      "description": "What the guardrail checks: the request (input), the answer (output), or both. Streamed answers are checked as they pass. Default: [\"input\"].",
      "type": "array",
      "items": {
        "enum": [
          "input",
          "output"
        ]
      },
      "minItems": 1,
      "uniqueItems": true,
      "default": [
        "input"
      ]
    },
    "GuardrailAction": {
      "description": "What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.",
      "enum": [
        "deny",
        "flag",
        "mask",
        "fallback"
      ],
      "default": "deny"
    },
    "GuardrailRoles": {
      "description": "Which parts of a request are checked, by role: system, developer, user, assistant, tool (message roles), prompt (completions), input (embeddings and moderations). Default: all of them.",
      "type": "array",
      "items": {
        "enum": [
          "system",
          "developer",
          "user",
          "assistant",
          "tool",
          "function",
          "prompt",
          "input"
        ]
      },
      "minItems": 1,
      "uniqueItems": true
    },
    "GuardrailMessage": {
      "description": "The message a denied client gets. Default: names the node and the failing checks.",
      "type": "string",
      "minLength": 1
    },
    "GuardrailStream": {
      "description": "How a streamed answer is checked: text is held back until it is at least holdBackChars from the stream's end, so a match that spans chunks is caught before it is sent.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "holdBackChars": {
          "description": "How many characters of streamed text are held back for checking (the longest match that can be masked whole). Default: 128.",
          "type": "integer",
          "minimum": 1,
          "maximum": 65536,
          "default": 128
        }
      }
    }
  }
} as const;
