// GENERATED FILE - do not edit. Source: plugins/guardrail-content/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "ContentGuardrailConfig",
  "description": "Content rules checked on every request: regular expressions, required and forbidden strings, word lists by category, length limits, allowed models and parameter ranges. Each rule gives one verdict (pass or fail), in the order of the list.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "rules"
  ],
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
    "rules": {
      "description": "The rules, checked in this order; each yields one verdict named after the rule (an empty list checks nothing).",
      "type": "array",
      "items": {
        "title": "ContentRule",
        "description": "One rule; `type` says which kind, and only that kind's fields are checked. A rule's defaults are stated in its fields' descriptions.",
        "type": "object",
        "discriminator": {
          "propertyName": "type"
        },
        "oneOf": [
          {
            "title": "RegexRule",
            "description": "Fails when the regular expression matches a text part (its matches are the spans), or, with mustMatch, when it matches none.",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "type",
              "name",
              "pattern"
            ],
            "properties": {
              "type": {
                "description": "The rule kind.",
                "const": "regex"
              },
              "name": {
                "description": "The rule's name: the `check` of its verdict. Unique within the list.",
                "type": "string",
                "minLength": 1
              },
              "roles": {
                "$ref": "#/definitions/Roles"
              },
              "pattern": {
                "description": "An ECMAScript regular expression. It runs on every request: avoid nested quantifiers such as (a+)+ that backtrack for a long time.",
                "type": "string",
                "minLength": 1
              },
              "flags": {
                "description": "Regular expression flags among i (ignore case), m (multiline), s (dot matches newlines), u or v (Unicode); the global flag is added. Default none.",
                "type": "string",
                "pattern": "^[imsuv]*$"
              },
              "mustMatch": {
                "description": "Invert the rule: fail when no selected text part matches (default false: fail when one does).",
                "type": "boolean"
              }
            }
          },
          {
            "title": "ContainsRule",
            "description": "contains: passes when the selected text holds any (or, with match all, every) of the values. notContains: fails when it holds any of them, with a span for each occurrence.",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "type",
              "name",
              "values"
            ],
            "properties": {
              "type": {
                "description": "The rule kind.",
                "enum": [
                  "contains",
                  "notContains"
                ]
              },
              "name": {
                "description": "The rule's name: the `check` of its verdict. Unique within the list.",
                "type": "string",
                "minLength": 1
              },
              "roles": {
                "$ref": "#/definitions/Roles"
              },
              "values": {
                "description": "The strings to look for.",
                "type": "array",
                "minItems": 1,
                "items": {
                  "type": "string",
                  "minLength": 1
                }
              },
              "caseSensitive": {
                "description": "Compare letter case too (default false: ECMAScript case-insensitive comparison).",
                "type": "boolean"
              },
              "wholeWord": {
                "description": "Count a value only where it is not part of a longer word: no letter, mark, digit or underscore right before it (when it starts with one) or right after it (when it ends with one). Default false.",
                "type": "boolean"
              },
              "match": {
                "description": "For contains: whether any value suffices or every value must be present (default any). Ignored by notContains.",
                "type": "string",
                "enum": [
                  "any",
                  "all"
                ]
              }
            }
          },
          {
            "title": "LengthRule",
            "description": "Fails when the selected text is shorter than min or longer than max, counted in characters (Unicode code points), words (runs of non-whitespace) or tokens. At least one of min and max.",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "type",
              "name",
              "unit"
            ],
            "properties": {
              "type": {
                "description": "The rule kind.",
                "const": "length"
              },
              "name": {
                "description": "The rule's name: the `check` of its verdict. Unique within the list.",
                "type": "string",
                "minLength": 1
              },
              "roles": {
                "$ref": "#/definitions/Roles"
              },
              "unit": {
                "description": "What is counted. Tokens use OpenAI's BPE encodings (o200k_base for the gpt-4o, gpt-4.1, gpt-4.5, gpt-5 and o-series families, cl100k_base for other models): exact for OpenAI models, an approximation for others; message framing tokens are not counted.",
                "type": "string",
                "enum": [
                  "chars",
                  "words",
                  "tokens"
                ]
              },
              "min": {
                "description": "The least count allowed.",
                "type": "integer",
                "minimum": 0
              },
              "max": {
                "description": "The greatest count allowed.",
                "type": "integer",
                "minimum": 0
              },
              "scope": {
                "description": "total: the sum over the selected text parts (default); part: each selected part on its own.",
                "type": "string",
                "enum": [
                  "total",
                  "part"
                ]
              },
              "encoding": {
                "description": "For tokens: always use this encoding instead of choosing one by the request's model.",
                "type": "string",
                "enum": [
                  "o200k_base",
                  "cl100k_base"
                ]
              }
            }
          },
          {
            "title": "ModelsRule",
            "description": "At least one of allow and deny. Fails when the request's model is denied, or when an allow list is given and the model matches none of it (or the request names no model). Patterns are globs: * is any run of characters, ? one character; matching ignores case.",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "type",
              "name"
            ],
            "properties": {
              "type": {
                "description": "The rule kind.",
                "const": "models"
              },
              "name": {
                "description": "The rule's name: the `check` of its verdict. Unique within the list.",
                "type": "string",
                "minLength": 1
              },
              "allow": {
                "description": "Model patterns that are allowed, e.g. gpt-4o*.",
                "type": "array",
                "minItems": 1,
                "items": {
                  "type": "string",
                  "minLength": 1
                }
              },
              "deny": {
                "description": "Model patterns that are refused; they win over allow.",
                "type": "array",
                "minItems": 1,
                "items": {
                  "type": "string",
                  "minLength": 1
                }
              }
            }
          },
          {
            "title": "ParamsRule",
            "description": "At least one of ranges, values, forbidden and required. Fails when a top-level request parameter is outside its allowed range or values, is forbidden but present, or is required but absent; the reason names each such parameter. Parameters that are absent (or null) are not checked against ranges or values.",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "type",
              "name"
            ],
            "properties": {
              "type": {
                "description": "The rule kind.",
                "const": "params"
              },
              "name": {
                "description": "The rule's name: the `check` of its verdict. Unique within the list.",
                "type": "string",
                "minLength": 1
              },
              "ranges": {
                "description": "Numeric parameters and their allowed range, e.g. { \"temperature\": { \"max\": 1 }, \"max_tokens\": { \"max\": 4096 } }.",
                "type": "object",
                "minProperties": 1,
                "additionalProperties": {
                  "$ref": "#/definitions/ParamRange"
                }
              },
              "values": {
                "description": "Parameters and the values they may take, e.g. { \"reasoning_effort\": [\"low\", \"medium\"] }.",
                "type": "object",
                "minProperties": 1,
                "additionalProperties": {
                  "description": "The allowed values (compared with ===).",
                  "type": "array",
                  "minItems": 1,
                  "items": {
                    "type": [
                      "string",
                      "number",
                      "boolean"
                    ]
                  }
                }
              },
              "forbidden": {
                "description": "Parameters a request may not set, e.g. logit_bias.",
                "type": "array",
                "minItems": 1,
                "items": {
                  "type": "string",
                  "minLength": 1
                }
              },
              "required": {
                "description": "Parameters a request must set, e.g. max_tokens.",
                "type": "array",
                "minItems": 1,
                "items": {
                  "type": "string",
                  "minLength": 1
                }
              }
            }
          },
          {
            "title": "WordsRule",
            "description": "Fails when the selected text holds a word or phrase of any category; matching is whole-word (as in ContainsRule.wholeWord) and each span is labelled with its category.",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "type",
              "name",
              "categories"
            ],
            "properties": {
              "type": {
                "description": "The rule kind.",
                "const": "words"
              },
              "name": {
                "description": "The rule's name: the `check` of its verdict. Unique within the list.",
                "type": "string",
                "minLength": 1
              },
              "roles": {
                "$ref": "#/definitions/Roles"
              },
              "categories": {
                "description": "Word lists by category, e.g. { \"profanity\": [...], \"competitors\": [...] }.",
                "type": "object",
                "minProperties": 1,
                "additionalProperties": {
                  "description": "The category's words or phrases.",
                  "type": "array",
                  "minItems": 1,
                  "items": {
                    "type": "string",
                    "minLength": 1
                  }
                }
              },
              "caseSensitive": {
                "description": "Compare letter case too (default false).",
                "type": "boolean"
              }
            }
          }
        ]
      }
    },
    "maxSpans": {
      "description": "The most spans (match locations) one verdict carries; a rule stops scanning once it has this many and its reason says the count is a lower bound.",
      "type": "integer",
      "minimum": 1,
      "default": 1000
    }
  },
  "definitions": {
    "Role": {
      "description": "The role of a text part: a chat message's role (system, developer, user, assistant, tool, function), prompt for completions, input for embeddings, output for an answer's text that has no message role.",
      "type": "string",
      "enum": [
        "system",
        "developer",
        "user",
        "assistant",
        "tool",
        "function",
        "prompt",
        "input",
        "output"
      ]
    },
    "Roles": {
      "description": "Check only the text parts of these roles (all parts when absent).",
      "type": "array",
      "minItems": 1,
      "uniqueItems": true,
      "items": {
        "$ref": "#/definitions/Role"
      }
    },
    "ParamRange": {
      "description": "An inclusive range for a numeric parameter.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "min": {
          "description": "The least value allowed.",
          "type": "number"
        },
        "max": {
          "description": "The greatest value allowed.",
          "type": "number"
        },
        "integer": {
          "description": "The value must also be an integer.",
          "type": "boolean"
        }
      }
    },
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
