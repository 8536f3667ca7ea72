/**
 * The shapes a guardrail check reads and returns: the text parts of a request or answer, the spans
 * that locate a finding inside one of them, and a check's verdict.
 */

/** A located finding: UTF-16 offsets into a text, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
  label: string;
  score?: number;
}

/** One piece of text of a request or answer, with the role it plays and where it sits in the body. */
export interface TextPart {
  text: string;
  /** system | developer | user | assistant | tool | function | prompt | input | output */
  role: string;
  /** The JSON pointer of the text in the body. */
  path: string;
}

/** A check's outcome; spans (when any) locate what made it fail, by index into the checked parts. */
export interface Verdict {
  check: string;
  verdict: "pass" | "fail";
  score?: number;
  spans?: (Span & { part: number })[];
  reason: string;
}

/** What a rule sees of the request besides its text parts. */
export interface RequestInfo {
  model?: string;
  body: Record<string, unknown>;
}
