/**
 * What of an OpenAI-shaped answer gets validated: per choice, the message content (a string, or
 * the text of its content parts) or a completion's text, and its tool calls (including the
 * legacy function_call), each with its name and raw arguments.
 */

/** One tool call of an answer: the function's name and its arguments as sent (JSON text). */
export interface ToolCall {
  name: string;
  arguments: string;
}

/** One choice of an answer, reduced to what the check reads. */
export interface AnswerChoice {
  index: number;
  /** The content text; undefined when the choice has none. */
  content?: string;
  /** A refusal the model gave instead of content. */
  refusal?: string;
  toolCalls: ToolCall[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function contentText(content: unknown): string | undefined {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return undefined;
  let text: string | undefined;
  for (const part of content)
    if (isRecord(part) && typeof part["text"] === "string") text = (text ?? "") + part["text"];
  return text;
}

function toolCall(fn: unknown): ToolCall | undefined {
  if (!isRecord(fn)) return undefined;
  const name = typeof fn["name"] === "string" ? fn["name"] : "";
  const args = fn["arguments"];
  // Some providers hand back arguments already parsed; they are checked as the JSON they are.
  return { name, arguments: typeof args === "string" ? args : JSON.stringify(args ?? null) };
}

/** The choices of a chat completion or completion; undefined when the answer has none. */
export function answerChoices(answer: unknown): AnswerChoice[] | undefined {
  if (!isRecord(answer) || !Array.isArray(answer["choices"])) return undefined;
  return answer["choices"].map((raw, position): AnswerChoice => {
    const choice = isRecord(raw) ? raw : {};
    const index = typeof choice["index"] === "number" ? choice["index"] : position;
    const message = isRecord(choice["message"]) ? choice["message"] : undefined;
    if (message === undefined) {
      const text = typeof choice["text"] === "string" ? choice["text"] : undefined;
      return text === undefined ? { index, toolCalls: [] } : { index, content: text, toolCalls: [] };
    }
    const toolCalls: ToolCall[] = [];
    if (Array.isArray(message["tool_calls"]))
      for (const call of message["tool_calls"]) {
        const parsed = isRecord(call) ? toolCall(call["function"]) : undefined;
        if (parsed) toolCalls.push(parsed);
      }
    const legacy = toolCall(message["function_call"]);
    if (legacy) toolCalls.push(legacy);
    const content = contentText(message["content"]);
    const refusal = typeof message["refusal"] === "string" ? message["refusal"] : undefined;
    return {
      index,
      ...(content !== undefined ? { content } : {}),
      ...(refusal !== undefined ? { refusal } : {}),
      toolCalls,
    };
  });
}
