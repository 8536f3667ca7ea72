/**
 * OpenAI's `response_format` on Anthropic, which has no JSON mode switch:
 * - `json_object`: a system instruction to answer with one JSON object only (there is no schema
 *   to constrain to); a Markdown code fence around the answer is removed from a complete answer.
 * - `json_schema`, mode `tool` (default, every model): a tool whose `input_schema` is the schema,
 *   forced with tool_choice; the tool's input is returned as the message content (JSON text) and
 *   the turn finishes with `stop`, so the client sees an ordinary JSON answer. When the client
 *   also has tools of its own, the choice becomes `any`: the model either calls one of them
 *   (returned as tool calls) or answers through the JSON tool.
 * - `json_schema`, mode `native`: Anthropic's structured outputs (`output_config.format`), for
 *   models that support them (Claude 4.5 and later); the answer is plain text JSON.
 */
import type { ChatCompletionResponseFormat, JsonObject } from "@aigw/plugin-api";
import { invalid } from "./request-content.js";
import type { ToolChoiceParam, ToolParam } from "./wire.js";

export const JSON_OBJECT_INSTRUCTION =
  "Respond with a single valid JSON object and nothing else: no prose before or after it, no Markdown code fences.";

export type JsonSchemaMode = "tool" | "native";

export interface JsonPlan {
  /** Appended to the system prompt. */
  instruction?: string;
  /** The tool that carries the answer (its input is the JSON answer). */
  tool?: ToolParam;
  /** Structured outputs' `output_config.format`. */
  outputFormat?: { type: "json_schema"; schema: JsonObject };
  /** A fenced answer may be unfenced (json_object only). */
  unfence?: boolean;
}

export function planJson(
  format: ChatCompletionResponseFormat | undefined,
  mode: JsonSchemaMode,
  takenNames: readonly string[],
): JsonPlan {
  if (!format || format.type === "text") return {};
  if (format.type === "json_object") return { instruction: JSON_OBJECT_INSTRUCTION, unfence: true };
  if (format.type !== "json_schema")
    throw invalid(
      `response_format: unsupported type "${(format as { type: string }).type}".`,
      "response_format.type",
    );
  const spec = format.json_schema;
  const schema: JsonObject = spec?.schema ?? { type: "object" };
  if (mode === "native") return { outputFormat: { type: "json_schema", schema } };
  if (schema.type !== "object")
    throw invalid(
      'response_format.json_schema.schema: the root must be an object schema ({"type":"object",...}) to be sent as a tool input schema.',
      "response_format.json_schema.schema",
    );
  const name = uniqueName(takenNames);
  const what = spec?.name ? `the "${spec.name}" format` : "the required format";
  return {
    tool: {
      name,
      description: `Give your final answer by calling this tool exactly once: its input is the answer, a JSON object in ${what}.${spec?.description ? ` ${spec.description}` : ""}`,
      input_schema: schema,
    },
  };
}

/** The tool choice when the answer goes through the JSON tool. */
export function jsonToolChoice(
  jsonTool: string,
  clientChoice: ToolChoiceParam | undefined,
  clientTools: number,
): ToolChoiceParam {
  if (clientTools === 0 || clientChoice?.type === "none")
    return { type: "tool", name: jsonTool, disable_parallel_tool_use: true };
  if (clientChoice?.type === "tool") return clientChoice;
  // auto (or unset) and required: a client tool or the JSON answer, but never plain text.
  return clientChoice?.disable_parallel_tool_use
    ? { type: "any", disable_parallel_tool_use: true }
    : { type: "any" };
}

/** Removes one Markdown code fence around a whole answer (```json ... ```). */
export function unfenceJson(text: string): string {
  const match = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?\s*```\s*$/i.exec(text);
  return match ? match[1]!.trim() : text;
}

function uniqueName(taken: readonly string[]): string {
  let name = "json_response";
  for (let n = 2; taken.includes(name); n++) name = `json_response_${n}`;
  return name;
}
