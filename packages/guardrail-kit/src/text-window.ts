/**
 * The sliding window that checks streamed text before it is sent. Text is held back until it is
 * at least `holdBack` characters from the stream's end, or, when the check can tell where a span
 * may still be forming (`pending`), only from there: a check that knows it has decided everything
 * before the last word lets the rest through at once. Each time more arrives the held text is
 * scanned, and what is released is cut so that no found span is split: a span that straddles
 * the cut stays held whole until it is complete, then goes out replaced. A scan may also refuse
 * the text (the stream then ends before any of it is sent).
 */
import { applyReplacements, inEffect } from "./replace-texts.js";

/** What a scan of held text wants replaced (offsets into that text). */
export interface WindowEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** For the record: the check whose span this masks, and the span's label. */
  readonly check?: string;
  readonly label?: string;
}

/** Edits that went out with released text; `offset` turns their offsets into the whole text's. */
export type WindowReleased = (edits: readonly WindowEdit[], offset: number) => void;

/** Scans held text; `final` when nothing more will come. May refuse by throwing. */
export type WindowScan = (
  text: string,
  final: boolean,
) => readonly WindowEdit[] | Promise<readonly WindowEdit[]>;

/**
 * Where text still being written may turn out to be (part of) a span: the offset from which held
 * text must stay held (`text.length` when nothing is pending). Never more than `holdBack`
 * characters are held for it.
 */
export type WindowPending = (text: string) => number;

export class TextWindow {
  private held = "";
  /** Characters of the original text released so far: where `held` starts in it. */
  private consumed = 0;

  constructor(
    private readonly holdBack: number,
    private readonly scan: WindowScan,
    private readonly pending?: WindowPending,
    private readonly released?: WindowReleased,
  ) {}

  /** Adds streamed text; resolves to the text that may be sent now (possibly empty). */
  push(text: string): string | Promise<string> {
    this.held += text;
    const held = this.held.length;
    const cap = held - this.holdBack;
    const from = this.pending ? Math.max(cap, Math.min(this.pending(this.held), held)) : cap;
    // Nothing can be released yet: no need to scan.
    if (from <= 0) return "";
    const edits = this.scan(this.held, false);
    return edits instanceof Promise ? edits.then((e) => this.release(e, from)) : this.release(edits, from);
  }

  /** The stream ended: everything held, scanned one last time. */
  end(): string | Promise<string> {
    const held = this.held.length;
    if (held === 0) return "";
    const edits = this.scan(this.held, true);
    return edits instanceof Promise ? edits.then((e) => this.release(e, held)) : this.release(edits, held);
  }

  /** Releases the held text before `from` (moved back so that no span is split). */
  private release(edits: readonly WindowEdit[], from: number): string {
    let cut = from;
    // Never split a span: one that straddles the cut is held whole.
    for (let moved = true; moved; ) {
      moved = false;
      for (const edit of edits) {
        if (edit.start < cut && edit.end > cut) {
          cut = edit.start;
          moved = true;
        }
      }
    }
    if (cut <= 0) return "";
    const applied = inEffect(edits.filter((e) => e.end <= cut));
    const out = applyReplacements(this.held.slice(0, cut), applied);
    if (applied.length > 0) this.released?.(applied, this.consumed);
    this.held = this.held.slice(cut);
    this.consumed += cut;
    return out;
  }
}
