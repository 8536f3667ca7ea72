// GENERATED FILE - do not edit. Source: plugins/guardrail-json-schema/schema/config.json. Regenerate with `pnpm gen`.

/**
 * What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.
 *
 * This interface was referenced by `JsonSchemaGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailAction".
 */
export type GuardrailAction = "deny" | "flag" | "mask" | "fallback";
/**
 * The message a denied client gets. Default: names the node and the failing checks.
 *
 * This interface was referenced by `JsonSchemaGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailMessage".
 */
export type GuardrailMessage = string;

/**
 * Checks that a model's answer is JSON matching a JSON schema: the message content, or the arguments of every tool call. The schema comes from this config, or from the request (response_format or the tools' parameters).
 */
export interface JsonSchemaGuardrailConfig {
  /**
   * What the guardrail checks: answers only (output, the default, whole when streamed). It takes no roles or stream settings: it reads the answer's content or tool calls, never the request's messages, and judges a stream once complete.
   *
   * @minItems 1
   * @maxItems 1
   */
  on?: ["output"];
  action?: GuardrailAction;
  message?: GuardrailMessage;
  /**
   * What must validate: the assistant message content parsed as JSON (content), or every tool call's function.arguments parsed as JSON (tool_arguments).
   */
  target?: "content" | "tool_arguments";
  /**
   * The JSON schema (draft-07 unless its $schema names 2019-09 or 2020-12), compiled once at boot; a schema that is itself invalid fails the boot. For tool_arguments, the schema of tools that have none of their own. Without any schema, the JSON is only parsed.
   */
  schema?: {} | boolean;
  /**
   * For tool_arguments: a JSON schema per tool name, for that tool's arguments.
   */
  tools?: {
    /**
     * The JSON schema of this tool's arguments.
     */
    [k: string]: {} | boolean;
  };
  /**
   * Take the schema from the request: for content, response_format.json_schema.schema; for tool_arguments, the parameters of the request's tool of that name. A schema in this config wins for tools it names; `schema` applies when the request has none. Request schemas are compiled once per distinct schema and kept in a bounded cache.
   */
  useRequestSchema?: boolean;
  /**
   * Accept content wrapped in a Markdown code fence (```json ... ```), checking what is inside.
   */
  allowFence?: boolean;
  /**
   * How many schema errors a failing verdict's reason lists (with their instance paths).
   */
  maxErrors?: number;
  /**
   * How many distinct request schemas are kept compiled; the least recently used is dropped past that.
   */
  cacheSize?: number;
}
