/**
 * Token usage from OpenAI-shaped answers, normalised to the chat `Usage` (embeddings report no
 * completion tokens; image and transcription answers count `input_tokens`/`output_tokens`).
 * Answers are not parsed whole just for this: only their `usage` object is.
 */
import type { JsonResult, Usage } from "@aigw/plugin-api";

/** Normalises any usage-like object; undefined when it has no token counts. */
export function normaliseUsage(raw: unknown): Usage | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const u = raw as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
  const prompt = num(u.prompt_tokens) ?? num(u.input_tokens);
  const completion = num(u.completion_tokens) ?? num(u.output_tokens);
  const total = num(u.total_tokens);
  if (prompt === undefined && completion === undefined && total === undefined) return undefined;
  const usage: Usage = {
    prompt_tokens: prompt ?? 0,
    completion_tokens: completion ?? 0,
    total_tokens: total ?? (prompt ?? 0) + (completion ?? 0),
  };
  if (u.prompt_tokens_details && typeof u.prompt_tokens_details === "object")
    usage.prompt_tokens_details = u.prompt_tokens_details as Usage["prompt_tokens_details"];
  if (u.completion_tokens_details && typeof u.completion_tokens_details === "object")
    usage.completion_tokens_details = u.completion_tokens_details as Usage["completion_tokens_details"];
  // The Responses API's details: only the counts that mean the same as chat's are taken (image
  // answers' input details split text and image tokens, which chat's usage has no place for).
  const cached = num((u.input_tokens_details as Record<string, unknown> | undefined)?.cached_tokens);
  const reasoning = num((u.output_tokens_details as Record<string, unknown> | undefined)?.reasoning_tokens);
  if (cached !== undefined && !usage.prompt_tokens_details)
    usage.prompt_tokens_details = { cached_tokens: cached };
  if (reasoning !== undefined && !usage.completion_tokens_details)
    usage.completion_tokens_details = { reasoning_tokens: reasoning };
  return usage;
}

/**
 * The usage of a JSON answer, if it reports one. An answer still in its upstream text is not
 * parsed whole for this (it is forwarded as that text): only its `usage` object is.
 */
export function usageOfResult(result: JsonResult): Usage | undefined {
  try {
    if (result.text !== undefined) return normaliseUsage(lastUsageObject(result.text));
    const body = result.body;
    return body && typeof body === "object" && !Array.isArray(body) ? normaliseUsage(body.usage) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parses the object of the last `"usage": {...}` key in a JSON text, searching from the end
 * (usage comes last in these answers). An escaped occurrence inside a string (`\"usage\"`) is
 * skipped: its quote is preceded by a backslash.
 */
export function lastUsageObject(text: string): unknown {
  let start = -1;
  for (
    let at = text.lastIndexOf('"usage"');
    at >= 0;
    at = at > 0 ? text.lastIndexOf('"usage"', at - 1) : -1
  ) {
    if (at > 0 && text.charCodeAt(at - 1) === BACKSLASH) continue;
    const brace = objectAfterColon(text, at + 7);
    if (brace >= 0) {
      start = brace;
      break;
    }
  }
  if (start < 0) return undefined;
  // Char codes, not one-character strings: this runs on every JSON answer.
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN) depth++;
    else if (c === CLOSE && --depth === 0) return JSON.parse(text.slice(start, i + 1));
  }
  return undefined;
}

const BACKSLASH = 92;
const QUOTE = 34;
const OPEN = 123;
const CLOSE = 125;
const COLON = 58;

/** The index of `{` when `text` continues at `from` with optional space, `:`, space, `{`; else -1. */
function objectAfterColon(text: string, from: number): number {
  let i = skipSpace(text, from);
  if (text.charCodeAt(i) !== COLON) return -1;
  i = skipSpace(text, i + 1);
  return text.charCodeAt(i) === OPEN ? i : -1;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++i)) {}
  return i;
}
