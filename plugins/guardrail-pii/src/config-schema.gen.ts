// GENERATED FILE - do not edit. Source: plugins/guardrail-pii/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "GuardrailPiiConfig",
  "description": "Which kinds of personal data and secrets the PII guardrail looks for, and how.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
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
  }
} as const;
