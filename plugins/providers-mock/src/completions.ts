/**
 * `completions` (legacy): one `text_completion` choice per prompt (times `n`), or the same as a
 * stream of `text_completion` chunks, with `echo`, `stop` and `max_tokens` honoured.
 */
import {
  type CallResult,
  type Completion,
  type CompletionChoice,
  type CompletionChunk,
  type CompletionRequest,
  jsonResult,
  type Usage,
} from "@aigw/plugin-api";
import { type MockCall, usage } from "./mock-call.js";
import { type PlannedChunk, playStream } from "./stream.js";
import { applyLimits, completionReply, estimateTokens, wordChunks } from "./text.js";

const MAX_CHOICES = 8;

interface Prompt {
  text: string;
  tokens: number;
}

/** The prompt forms (text, batch of texts, token ids, batch of token ids) as a list of prompts. */
function promptsOf(prompt: CompletionRequest["prompt"]): Prompt[] {
  const text = (t: string): Prompt => ({ text: t, tokens: estimateTokens(t) });
  const ids = (list: number[]): Prompt => ({ text: `[${list.length} prompt tokens]`, tokens: list.length });
  if (prompt === null || prompt === undefined) return [text("")];
  if (typeof prompt === "string") return [text(prompt)];
  if (prompt.length === 0) return [text("")];
  if (typeof prompt[0] === "number") return [ids(prompt as number[])];
  return (prompt as (string | number[])[]).map((p) => (typeof p === "string" ? text(p) : ids(p)));
}

export function completion(call: MockCall, body: CompletionRequest, stream: boolean): CallResult {
  const prompts = promptsOf(body.prompt);
  const n = Math.min(Math.max(1, Math.floor(body.n ?? 1)), MAX_CHOICES);
  const choices: CompletionChoice[] = [];
  let completionTokens = 0;
  let promptTokens = 0;
  for (const prompt of prompts) {
    promptTokens += prompt.tokens;
    const reply = call.options.reply ?? completionReply(prompt.text);
    const limited = applyLimits(reply, body.stop, body.max_tokens);
    completionTokens += estimateTokens(limited.text) * n;
    const text = body.echo ? prompt.text + limited.text : limited.text;
    for (let j = 0; j < n; j++)
      choices.push({ text, index: choices.length, logprobs: null, finish_reason: limited.finish });
  }
  const full = usage(promptTokens, completionTokens);
  const id = `cmpl-${call.digest}`;
  if (!stream) {
    call.ctx.annotations.usage = full;
    const value: Completion = {
      id,
      object: "text_completion",
      created: call.created,
      model: call.model,
      choices,
      usage: full,
      system_fingerprint: "fp_aigw_mock",
    };
    return jsonResult(JSON.stringify(value));
  }
  const includeUsage = body.stream_options?.include_usage === true;
  const chunk = (list: CompletionChunk["choices"], usageBlock?: Usage): string => {
    const value: CompletionChunk = {
      id,
      object: "text_completion",
      created: call.created,
      model: call.model,
      choices: list,
    };
    if (includeUsage) value.usage = usageBlock ?? null;
    return JSON.stringify(value);
  };
  const planned: PlannedChunk[] = [];
  for (const choice of choices) {
    for (const piece of wordChunks(choice.text, call.options.chunkWords))
      planned.push({
        json: chunk([{ text: piece, index: choice.index, logprobs: null, finish_reason: null }]),
        emitted: piece,
      });
    planned.push({
      json: chunk([{ text: "", index: choice.index, logprobs: null, finish_reason: choice.finish_reason }]),
      emitted: "",
    });
  }
  if (includeUsage) planned.push({ json: chunk([], full), emitted: "" });
  return playStream(call, planned, (emitted) => {
    call.ctx.annotations.usage = usage(promptTokens, estimateTokens(emitted));
  });
}
