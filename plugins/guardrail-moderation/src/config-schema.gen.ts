// GENERATED FILE - do not edit. Source: plugins/guardrail-moderation/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "ModerationGuardrailConfig",
  "description": "Asks a moderation model about the texts of a request (or of its answer) through a provider node this node uses, and fails a check for each category the model flags (or whose score reaches its threshold).",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "node"
  ],
  "properties": {
    "node": {
      "description": "The id of the provider (or router) node that answers /v1/moderations: a providers-openai, providers-mistral or providers-mock node. It must be listed in this node's `uses`, and is best a node of its own (a node whose `model` is forced would force it on moderations too).",
      "type": "string",
      "pattern": "^[A-Za-z][A-Za-z0-9_-]*$"
    },
    "model": {
      "description": "The moderation model to ask for (omni-moderation-latest, mistral-moderation-latest...). Default: none is named, and the provider uses its own default.",
      "type": "string",
      "minLength": 1
    },
    "categories": {
      "description": "The categories that count, by the name the answer gives them (OpenAI's: harassment, harassment/threatening, hate, hate/threatening, illicit, illicit/violent, self-harm, self-harm/intent, self-harm/instructions, sexual, sexual/minors, violence, violence/graphic; a provider may add its own, such as Mistral's pii). Default: every category the answer reports.",
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      },
      "minItems": 1,
      "uniqueItems": true
    },
    "thresholds": {
      "description": "A score (0..1) per category at which it fails, instead of the model's own flag: a category with a threshold fails when its score reaches it, flagged or not; one without fails when the model flags it. Each category named here must be one that counts (see categories).",
      "type": "object",
      "additionalProperties": {
        "type": "number",
        "minimum": 0,
        "maximum": 1
      }
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
