/**
 * Reads a check service's answer into verdicts: the full form (`verdicts`) or the short form (one
 * `verdict`), validated as schema/wire.json's WebhookAnswer describes it, plus what a schema
 * cannot say: a span must name a part that was sent, and its offsets are clamped to that part's
 * text. A problem is described by where it is, never by the values found there, since those may
 * echo the checked text.
 */
import type { CheckVerdict, PartSpan, TextPart } from "@aigw/guardrail-kit";

/** The check name a short-form answer is recorded under. */
export const SHORT_FORM_CHECK = "webhook";

/** Limits of schema/wire.json (string lengths in code points, as JSON schema counts them). */
const MAX_VERDICTS = 64;
const MAX_SPANS = 1024;
const MAX_CHECK = 128;
const MAX_REASON = 1024;
const MAX_LABEL = 64;

export type ParsedAnswer =
  | { readonly ok: true; readonly verdicts: CheckVerdict[] }
  | { readonly ok: false; readonly problem: string };

type JsonRecord = Record<string, unknown>;

/** Thrown inside the parser only: a problem at a place in the answer. */
class Malformed extends Error {}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Length in code points, counted only when the UTF-16 length could exceed `max`. */
function withinLength(text: string, max: number): boolean {
  if (text.length <= max) return true;
  let count = 0;
  for (const _ of text) if (++count > max) return false;
  return true;
}

function text(value: unknown, where: string, min: number, max: number): string {
  if (typeof value !== "string" || value.length < min || !withinLength(value, max))
    throw new Malformed(`${where} must be a string of ${min} to ${max} characters`);
  return value;
}

function optionalScore(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) throw new Malformed(`${where} must be a number`);
  return value;
}

function verdictValue(value: unknown, where: string): "pass" | "fail" {
  if (value !== "pass" && value !== "fail") throw new Malformed(`${where} must be "pass" or "fail"`);
  return value;
}

function offset(value: unknown, where: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
    throw new Malformed(`${where} must be a non-negative integer`);
  return value;
}

/** A span clamped to its part's text; undefined when nothing of it is left. */
function span(value: unknown, where: string, parts: readonly TextPart[]): PartSpan | undefined {
  if (!isRecord(value)) throw new Malformed(`${where} must be an object`);
  const part = offset(value.part, `${where}.part`);
  const start = offset(value.start, `${where}.start`);
  const end = offset(value.end, `${where}.end`);
  const label = text(value.label, `${where}.label`, 1, MAX_LABEL);
  const target = parts[part];
  if (!target) throw new Malformed(`${where}.part names no part that was sent`);
  const length = target.text.length;
  const from = Math.min(start, length);
  const to = Math.min(end, length);
  return from < to ? { part, start: from, end: to, label } : undefined;
}

function spans(value: unknown, where: string, parts: readonly TextPart[]): PartSpan[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > MAX_SPANS)
    throw new Malformed(`${where} must be an array of at most ${MAX_SPANS} spans`);
  const out: PartSpan[] = [];
  for (let i = 0; i < value.length; i++) {
    const kept = span(value[i], `${where}[${i}]`, parts);
    if (kept) out.push(kept);
  }
  return out.length > 0 ? out : undefined;
}

function verdict(value: unknown, where: string, parts: readonly TextPart[]): CheckVerdict {
  if (!isRecord(value)) throw new Malformed(`${where} must be an object`);
  const check = text(value.check, `${where}.check`, 1, MAX_CHECK);
  const outcome = verdictValue(value.verdict, `${where}.verdict`);
  const score = optionalScore(value.score, `${where}.score`);
  const reason = text(value.reason, `${where}.reason`, 0, MAX_REASON);
  const found = spans(value.spans, `${where}.spans`, parts);
  return { check, verdict: outcome, score, reason, spans: found };
}

function shortForm(value: JsonRecord): CheckVerdict {
  const outcome = verdictValue(value.verdict, "verdict");
  const score = optionalScore(value.score, "score");
  const reason =
    value.reason === undefined
      ? `${outcome === "pass" ? "passed" : "failed"} by the webhook`
      : text(value.reason, "reason", 0, MAX_REASON);
  return { check: SHORT_FORM_CHECK, verdict: outcome, score, reason };
}

/**
 * The verdicts of a parsed JSON answer to a call that sent `parts`, or what is wrong with it.
 * Unknown fields are ignored; a span that falls outside its part after clamping is dropped.
 */
export function parseAnswer(value: unknown, parts: readonly TextPart[]): ParsedAnswer {
  try {
    if (!isRecord(value)) throw new Malformed("the answer must be a JSON object");
    if (!("verdicts" in value)) {
      if (!("verdict" in value)) throw new Malformed("the answer has neither verdicts nor verdict");
      return { ok: true, verdicts: [shortForm(value)] };
    }
    const list = value.verdicts;
    if (!Array.isArray(list) || list.length > MAX_VERDICTS)
      throw new Malformed(`verdicts must be an array of at most ${MAX_VERDICTS} verdicts`);
    const verdicts: CheckVerdict[] = [];
    for (let i = 0; i < list.length; i++) verdicts.push(verdict(list[i], `verdicts[${i}]`, parts));
    return { ok: true, verdicts };
  } catch (error) {
    if (error instanceof Malformed) return { ok: false, problem: error.message };
    throw error;
  }
}
