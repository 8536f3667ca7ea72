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
import type {
  CheckVerdict,
  Guardrail,
  GuardrailAction,
  OutputRewriter,
  PartSpan,
  TextPart,
} from "./types.js";

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

/** The tool calls of a chat chunk's choice that carry argument text, with their index. */
function toolArguments(choice: JsonObject): { at: number; call: JsonObject; args: string }[] {
  const delta = choice.delta;
  if (!isObject(delta) || !Array.isArray(delta.tool_calls)) return [];
  const out: { at: number; call: JsonObject; args: string }[] = [];
  for (const [position, call] of delta.tool_calls.entries()) {
    if (!isObject(call) || !isObject(call.function) || typeof call.function.arguments !== "string") continue;
    out.push({
      at: typeof call.index === "number" ? call.index : position,
      call,
      args: call.function.arguments,
    });
  }
  return out;
}

/** The choice with its tool calls' argument text replaced (by tool call index), and any extra added. */
function withArguments(choice: JsonObject, args: ReadonlyMap<number, string>): JsonObject {
  const delta = isObject(choice.delta) ? choice.delta : {};
  const calls = Array.isArray(delta.tool_calls) ? delta.tool_calls : [];
  const left = new Map(args);
  const rewritten: JsonValue[] = calls.map((call, position) => {
    if (!isObject(call) || !isObject(call.function)) return call;
    const at = typeof call.index === "number" ? call.index : position;
    const text = left.get(at);
    if (text === undefined) return call;
    left.delete(at);
    return { ...call, function: { ...call.function, arguments: text } };
  });
  // Text still held for a tool call when its choice finishes goes out with the finish.
  for (const [at, text] of left)
    if (text !== "") rewritten.push({ index: at, function: { arguments: text } });
  return { ...choice, delta: { ...delta, tool_calls: rewritten } };
}

/** Whether a rewritten choice still says something once its text is empty. */
function carriesMore(choice: JsonObject): boolean {
  if (choice.finish_reason != null) return true;
  const delta = choice.delta;
  if (!isObject(delta)) return false;
  return Object.keys(delta).some((k) => {
    if (k === "content") return false;
    if (k !== "tool_calls") return delta[k] != null;
    // A tool call chunk whose only news was argument text that is still held says nothing yet.
    const calls = delta.tool_calls;
    return (
      Array.isArray(calls) &&
      calls.some(
        (call) =>
          isObject(call) &&
          (call.id != null ||
            call.type != null ||
            (isObject(call.function) && (call.function.name != null || call.function.arguments !== ""))),
      )
    );
  });
}

/**
 * What the stream's checks concluded, for the record: per check, whether it failed, its first
 * failing reason, and the spans masked in the text that went out (in each streamed text's own
 * offsets; `part` numbers the streamed texts in the order they began).
 */
class StreamVerdicts {
  private readonly seen = new Map<string, CheckVerdict>();
  private readonly masked = new Map<string, PartSpan[]>();

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

  released(part: number, edits: readonly WindowEdit[], offset: number): void {
    for (const edit of edits) {
      if (edit.check === undefined || edit.label === undefined) continue;
      const spans = this.masked.get(edit.check) ?? [];
      spans.push({ part, start: offset + edit.start, end: offset + edit.end, label: edit.label });
      this.masked.set(edit.check, spans);
    }
  }

  record(ctx: HookContext, action: GuardrailAction): void {
    const verdicts = [...this.seen.values()].map((v): CheckVerdict => {
      const spans = this.masked.get(v.check);
      if (!spans) return v;
      return { ...v, verdict: "fail", spans, reason: maskedReason(spans) };
    });
    recordVerdicts(ctx, verdicts, action, "stream");
  }
}

/** What a stream's masks hid, by label and count, never the text. */
function maskedReason(spans: readonly PartSpan[]): string {
  const counts = new Map<string, number>();
  for (const span of spans) counts.set(span.label, (counts.get(span.label) ?? 0) + 1);
  return `masked ${[...counts].map(([label, n]) => `${label} x${n}`).join(", ")}`;
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
          check: f.check,
          label: span.label,
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

/**
 * The most a window holds for a check that says where a value may be forming: enough for a
 * long token (a JWT, a PEM key), which a check must see whole. Such a check holds only that
 * tail, so the limit costs no latency on ordinary text.
 */
export const PENDING_HOLD_LIMIT = 4096;

/** The stream with its text (each choice's content and tool call arguments) checked as it passes. */
export function guardStream(stream: StreamResult, options: StreamGuardOptions): StreamResult {
  const verdicts = new StreamVerdicts();
  const scan = windowScan(options, verdicts);
  const pending = windowPending(options);
  const fixed = Math.max(options.holdBack, options.rewriter?.holdBack ?? 0);
  const holdBack = pending ? Math.max(fixed, PENDING_HOLD_LIMIT) : fixed;
  /** Per choice index: its content's window, and its tool calls' by tool call index. */
  const windows = new Map<number, { content?: TextWindow; tools: Map<number, TextWindow> }>();
  let parts = 0;
  const newWindow = () => {
    const part = parts++;
    return new TextWindow(holdBack, scan, pending, (edits, offset) => verdicts.released(part, edits, offset));
  };
  const windowsOf = (index: number) => {
    let w = windows.get(index);
    if (!w) {
      w = { tools: new Map() };
      windows.set(index, w);
    }
    return w;
  };
  const contentWindow = (index: number) => {
    const w = windowsOf(index);
    w.content ??= newWindow();
    return w.content;
  };
  const toolWindow = (index: number, at: number) => {
    const tools = windowsOf(index).tools;
    let w = tools.get(at);
    if (!w) {
      w = newWindow();
      tools.set(at, w);
    }
    return w;
  };
  const action = options.check ? options.action : "flag";

  /** The choice with its texts passed through their windows (and emptied at its finish). */
  async function guardChoice(raw: JsonObject, position: number): Promise<JsonObject> {
    const index = typeof raw.index === "number" ? raw.index : position;
    const finishing = raw.finish_reason != null;
    let choice = raw;
    const text = textOf(raw);
    let out = text === undefined ? "" : await contentWindow(index).push(text);
    // The choice ends: whatever it still holds goes out before its finish.
    if (finishing && windows.get(index)?.content) out += await contentWindow(index).end();
    if (text !== undefined || out !== "") choice = withText(choice, out);
    const args = new Map<number, string>();
    for (const { at, args: piece } of toolArguments(raw))
      args.set(at, await toolWindow(index, at).push(piece));
    if (finishing)
      for (const [at, window] of windows.get(index)?.tools ?? [])
        args.set(at, (args.get(at) ?? "") + (await window.end()));
    return args.size > 0 ? withArguments(choice, args) : choice;
  }

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
          const rewritten = await guardChoice(raw, position);
          const said = textOf(rewritten);
          if ((said !== undefined && said !== "") || carriesMore(rewritten)) keep = true;
          choices.push(rewritten);
        }
        if (keep || isObject(data.usage)) yield { data: { ...data, choices } };
      }
      // A stream that ended without finishing its choices: send what they still hold.
      for (const [index, w] of windows) {
        const rest = w.content ? await w.content.end() : "";
        const args = new Map<number, string>();
        for (const [at, window] of w.tools) {
          const held = await window.end();
          if (held !== "") args.set(at, held);
        }
        if (!last || (rest === "" && args.size === 0)) continue;
        let choice: JsonObject = { index, delta: rest === "" ? {} : { content: rest } };
        if (args.size > 0) choice = withArguments(choice, args);
        yield { data: { ...last, choices: [choice] } };
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
