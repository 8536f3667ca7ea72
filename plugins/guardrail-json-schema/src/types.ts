/**
 * The shapes a check reads and returns are the guardrail kit's (text parts, spans, verdicts);
 * what a rule sees of the request besides its text parts is this package's own.
 */
import type { CheckVerdict, PartSpan, Span, TextPart } from "@aigw/guardrail-kit";

export type { Span, TextPart };

/** A check's outcome; spans (when any) locate what made it fail, by index into the checked parts. */
export type Verdict = CheckVerdict;
export type { PartSpan };

/** What a rule sees of the request besides its text parts. */
export interface RequestInfo {
  model?: string | undefined;
  body: Record<string, unknown>;
}
