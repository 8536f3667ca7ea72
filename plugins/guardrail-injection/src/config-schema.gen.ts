// GENERATED FILE - do not edit. Source: plugins/guardrail-injection/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "InjectionGuardrailConfig",
  "description": "The prompt-injection guardrail: scores each prompt 0..1 with weighted rules over a normalised copy of the text (lowercase, diacritics folded, leetspeak and homoglyphs read as letters, invisible characters removed) and flags it at or above the threshold.",
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
    "threshold": {
      "description": "Score at or above which a prompt counts as an injection. 0.5 (chosen on the training split of deepset/prompt-injections, see the package README) needs one strong signal or several weak ones; lower it to catch more at the cost of more false positives.",
      "type": "number",
      "minimum": 0,
      "maximum": 1,
      "default": 0.5
    },
    "categories": {
      "description": "The kinds of injection to detect: instruction overrides (\"ignore the previous instructions\"), role-play jailbreaks (DAN, developer mode), system-prompt extraction, encoded or hidden payloads (base64, invisible and tag characters, bidi overrides, homoglyphs, leetspeak), delimiter injection (fake \"system:\" markers, chat-template tokens). All by default.",
      "type": "array",
      "items": {
        "type": "string",
        "enum": [
          "instruction-override",
          "role-play",
          "prompt-extraction",
          "encoded-payload",
          "delimiter-injection"
        ]
      },
      "uniqueItems": true,
      "default": [
        "instruction-override",
        "role-play",
        "prompt-extraction",
        "encoded-payload",
        "delimiter-injection"
      ]
    },
    "patterns": {
      "description": "Extra patterns, scored like the built-in rules (noisy-OR of the weights of the patterns and rules that match). Each is matched against the whole normalised prompt, so a slow regular expression slows every request.",
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "pattern",
          "weight"
        ],
        "properties": {
          "pattern": {
            "description": "A JavaScript regular expression (compiled with the u flag), matched against the normalised prompt: lowercase, ä -> a and ß -> ss, one space between words. Write it in lowercase.",
            "type": "string",
            "minLength": 1
          },
          "weight": {
            "description": "How strongly a match suggests an injection.",
            "type": "number",
            "exclusiveMinimum": 0,
            "maximum": 1
          },
          "label": {
            "description": "The label of its signals.",
            "type": "string",
            "minLength": 1,
            "default": "custom"
          }
        }
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
