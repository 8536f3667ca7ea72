/**
 * Reading an answer's text as JSON: optionally unwrapping one Markdown code fence around the
 * whole text (```json ... ```), then parsing, with why not (never quoting the text) when it fails.
 */
import { parseComplaint } from "./parse-complaint.js";

/** The text inside a code fence that wraps all of `text` (white space around allowed), else `text`. */
export function stripFence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith("```") || !trimmed.endsWith("```") || trimmed.length < 6) return text;
  const firstLine = trimmed.indexOf("\n");
  if (firstLine === -1) return text;
  // The opening line may name a language (json, JSON, jsonc...), nothing else.
  if (!/^```[\w-]*\s*$/.test(trimmed.slice(0, firstLine))) return text;
  return trimmed.slice(firstLine + 1, trimmed.length - 3);
}

/** A parsed JSON text, or why it is not JSON. */
export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

/** Parses `text` as JSON. */
export function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: parseComplaint((error as Error).message) };
  }
}
