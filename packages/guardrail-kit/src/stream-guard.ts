/**
 * Output checks on a streamed answer. Each choice's text (chat `delta.content`, completions
 * `text`) goes through a `TextWindow`: the check runs on the held text, failing spans are masked
 * before they are sent, a deny ends the stream with an error event before the violating text
 * reaches the client, and a rewriter (restoring placeholders) edits the same window. Chunks
 * without text (roles, tool calls, the finish, usage) pass in order, after the text held before
 * them. A check that needs the whole answer gets it: the stream is gathered, checked, then
 * replayed.
 */
import {
  GatewayError,
  type HookContext,
  isJsonObject as isObject,
  type JsonObject,
  type JsonValue,
  type StreamChunk,
  type StreamResult,
} from "@aigw/plugin-api";
import { defaultMask, denyMessage, recordVerdicts } from "./decide.js";
import { TextWindow, type WindowEdit, type WindowPending } from "./text-window.js";
import type { CheckVerdict, Guardrail, GuardrailAction, OutputRewriter, TextPart } from "./types.js";

export interface StreamGuardOptions {
  readonly guard: Guardrail;
  /** Whether the check runs on this stream (the node checks output), or only the rewriter. */
  readonly check: boolean;
  readonly action: GuardrailAction;
  readonly message: string | undefined;
  readonly holdBack: number;
  readonly rewriter: OutputRewriter | undefined;
  readonly ctx: HookContext;
}

/** Where a choice's streamed text lives: chat chunks' delta.content, completion chunks' text. */
function textOf(choice: JsonObject): string | undefined {
  const delta = choice.delta;
  if (isObject(delta)) return typeof delta.content === "string" ? delta.content : undefined;
  return typeof choice.text === "string" ? choice.text : undefined;
}

function withText(choice: JsonObject, text: string): JsonObject {
  const delta = choice.delta;
  if (isObject(delta)) return { ...choice, delta: { ...delta, content: text } };
  return { ...choice, text };
}

/** Whether a rewritten choice still says something once its text is empty. */
function carriesMore(choice: JsonObject): boolean {
  if (choice.finish_reason != null) return true;
  const delta = choice.delta;
  if (!isObject(delta)) return false;
  return Object.keys(delta).some((k) => k !== "content" && delta[k] != null);
}

/** Failures so far, one per check, for the record at the end. */
class StreamVerdicts {
  private readonly seen = new Map<string, CheckVerdict>();

  add(verdicts: readonly CheckVerdict[]): CheckVerdict[] {
    const fails: CheckVerdict[] = [];
    for (const v of verdicts) {
      const before = this.seen.get(v.check);
      if (!before || (before.verdict === "pass" && v.verdict === "fail"))
        this.seen.set(v.check, { check: v.check, verdict: v.verdict, score: v.score, reason: v.reason });
      if (v.verdict === "fail") fails.push(v);
    }
    return fails;
  }

  record(ctx: HookContext, action: GuardrailAction): void {
    recordVerdicts(ctx, [...this.seen.values()], action, "stream");
  }
}

function rejected(options: StreamGuardOptions, fails: readonly CheckVerdict[]): GatewayError {
  return new GatewayError("answer_rejected", options.message ?? denyMessage(options.ctx.node, fails), {
    node: options.ctx.node,
    plugin: options.ctx.plugin,
    hook: "response",
  });
}

/** The scan of one window: rewriter spans, and the check's verdicts turned into edits or a refusal. */
function windowScan(options: StreamGuardOptions, verdicts: StreamVerdicts) {
  const { guard, ctx, rewriter } = options;
  const maskAction = options.action === "mask";
  return (text: string): readonly WindowEdit[] | Promise<readonly WindowEdit[]> => {
    const rewrites: WindowEdit[] = rewriter
      ? rewriter.find(text).map((s) => ({
          start: s.start,
          end: s.end,
          text: rewriter.replacement(s, text.slice(s.start, s.end)),
        }))
      : [];
    if (!options.check) return rewrites;
    const parts: TextPart[] = [{ text, role: "assistant", path: "" }];
    const judge = (result: readonly CheckVerdict[]): readonly WindowEdit[] => {
      const fails = verdicts.add(result);
      if (fails.length === 0 || options.action === "flag") return rewrites;
      const spansMissing = fails.some((f) => !f.spans || f.spans.length === 0);
      if (!maskAction || spansMissing) throw rejected(options, fails);
      const masks: WindowEdit[] = fails.flatMap((f) =>
        (f.spans ?? []).map((span) => ({
          start: span.start,
          end: span.end,
          text: guard.mask
            ? guard.mask(span, text.slice(span.start, span.end), ctx, "output")
            : defaultMask(span.label),
        })),
      );
      return [...masks, ...rewrites];
    };
    const result = guard.check({ parts, side: "output", ctx });
    return result instanceof Promise ? result.then(judge) : judge(result);
  };
}

/**
 * Where the window's text is still undecided: the earlier of what the check and the rewriter say,
 * or undefined (hold back the whole `holdBack`) when one of them cannot tell.
 */
function windowPending(options: StreamGuardOptions): WindowPending | undefined {
  const check = options.check ? options.guard.pending?.bind(options.guard) : undefined;
  if (options.check && !check) return undefined;
  const { rewriter } = options;
  const rewrite = rewriter?.pending?.bind(rewriter);
  if (rewriter && !rewrite) return undefined;
  if (check && rewrite) return (text) => Math.min(check(text), rewrite(text));
  return check ?? rewrite;
}

/** The stream with its text checked (and rewritten) as it passes. */
export function guardStream(stream: StreamResult, options: StreamGuardOptions): StreamResult {
  const verdicts = new StreamVerdicts();
  const scan = windowScan(options, verdicts);
  const pending = windowPending(options);
  const holdBack = Math.max(options.holdBack, options.rewriter?.holdBack ?? 0);
  const windows = new Map<number, TextWindow>();
  const windowOf = (index: number) => {
    let w = windows.get(index);
    if (!w) {
      w = new TextWindow(holdBack, scan, pending);
      windows.set(index, w);
    }
    return w;
  };
  const action = options.check ? options.action : "flag";

  async function* chunks(): AsyncGenerator<StreamChunk> {
    let last: JsonObject | undefined;
    try {
      for await (const chunk of stream.chunks) {
        const data = chunk.data as JsonValue;
        if (!isObject(data) || !Array.isArray(data.choices) || data.choices.length === 0) {
          yield chunk;
          continue;
        }
        last = data;
        let keep = false;
        const choices: JsonValue[] = [];
        for (const [position, raw] of data.choices.entries()) {
          if (!isObject(raw)) {
            choices.push(raw);
            continue;
          }
          const index = typeof raw.index === "number" ? raw.index : position;
          const text = textOf(raw);
          let out = text === undefined ? "" : await windowOf(index).push(text);
          // The choice ends: whatever it still holds goes out before its finish.
          if (raw.finish_reason != null) out += await windowOf(index).end();
          const rewritten = text === undefined && out === "" ? raw : withText(raw, out);
          if (out !== "" || carriesMore(rewritten)) keep = true;
          choices.push(rewritten);
        }
        if (keep || isObject(data.usage)) yield { data: { ...data, choices } };
      }
      // A stream that ended without finishing its choices: send what they still hold.
      for (const [index, window] of windows) {
        const rest = await window.end();
        if (rest !== "" && last) yield { data: { ...last, choices: [withText({ index, delta: {} }, rest)] } };
      }
    } finally {
      verdicts.record(options.ctx, action);
    }
  }
  return { ...stream, chunks: chunks() };
}

/**
 * A whole-answer check on a stream: the chunks are gathered, the answer's text (each choice's
 * content and tool call arguments) checked once, then the chunks replayed or the stream refused.
 */
export function guardWholeStream(stream: StreamResult, options: StreamGuardOptions): StreamResult {
  async function* chunks(): AsyncGenerator<StreamChunk> {
    const held: StreamChunk[] = [];
    const texts = new Map<string, TextPart>();
    for await (const chunk of stream.chunks) {
      held.push(chunk);
      gatherTexts(chunk.data as JsonValue, texts);
    }
    const parts: TextPart[] = [...texts.values()];
    const verdicts = await options.guard.check({ parts, side: "output", ctx: options.ctx });
    const fails = verdicts.filter((v) => v.verdict === "fail");
    const action = fails.length > 0 && options.action === "mask" ? "deny" : options.action;
    recordVerdicts(options.ctx, verdicts, action, "stream");
    if (fails.length > 0 && action !== "flag") throw rejected(options, fails);
    yield* held;
  }
  return { ...stream, chunks: chunks() };
}

/** Adds a chunk's text to the answer being gathered: content per choice, arguments per tool call. */
function gatherTexts(data: JsonValue, texts: Map<string, TextPart>): void {
  if (!isObject(data) || !Array.isArray(data.choices)) return;
  for (const [position, choice] of data.choices.entries()) {
    if (!isObject(choice)) continue;
    const index = typeof choice.index === "number" ? choice.index : position;
    const append = (path: string, text: string, tool?: string) => {
      const before = texts.get(path);
      texts.set(path, {
        text: (before?.text ?? "") + text,
        role: "assistant",
        path,
        tool: before?.tool ?? tool,
      });
    };
    const text = textOf(choice);
    if (text) append(`/choices/${index}/message/content`, text);
    const delta = choice.delta;
    if (!isObject(delta) || !Array.isArray(delta.tool_calls)) continue;
    for (const call of delta.tool_calls) {
      if (!isObject(call) || !isObject(call.function)) continue;
      const at = typeof call.index === "number" ? call.index : 0;
      const name = typeof call.function.name === "string" ? call.function.name : undefined;
      const args = typeof call.function.arguments === "string" ? call.function.arguments : "";
      append(`/choices/${index}/message/tool_calls/${at}/function/arguments`, args, name);
    }
  }
}
