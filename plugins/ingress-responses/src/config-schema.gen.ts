// GENERATED FILE - do not edit. Source: plugins/ingress-responses/schema/config.json. Regenerate with `pnpm gen`.

export const configSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "ResponsesIngressConfig",
  "description": "Serves OpenAI's Responses API (POST /v1/responses, GET and DELETE /v1/responses/{id}, POST /v1/responses/{id}/cancel, GET /v1/responses/{id}/input_items) in front of the pipeline, so Responses clients can use any model the gateway routes to.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "storeTtlSeconds": {
      "description": "How long a stored response (store: true, OpenAI's default) is kept for GET, input_items and previous_response_id: 30 days by default, as OpenAI keeps them. Responses live in the gateway's store (memory, or Redis shared by every instance).",
      "type": "integer",
      "minimum": 1,
      "default": 2592000
    },
    "maxBodyBytes": {
      "description": "The largest request body accepted; larger ones get 413. The gateway's own limit (limits.maxBodyBytes) applies first.",
      "type": "integer",
      "minimum": 1,
      "default": 52428800
    }
  }
} as const;
