/**
 * OpenAI moderations <-> Mistral's (`POST /moderations`). The request becomes `{model, input}`
 * (Mistral takes a text or texts; the text parts of one multimodal input are joined into one
 * text, which keeps OpenAI's one result for it; images are refused). The answer's categories,
 * named Mistral's way, take OpenAI's names where Mistral documents the same harm, keep their own
 * otherwise (health, financial, law, pii...), and each result gets OpenAI's `flagged`: true when
 * any category is.
 */
import { GatewayError, type GatewayRequestOf, type ModerationResponse } from "@aigw/plugin-api";
import { isObject } from "./chat-answer.js";
import { LABEL } from "./upstream.js";

/** The model asked for when neither the node nor the client names one (Mistral requires one). */
export const DEFAULT_MODERATION_MODEL = "mistral-moderation-latest";

/**
 * Mistral's categories that match one of OpenAI's (mistral-moderation-2411's documented names):
 * dangerous and criminal content is closest to OpenAI's `illicit`.
 */
const OPENAI_NAMES: Readonly<Record<string, string>> = {
  sexual: "sexual",
  hate_and_discrimination: "hate",
  violence_and_threats: "violence",
  selfharm: "self-harm",
  dangerous_and_criminal_content: "illicit",
};

type Json = Record<string, unknown>;

function refuse(message: string): never {
  throw new GatewayError("invalid_request", message, { param: "input" });
}

/** Mistral's `input`: the text, the texts, or the joined text parts of one multimodal input. */
function mistralInput(input: unknown): string | string[] {
  if (typeof input === "string") return input;
  if (!Array.isArray(input)) return refuse("input must be a string or an array.");
  if (input.every((item) => typeof item === "string")) return input as string[];
  if (!input.every(isObject)) refuse("input must be texts, or the parts of one input, not a mix of both.");
  const texts: string[] = [];
  for (const part of input as Json[]) {
    if (part.type !== "text" || typeof part.text !== "string")
      refuse(`${LABEL} moderates text only: input parts must be text parts.`);
    texts.push(part.text);
  }
  return texts.join("\n");
}

/** The body sent to Mistral's `/moderations`. */
export function moderationsRequest(
  request: GatewayRequestOf<"moderations">,
  forcedModel: string | undefined,
): string {
  const body = request.body as unknown as Json;
  const model =
    forcedModel ?? (typeof body.model === "string" ? body.model : undefined) ?? DEFAULT_MODERATION_MODEL;
  return JSON.stringify({ model, input: mistralInput(body.input) });
}

/** One of Mistral's results in OpenAI's shape; two categories under one name merge (any, max). */
function openAIResult(result: Json): ModerationResponse["results"][number] {
  const categories: Record<string, boolean> = {};
  const scores: Record<string, number> = {};
  const source = isObject(result.categories) ? result.categories : {};
  const sourceScores = isObject(result.category_scores) ? result.category_scores : {};
  for (const name of new Set([...Object.keys(source), ...Object.keys(sourceScores)])) {
    const to = Object.hasOwn(OPENAI_NAMES, name) ? OPENAI_NAMES[name]! : name;
    const flagged = source[name] === true;
    const score = sourceScores[name];
    if (Object.hasOwn(source, name)) categories[to] = (categories[to] ?? false) || flagged;
    if (typeof score === "number") scores[to] = Math.max(scores[to] ?? score, score);
  }
  return {
    flagged: Object.values(categories).some(Boolean),
    categories,
    category_scores: scores,
  };
}

/** Mistral's moderation answer as OpenAI's; throws a 502 when it is not one. */
export function moderationsAnswer(text: string): ModerationResponse {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    throw new GatewayError("upstream_error", `The answer from ${LABEL} is not valid JSON.`, { cause });
  }
  if (!isObject(body) || !Array.isArray(body.results))
    throw new GatewayError("upstream_error", `The answer from ${LABEL} is not a moderation answer.`);
  return {
    id: typeof body.id === "string" ? body.id : "",
    model: typeof body.model === "string" ? body.model : "",
    results: body.results.map((result) => openAIResult(isObject(result) ? result : {})),
  };
}
