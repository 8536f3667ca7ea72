// GENERATED FILE - do not edit. Source: plugins/guardrail-pii/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "GuardrailPiiConfig",
  "description": "Finds personal data and secrets (emails, phone numbers, payment cards, IBANs, national ids, IP addresses, API keys) in requests and answers, and denies, flags or masks them; masked values can be restored in the answer.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
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
    },
    "restore": {
      "description": "With action mask on the request: put the original values back where the answer (JSON or stream) repeats their placeholders, for the same request only. Needs action: mask and input in on; the gateway refuses to start otherwise. Default: false.",
      "type": "boolean",
      "default": false
    },
    "detect": {
      "description": "The detectors to run, by the label they report. Default: all of them.",
      "type": "array",
      "uniqueItems": true,
      "items": {
        "description": "A detector label.",
        "type": "string",
        "enum": [
          "email",
          "phone",
          "card",
          "iban",
          "us_ssn",
          "uk_nino",
          "ca_sin",
          "in_aadhaar",
          "ip_address",
          "secret"
        ]
      }
    },
    "phoneRegions": {
      "description": "Regions whose national phone number formats are recognised (numbers written with a leading + are recognised whatever the region). Each region costs one libphonenumber check per candidate number that fits its lengths.",
      "type": "array",
      "minItems": 1,
      "uniqueItems": true,
      "default": [
        "US"
      ],
      "items": {
        "description": "An ISO 3166-1 alpha-2 region code, upper case (US, GB, DE...).",
        "type": "string",
        "pattern": "^[A-Z]{2}$"
      }
    },
    "secrets": {
      "description": "Options of the secret detector (known key formats are always on while the detector is).",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "entropy": {
          "description": "The detector of long random-looking tokens of unknown formats, or false to turn it off.",
          "oneOf": [
            {
              "description": "Turns the entropy detector off.",
              "type": "boolean",
              "const": false
            },
            {
              "description": "The entropy detector's thresholds.",
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "minLength": {
                  "description": "Shortest token considered, in characters. Default 20.",
                  "type": "integer",
                  "minimum": 8
                },
                "minBitsPerChar": {
                  "description": "Least Shannon entropy of the token's characters, in bits per character (a random base64 token of 40 characters has about 4.5). Default 3.5.",
                  "type": "number",
                  "exclusiveMinimum": 0,
                  "maximum": 8
                },
                "includeHex": {
                  "description": "Also flag tokens made only of hex digits and dashes (hashes, UUIDs), which are left alone by default. Default false.",
                  "type": "boolean"
                }
              }
            }
          ]
        }
      }
    },
    "allow": {
      "description": "Regular expressions (JavaScript syntax, no flags) of values never flagged: a detected value that one of them matches as a whole is left in place.",
      "type": "array",
      "items": {
        "description": "A regular expression matched against a whole detected value (checked when the guardrail starts).",
        "type": "string"
      }
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
