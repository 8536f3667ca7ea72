/**
 * Sampling and output options to Google's `generationConfig`: temperature, top_p -> topP,
 * max_completion_tokens / max_tokens -> maxOutputTokens (defaulted and clamped by the node's
 * config), stop -> stopSequences, n -> candidateCount, presence/frequency penalties, seed,
 * response_format (json_object -> responseMimeType application/json; json_schema -> the same
 * plus responseSchema, or responseJsonSchema with the json-schema dialect) and reasoning_effort
 * (Gemini 3+: thinkingLevel; earlier thinking models: thinkingBudget, with the token budgets of
 * Google's own OpenAI-compatible endpoint: low 1024, medium 8192, high 24576, none 0).
 */
import type { ChatCompletionRequest, JsonObject } from "@aigw/plugin-api";
import type { Settings } from "../settings.js";
import type { GeminiGenerationConfig } from "../wire.js";
import { asJsonSchema, toGoogleSchema } from "./schema.js";

const BUDGETS: Record<string, number> = { none: 0, minimal: 1024, low: 1024, medium: 8192, high: 24576 };

function thinkingConfig(effort: string, model: string): GeminiGenerationConfig["thinkingConfig"] {
  const major = Number(/gemini-(\d+)/.exec(model)?.[1] ?? "0");
  if (major >= 3) return { thinkingLevel: effort === "none" ? "minimal" : effort };
  const budget = BUDGETS[effort];
  return budget === undefined ? undefined : { thinkingBudget: budget };
}

export function generationConfig(
  body: ChatCompletionRequest,
  settings: Settings,
  model: string,
): GeminiGenerationConfig | undefined {
  const out: GeminiGenerationConfig = {};
  if (typeof body.temperature === "number") out.temperature = body.temperature;
  if (typeof body.top_p === "number") out.topP = body.top_p;
  let max = body.max_completion_tokens ?? body.max_tokens ?? settings.defaultMaxTokens;
  if (typeof max === "number") {
    if (settings.maxTokensLimit !== undefined) max = Math.min(max, settings.maxTokensLimit);
    out.maxOutputTokens = max;
  }
  if (typeof body.stop === "string") out.stopSequences = [body.stop];
  else if (Array.isArray(body.stop) && body.stop.length > 0) out.stopSequences = body.stop;
  if (typeof body.n === "number" && body.n !== 1) out.candidateCount = body.n;
  if (typeof body.presence_penalty === "number") out.presencePenalty = body.presence_penalty;
  if (typeof body.frequency_penalty === "number") out.frequencyPenalty = body.frequency_penalty;
  if (typeof body.seed === "number") out.seed = body.seed;
  const format = body.response_format;
  if (format?.type === "json_object") out.responseMimeType = "application/json";
  else if (format?.type === "json_schema") {
    out.responseMimeType = "application/json";
    const schema = format.json_schema.schema;
    if (schema) {
      if (settings.schemaDialect === "json-schema") out.responseJsonSchema = asJsonSchema(schema);
      else out.responseSchema = toGoogleSchema(schema as JsonObject);
    }
  }
  if (typeof body.reasoning_effort === "string") {
    const thinking = thinkingConfig(body.reasoning_effort, model);
    if (thinking) out.thinkingConfig = thinking;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
