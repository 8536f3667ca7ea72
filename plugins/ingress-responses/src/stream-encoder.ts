/**
 * Chat completion chunks as the Responses API's event sequence, in OpenAI's documented order,
 * every event numbered (`sequence_number`):
 * `response.created`, `response.in_progress`; per output item `response.output_item.added`,
 * its parts (`response.content_part.added`, `response.output_text.delta`… / `response.refusal.delta`…
 * / `response.reasoning_text.delta`…, the matching `.done`, `response.content_part.done`) or, for a
 * function call, `response.function_call_arguments.delta`… and `.done`; then
 * `response.output_item.done`; and last `response.completed` (or `response.incomplete` when cut
 * by the token limit or a content filter) with the whole response and its usage. An upstream
 * that fails ends it with `response.failed` instead. An item is closed before the next one opens,
 * as OpenAI streams them. The same machine builds a complete answer (a completion is fed as one
 * chunk), so a JSON answer and a stream of the same content give the same Response.
 */
import type {
  ChatCompletionChunk,
  ChatCompletionChunkDelta,
  FinishReason,
  JsonObject,
} from "@aigw/plugin-api";
import { newId } from "./ids.js";
import { responsesUsage } from "./usage.js";
import type {
  FunctionCallItem,
  MessageItem,
  OutputText,
  ReasoningItem,
  Refusal,
  ResponseObject,
} from "./wire.js";

/** One event: `type`, `sequence_number`, and the event's own fields. */
export type ResponseEvent = JsonObject & { type: string; sequence_number: number };

type PartKind = "output_text" | "refusal" | "reasoning_text";

interface OpenMessage {
  kind: "message" | "reasoning";
  index: number;
  item: MessageItem | ReasoningItem;
  part: { kind: PartKind; text: string } | undefined;
  parts: number;
}

interface OpenCall {
  kind: "function_call";
  index: number;
  item: FunctionCallItem;
  /** The chat tool call's `index`, which its later deltas name. */
  chatIndex: number;
}

type OpenItem = OpenMessage | OpenCall;

const DELTA_EVENT: Record<PartKind, string> = {
  output_text: "response.output_text.delta",
  refusal: "response.refusal.delta",
  reasoning_text: "response.reasoning_text.delta",
};
const DONE_EVENT: Record<PartKind, string> = {
  output_text: "response.output_text.done",
  refusal: "response.refusal.done",
  reasoning_text: "response.reasoning_text.done",
};

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function emptyPart(kind: PartKind): JsonObject {
  if (kind === "refusal") return { type: "refusal", refusal: "" };
  if (kind === "reasoning_text") return { type: "reasoning_text", text: "" };
  return { type: "output_text", text: "", annotations: [], logprobs: [] };
}

function fullPart(
  kind: PartKind,
  text: string,
): OutputText | Refusal | { type: "reasoning_text"; text: string } {
  if (kind === "refusal") return { type: "refusal", refusal: text };
  if (kind === "reasoning_text") return { type: "reasoning_text", text };
  return { type: "output_text", text, annotations: [], logprobs: [] };
}

/** The text a delta carries for a part kind (`reasoning_content` or `reasoning`, as providers name it). */
function reasoningOf(delta: ChatCompletionChunkDelta): string | undefined {
  const extra = delta as ChatCompletionChunkDelta & { reasoning_content?: unknown; reasoning?: unknown };
  const text = extra.reasoning_content ?? extra.reasoning;
  return typeof text === "string" && text !== "" ? text : undefined;
}

export class ResponseStreamEncoder {
  private sequence = 0;
  private open: OpenItem | undefined;
  private finishReason: FinishReason | null = null;
  private ended = false;

  /** `response` starts `in_progress` with no output; it is the final Response once ended. */
  constructor(
    readonly response: ResponseObject,
    private readonly now: () => number,
  ) {}

  private event(type: string, fields: JsonObject): ResponseEvent {
    return { type, sequence_number: this.sequence++, ...fields };
  }

  private snapshot(type: string): ResponseEvent {
    return this.event(type, { response: clone(this.response) as unknown as JsonObject });
  }

  /** `response.created` and `response.in_progress`. */
  start(): ResponseEvent[] {
    return [this.snapshot("response.created"), this.snapshot("response.in_progress")];
  }

  /** The events one chunk brings. */
  push(chunk: ChatCompletionChunk): ResponseEvent[] {
    const out: ResponseEvent[] = [];
    if (chunk.usage) this.response.usage = responsesUsage(chunk.usage);
    const choice = chunk.choices?.find((c) => c.index === 0) ?? chunk.choices?.[0];
    if (!choice) return out;
    const delta = choice.delta ?? {};
    const reasoning = reasoningOf(delta);
    if (reasoning !== undefined) this.text(out, "reasoning", "reasoning_text", reasoning);
    if (typeof delta.content === "string" && delta.content !== "")
      this.text(out, "message", "output_text", delta.content);
    if (typeof delta.refusal === "string" && delta.refusal !== "")
      this.text(out, "message", "refusal", delta.refusal);
    for (const call of delta.tool_calls ?? []) this.toolCall(out, call);
    if (choice.finish_reason) this.finishReason = choice.finish_reason;
    return out;
  }

  /** Closes what is open and ends with `response.completed` or `response.incomplete`. */
  finish(): ResponseEvent[] {
    const out: ResponseEvent[] = [];
    const incomplete =
      this.finishReason === "length"
        ? "max_output_tokens"
        : this.finishReason === "content_filter"
          ? "content_filter"
          : undefined;
    this.close(out, incomplete ? "incomplete" : "completed");
    this.ended = true;
    if (incomplete) {
      this.response.status = "incomplete";
      this.response.incomplete_details = { reason: incomplete };
      out.push(this.snapshot("response.incomplete"));
    } else {
      this.response.status = "completed";
      this.response.completed_at = Math.floor(this.now() / 1000);
      out.push(this.snapshot("response.completed"));
    }
    return out;
  }

  /** Ends with `response.failed`, the error named (what was output so far is kept). */
  fail(code: string, message: string): ResponseEvent[] {
    if (this.ended) return [];
    this.ended = true;
    this.response.status = "failed";
    this.response.error = { code, message };
    return [this.snapshot("response.failed")];
  }

  private text(out: ResponseEvent[], kind: "message" | "reasoning", part: PartKind, delta: string): void {
    let open = this.open;
    if (open?.kind !== kind) {
      this.close(out, "completed");
      open = this.openMessage(out, kind);
    }
    if (open.part?.kind !== part) {
      this.closePart(out, open);
      open.part = { kind: part, text: "" };
      out.push(
        this.event("response.content_part.added", {
          item_id: open.item.id!,
          output_index: open.index,
          content_index: open.parts,
          part: emptyPart(part),
        }),
      );
    }
    open.part.text += delta;
    out.push(
      this.event(DELTA_EVENT[part], {
        item_id: open.item.id!,
        output_index: open.index,
        content_index: open.parts,
        delta,
        ...(part === "output_text" ? { logprobs: [] } : {}),
      }),
    );
  }

  private openMessage(out: ResponseEvent[], kind: "message" | "reasoning"): OpenMessage {
    const item: MessageItem | ReasoningItem =
      kind === "message"
        ? { id: newId("msg"), type: "message", status: "in_progress", content: [], role: "assistant" }
        : { id: newId("rs"), type: "reasoning", summary: [], content: [] };
    const open: OpenMessage = { kind, index: this.response.output.length, item, part: undefined, parts: 0 };
    this.response.output.push(item as ResponseObject["output"][number]);
    out.push(
      this.event("response.output_item.added", {
        output_index: open.index,
        item: clone(item) as unknown as JsonObject,
      }),
    );
    this.open = open;
    return open;
  }

  private closePart(out: ResponseEvent[], open: OpenMessage): void {
    const part = open.part;
    if (!part) return;
    const ids = { item_id: open.item.id!, output_index: open.index, content_index: open.parts };
    const done: JsonObject = { ...ids };
    if (part.kind === "refusal") done.refusal = part.text;
    else done.text = part.text;
    if (part.kind === "output_text") done.logprobs = [];
    out.push(this.event(DONE_EVENT[part.kind], done));
    const full = fullPart(part.kind, part.text);
    out.push(this.event("response.content_part.done", { ...ids, part: full as unknown as JsonObject }));
    if (open.item.type === "reasoning") {
      open.item.content ??= [];
      open.item.content.push(full as { type: "reasoning_text"; text: string });
    } else open.item.content.push(full as OutputText | Refusal);
    open.part = undefined;
    open.parts++;
  }

  private toolCall(
    out: ResponseEvent[],
    call: NonNullable<ChatCompletionChunkDelta["tool_calls"]>[number],
  ): void {
    let open = this.open;
    if (open?.kind !== "function_call" || open.chatIndex !== call.index) {
      this.close(out, "completed");
      const item: FunctionCallItem = {
        id: newId("fc"),
        type: "function_call",
        status: "in_progress",
        arguments: "",
        call_id: call.id ?? newId("fc").replace("fc_", "call_"),
        name: call.function?.name ?? "",
      };
      open = { kind: "function_call", index: this.response.output.length, item, chatIndex: call.index };
      this.response.output.push(item);
      out.push(
        this.event("response.output_item.added", {
          output_index: open.index,
          item: clone(item) as unknown as JsonObject,
        }),
      );
      this.open = open;
    }
    const args = call.function?.arguments;
    if (args) {
      open.item.arguments += args;
      out.push(
        this.event("response.function_call_arguments.delta", {
          item_id: open.item.id!,
          output_index: open.index,
          delta: args,
        }),
      );
    }
  }

  private close(out: ResponseEvent[], status: "completed" | "incomplete"): void {
    const open = this.open;
    if (!open) return;
    this.open = undefined;
    if (open.kind === "function_call") {
      out.push(
        this.event("response.function_call_arguments.done", {
          item_id: open.item.id!,
          output_index: open.index,
          arguments: open.item.arguments,
        }),
      );
    } else this.closePart(out, open);
    if (open.item.type !== "reasoning") open.item.status = status;
    out.push(
      this.event("response.output_item.done", {
        output_index: open.index,
        item: clone(open.item) as unknown as JsonObject,
      }),
    );
  }
}
