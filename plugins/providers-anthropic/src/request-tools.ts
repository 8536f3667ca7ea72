/**
 * OpenAI tools and tool choice as Anthropic's: each function becomes `{name, description,
 * input_schema}`; `auto` stays auto, `required` is Anthropic's `any`, a named function is
 * `{type:"tool", name}`, `none` is `none`; `parallel_tool_calls: false` becomes
 * `disable_parallel_tool_use: true`. Legacy `functions` are refused rather than ignored (a model
 * that silently loses its tools answers wrongly).
 */
import type {
  ChatCompletionRequest,
  ChatCompletionTool,
  ChatCompletionToolChoice,
  JsonObject,
} from "@aigw/plugin-api";
import { invalid } from "./request-content.js";
import type { ToolChoiceParam, ToolParam } from "./wire.js";

export function translateTools(body: ChatCompletionRequest): ToolParam[] {
  if (body.functions !== undefined || body.function_call !== undefined)
    throw invalid(
      "The legacy functions / function_call parameters are not supported; use tools.",
      "functions",
    );
  return (body.tools ?? []).map((tool: ChatCompletionTool, i) => {
    if (tool.type !== "function" || !tool.function)
      throw invalid(`tools[${i}]: only function tools are supported.`, `tools[${i}].type`);
    const { name, description, parameters } = tool.function;
    return {
      name,
      ...(description ? { description } : {}),
      // Anthropic requires an object schema; a function without parameters takes none.
      input_schema: parameters ?? ({ type: "object", properties: {} } satisfies JsonObject),
    };
  });
}

/** Anthropic's tool choice; undefined leaves Anthropic's default (auto). */
export function translateToolChoice(
  choice: ChatCompletionToolChoice | undefined,
  parallelToolCalls: boolean | undefined,
): ToolChoiceParam | undefined {
  const single = parallelToolCalls === false ? { disable_parallel_tool_use: true } : {};
  if (choice === undefined) return parallelToolCalls === false ? { type: "auto", ...single } : undefined;
  if (choice === "none") return { type: "none" };
  if (choice === "auto") return { type: "auto", ...single };
  if (choice === "required") return { type: "any", ...single };
  if (typeof choice === "object" && choice.type === "function" && choice.function?.name)
    return { type: "tool", name: choice.function.name, ...single };
  throw invalid(`tool_choice: unsupported value ${JSON.stringify(choice)}.`, "tool_choice");
}
