/**
 * OpenAI tools and tool_choice to Google's `tools[{functionDeclarations}]` and
 * `toolConfig.functionCallingConfig`: auto -> AUTO, none -> NONE, required -> ANY, a named
 * function -> ANY limited by allowedFunctionNames. The legacy `functions` / `function_call`
 * pair is translated the same way. Google has no switch for parallel calls
 * (`parallel_tool_calls` is not sent).
 */
import type { ChatCompletionRequest, FunctionDefinition, JsonObject } from "@aigw/plugin-api";
import type { Settings } from "../settings.js";
import type { GeminiFunctionDeclaration, GeminiTool, GeminiToolConfig } from "../wire.js";
import { asJsonSchema, toGoogleParameters } from "./schema.js";

function declaration(fn: FunctionDefinition, settings: Settings): GeminiFunctionDeclaration {
  const out: GeminiFunctionDeclaration = { name: fn.name };
  if (fn.description) out.description = fn.description;
  if (fn.parameters) {
    if (settings.schemaDialect === "json-schema") out.parametersJsonSchema = asJsonSchema(fn.parameters);
    else {
      const parameters = toGoogleParameters(fn.parameters as JsonObject);
      if (parameters) out.parameters = parameters;
    }
  }
  return out;
}

export function translateTools(
  body: ChatCompletionRequest,
  settings: Settings,
): { tools?: GeminiTool[]; toolConfig?: GeminiToolConfig } {
  const functions: FunctionDefinition[] = [
    ...(body.tools ?? []).filter((t) => t.type === "function").map((t) => t.function),
    ...(body.functions ?? []),
  ];
  if (functions.length === 0) return {};
  const tools: GeminiTool[] = [{ functionDeclarations: functions.map((f) => declaration(f, settings)) }];
  const choice = body.tool_choice ?? body.function_call;
  let toolConfig: GeminiToolConfig | undefined;
  if (choice === "auto") toolConfig = { functionCallingConfig: { mode: "AUTO" } };
  else if (choice === "none") toolConfig = { functionCallingConfig: { mode: "NONE" } };
  else if (choice === "required") toolConfig = { functionCallingConfig: { mode: "ANY" } };
  else if (choice && typeof choice === "object") {
    const name = "function" in choice ? choice.function.name : choice.name;
    toolConfig = { functionCallingConfig: { mode: "ANY", allowedFunctionNames: [name] } };
  }
  return toolConfig ? { tools, toolConfig } : { tools };
}
