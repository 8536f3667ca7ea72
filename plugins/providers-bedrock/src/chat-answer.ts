/**
 * A Converse answer (`output.message.content` blocks, `stopReason`, `usage`) as an OpenAI
 * `chat.completion`: text blocks joined into `content`, `toolUse` blocks as `tool_calls` with
 * their input serialised into `arguments`, the stop reason mapped, usage translated. The
 * JSON-mode tool's input becomes the content itself. Reasoning blocks are not passed on (OpenAI's
 * chat format has no field for them).
 */
import {
  type ChatCompletion,
  type ChatCompletionMessageToolCall,
  GatewayError,
  type Usage,
} from "@aigw/plugin-api";
import { finishReason } from "./finish.js";
import { LABEL } from "./settings.js";
import { toOpenAIUsage } from "./usage.js";

interface ContentBlock {
  text?: unknown;
  toolUse?: { toolUseId?: unknown; name?: unknown; input?: unknown };
}

interface ConverseResponse {
  output?: { message?: { content?: ContentBlock[] } };
  stopReason?: string;
  usage?: unknown;
}

export interface CompletionMeta {
  id: string;
  created: number;
  model: string;
  jsonTool: string | undefined;
}

export function chatAnswer(
  text: string,
  meta: CompletionMeta,
): { completion: ChatCompletion; usage: Usage | undefined } {
  let body: ConverseResponse;
  try {
    body = JSON.parse(text) as ConverseResponse;
  } catch (error) {
    throw new GatewayError("upstream_error", `${LABEL} answered with a body that is not JSON.`, {
      cause: error,
    });
  }
  const blocks = body?.output?.message?.content;
  if (!Array.isArray(blocks)) {
    throw new GatewayError("upstream_error", `${LABEL} answered without output.message.content.`);
  }
  let content = "";
  let hasText = false;
  let jsonAnswer: string | undefined;
  const toolCalls: ChatCompletionMessageToolCall[] = [];
  for (const block of blocks) {
    if (typeof block?.text === "string") {
      content += block.text;
      hasText = true;
    } else if (block?.toolUse) {
      const { toolUseId, name, input } = block.toolUse;
      const args = JSON.stringify(input ?? {});
      if (meta.jsonTool !== undefined && name === meta.jsonTool) {
        // JSON mode through a tool: its input is the whole answer (any preamble text is dropped).
        jsonAnswer = args;
        continue;
      }
      toolCalls.push({
        id: typeof toolUseId === "string" ? toolUseId : `call_${toolCalls.length}`,
        type: "function",
        function: { name: typeof name === "string" ? name : "", arguments: args },
      });
    }
  }
  if (jsonAnswer !== undefined) {
    content = jsonAnswer;
    hasText = true;
  }
  const usage = toOpenAIUsage(body.usage);
  const completion: ChatCompletion = {
    id: meta.id,
    object: "chat.completion",
    created: meta.created,
    model: meta.model,
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: hasText || toolCalls.length === 0 ? content : null,
          ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
        },
        finish_reason: finishReason(body.stopReason, toolCalls.length > 0),
        logprobs: null,
      },
    ],
    ...(usage ? { usage } : {}),
  };
  return { completion, usage };
}
