/**
 * `chat.completions`: a `chat.completion`, or a stream of `chat.completion.chunk`s shaped like
 * OpenAI's (role first, content pieces, a finish chunk, then a usage chunk when asked). A forced
 * tool choice is answered with a tool call whose arguments fit the function's schema; JSON
 * response formats get JSON content.
 */
import type {
  CallResult,
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionChunkChoice,
  ChatCompletionMessageToolCall,
  ChatCompletionRequest,
  ChatCompletionTool,
  FinishReason,
  Usage,
} from "@aigw/plugin-api";
import { jsonResult } from "@aigw/plugin-api";
import { hashHex } from "./hash.js";
import { sampleFromSchema } from "./json-sample.js";
import { type MockCall, usage } from "./mock-call.js";
import { type PlannedChunk, playStream } from "./stream.js";
import { applyLimits, charChunks, chatReply, estimateTokens, messagesTokens, wordChunks } from "./text.js";

/** At most this many choices, whatever `n` asks (a mock need not generate more). */
const MAX_CHOICES = 8;
/** Tool-call arguments stream in pieces of this many characters. */
const ARGUMENT_PIECE = 8;
const FINGERPRINT = "fp_aigw_mock";

/** What every choice of this answer says. */
type Answer =
  | { kind: "text"; content: string; finish: FinishReason }
  | { kind: "tool"; call: ChatCompletionMessageToolCall };

/** The tool the request forces, if any: `tool_choice` "required" (first tool) or a named function. */
function forcedTool(call: MockCall, body: ChatCompletionRequest): ChatCompletionTool | undefined {
  const tools = (body.tools ?? []).filter((t) => t?.type === "function" && t.function?.name);
  const choice = body.tool_choice;
  if (tools.length === 0 || choice === undefined || choice === "none" || choice === "auto") return undefined;
  if (choice === "required") return tools[0];
  const name = choice.function?.name;
  const tool = tools.find((t) => t.function.name === name);
  if (!tool)
    call.ctx.error("invalid_request", `tool_choice names function "${name}", which is not in tools.`, {
      param: "tool_choice",
    });
  return tool;
}

/** Content for JSON response formats: a fixed JSON reply as is, else a value fitting the schema. */
function jsonContent(call: MockCall, body: ChatCompletionRequest, reply: string): string | undefined {
  const format = body.response_format;
  if (!format || (format.type !== "json_object" && format.type !== "json_schema")) return undefined;
  if (call.options.reply !== undefined) {
    try {
      JSON.parse(call.options.reply);
      return call.options.reply;
    } catch {
      // Not JSON: wrap it like any other reply below.
    }
  }
  const schema = format.type === "json_schema" ? format.json_schema?.schema : undefined;
  return JSON.stringify(schema ? sampleFromSchema(schema, { allProperties: true }) : { reply });
}

/** Arguments are always a JSON object, even for a function without a parameters schema. */
function toolArguments(parameters: unknown): string {
  const value = parameters === undefined ? {} : sampleFromSchema(parameters);
  return JSON.stringify(value !== null && typeof value === "object" && !Array.isArray(value) ? value : {});
}

function answerFor(call: MockCall, body: ChatCompletionRequest): Answer {
  const tool = forcedTool(call, body);
  if (tool) {
    const name = tool.function.name;
    return {
      kind: "tool",
      call: {
        id: `call_${hashHex(`${call.key}\n${name}`, 24)}`,
        type: "function",
        function: { name, arguments: toolArguments(tool.function.parameters) },
      },
    };
  }
  const reply = call.options.reply ?? chatReply(body.messages);
  const json = jsonContent(call, body, reply);
  // JSON content is never truncated: a test asking for JSON wants parseable JSON.
  if (json !== undefined) return { kind: "text", content: json, finish: "stop" };
  const limited = applyLimits(reply, body.stop, body.max_completion_tokens ?? body.max_tokens);
  return { kind: "text", content: limited.text, finish: limited.finish };
}

function generatedText(answer: Answer): string {
  return answer.kind === "tool" ? answer.call.function.name + answer.call.function.arguments : answer.content;
}

export function chatCompletion(call: MockCall, body: ChatCompletionRequest, stream: boolean): CallResult {
  const answer = answerFor(call, body);
  const choices = Math.min(Math.max(1, Math.floor(body.n ?? 1)), MAX_CHOICES);
  const promptTokens = messagesTokens(body.messages);
  const full = usage(promptTokens, estimateTokens(generatedText(answer)) * choices);
  const id = `chatcmpl-${call.digest}`;
  if (!stream) {
    call.ctx.annotations.usage = full;
    const completion: ChatCompletion = {
      id,
      object: "chat.completion",
      created: call.created,
      model: call.model,
      choices: Array.from({ length: choices }, (_, index) => ({
        index,
        message:
          answer.kind === "tool"
            ? { role: "assistant", content: null, tool_calls: [answer.call], refusal: null }
            : { role: "assistant", content: answer.content, refusal: null },
        logprobs: null,
        finish_reason: answer.kind === "tool" ? "tool_calls" : answer.finish,
      })),
      usage: full,
      system_fingerprint: FINGERPRINT,
    };
    return jsonResult(JSON.stringify(completion));
  }
  const includeUsage = body.stream_options?.include_usage === true;
  const chunk = (choice: ChatCompletionChunkChoice[], usageBlock?: Usage): string => {
    const value: ChatCompletionChunk = {
      id,
      object: "chat.completion.chunk",
      created: call.created,
      model: call.model,
      system_fingerprint: FINGERPRINT,
      choices: choice,
    };
    // With include_usage, OpenAI sends `usage: null` on every chunk but the last.
    if (includeUsage) value.usage = usageBlock ?? null;
    return JSON.stringify(value);
  };
  const planned = streamPlan(answer, choices, call.options.chunkWords, chunk);
  if (includeUsage) planned.push({ json: chunk([], full), emitted: "" });
  return playStream(call, planned, (emitted) => {
    call.ctx.annotations.usage = usage(promptTokens, estimateTokens(emitted));
  });
}

/** The chunks of every choice, one choice per chunk, steps interleaved across choices. */
function streamPlan(
  answer: Answer,
  choices: number,
  words: number,
  chunk: (choices: ChatCompletionChunkChoice[]) => string,
): PlannedChunk[] {
  const steps: { delta: ChatCompletionChunkChoice["delta"]; emitted: string }[] = [];
  if (answer.kind === "tool") {
    const { id, function: fn } = answer.call;
    steps.push({
      delta: {
        role: "assistant",
        content: null,
        tool_calls: [{ index: 0, id, type: "function", function: { name: fn.name, arguments: "" } }],
      },
      emitted: fn.name,
    });
    for (const piece of charChunks(fn.arguments, ARGUMENT_PIECE))
      steps.push({ delta: { tool_calls: [{ index: 0, function: { arguments: piece } }] }, emitted: piece });
  } else {
    steps.push({ delta: { role: "assistant", content: "" }, emitted: "" });
    for (const piece of wordChunks(answer.content, words))
      steps.push({ delta: { content: piece }, emitted: piece });
  }
  const finish: FinishReason = answer.kind === "tool" ? "tool_calls" : answer.finish;
  const planned: PlannedChunk[] = [];
  for (const step of steps)
    for (let index = 0; index < choices; index++)
      planned.push({
        json: chunk([{ index, delta: step.delta, logprobs: null, finish_reason: null }]),
        emitted: step.emitted,
      });
  for (let index = 0; index < choices; index++)
    planned.push({ json: chunk([{ index, delta: {}, logprobs: null, finish_reason: finish }]), emitted: "" });
  return planned;
}
