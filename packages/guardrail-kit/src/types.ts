/**
 * The vocabulary of guardrails: a text part of a request or answer, a span in it, a check's
 * verdict, a replacement, and the settings every guardrail shares (their schema lives in
 * schema/guardrail.json; each guardrail's generated config type carries them).
 */
import type { HookContext, MaybePromise } from "@aigw/plugin-api";

/** One piece of text a check reads, with who wrote it and where it sits in the body. */
export interface TextPart {
  readonly text: string;
  /** system, developer, user, assistant, tool, function (messages), prompt, input, or output. */
  readonly role: string;
  /** JSON pointer of the string within the body (`/messages/2/content/0/text`). */
  readonly path: string;
  /** For a tool call's arguments: the tool's name. */
  readonly tool?: string | undefined;
}

/** A stretch of one text: UTF-16 offsets, `end` exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly score?: number | undefined;
}

/** A span located in a list of parts. */
export interface PartSpan extends Span {
  readonly part: number;
}

/** What one check concluded. A failing verdict with spans can be masked. */
export interface CheckVerdict {
  readonly check: string;
  readonly verdict: "pass" | "fail";
  readonly score?: number | undefined;
  readonly spans?: readonly PartSpan[] | undefined;
  readonly reason: string;
}

/** New text for a span of one part. */
export interface Replacement {
  readonly part: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type GuardrailSide = "input" | "output";
export type GuardrailAction = "deny" | "flag" | "mask" | "fallback";

/** The settings every guardrail's config has (see schema/guardrail.json). */
export interface GuardrailSettings {
  on?: GuardrailSide[];
  action?: GuardrailAction;
  roles?: string[];
  message?: string;
  stream?: { holdBackChars?: number };
}

/** What a check is given: the texts of one side of the request. */
export interface CheckInput {
  readonly parts: readonly TextPart[];
  readonly side: GuardrailSide;
  /** The hook's context: the request, the logger, the abort signal, `uses()`... */
  readonly ctx: HookContext;
}

/**
 * A rewrite of answer text that is not a check: finds spans to replace (restoring masked values,
 * say). `holdBack` is the longest span it can find, so a stream keeps that much text back.
 */
export interface OutputRewriter {
  readonly holdBack: number;
  find(text: string): readonly Span[];
  replacement(span: Span, original: string): string;
  /** Where a span may still be forming at the end of `text` (see `Guardrail.pending`). */
  pending?(text: string): number;
}

/** What a guardrail plugin's `create` returns: its check, and optionally how it masks. */
export interface Guardrail {
  /** Verdicts for one side of one request; deterministic for the same input. */
  check(input: CheckInput): MaybePromise<readonly CheckVerdict[]>;
  /** The text that replaces a masked span on `side` (default `[LABEL]`). */
  mask?(span: PartSpan, original: string, ctx: HookContext, side: GuardrailSide): string;
  /** A rewrite every answer of this request gets before it is checked (restoring placeholders). */
  rewriter?(ctx: HookContext): OutputRewriter | undefined;
  /**
   * For streams: the offset in `text` (streamed text so far, not yet sent) from which a span may
   * still be forming, so that text must wait for more; `text.length` when every span is decided.
   * With it a stream holds back only that tail (at most `stream.holdBackChars`); without it, always
   * `holdBackChars` characters. It must never answer past the start of a possible span: text
   * before the offset is sent once the check has run on it.
   */
  pending?(text: string): number;
  /**
   * The check needs the whole answer (a JSON schema): a stream is gathered, checked once it is
   * complete, then replayed or refused. Otherwise a stream is checked on a sliding window.
   */
  readonly wholeAnswer?: boolean;
  /** Releases what the check holds (clients, timers) at shutdown. */
  close?(): MaybePromise<void>;
}
