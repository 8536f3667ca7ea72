/**
 * Anthropic tools and tool choice as OpenAI's: a tool's `input_schema` is the function's
 * `parameters`; `auto` / `any` / `tool` / `none` become `auto` / `required` / the named function
 * / `none`, and `disable_parallel_tool_use` becomes `parallel_tool_calls: false`. OpenAI refuses
 * `tool_choice` and `parallel_tool_calls` without tools, so both are dropped when there are none.
 */
import type { ChatCompletionRequest, ChatCompletionTool, ChatCompletionToolChoice } from "@aigw/plugin-api";
import type { ToolChoice, ToolParam } from "./wire.js";

function decodeTool(tool: ToolParam): ChatCompletionTool {
  return {
    type: "function",
    function: {
      name: tool.name,
      ...(tool.description === undefined ? {} : { description: tool.description }),
      parameters: tool.input_schema,
      ...(tool.strict === undefined ? {} : { strict: tool.strict }),
    },
  };
}

function decodeChoice(choice: ToolChoice): ChatCompletionToolChoice {
  switch (choice.type) {
    case "any":
      return "required";
    case "tool":
      return { type: "function", function: { name: choice.name ?? "" } };
    case "none":
      return "none";
    default:
      return "auto";
  }
}

export function decodeTools(
  tools: readonly ToolParam[] | undefined,
  choice: ToolChoice | undefined,
): Pick<ChatCompletionRequest, "tools" | "tool_choice" | "parallel_tool_calls"> {
  if (!tools || tools.length === 0) return {};
  return {
    tools: tools.map(decodeTool),
    ...(choice ? { tool_choice: decodeChoice(choice) } : {}),
    ...(choice?.disable_parallel_tool_use ? { parallel_tool_calls: false } : {}),
  };
}
