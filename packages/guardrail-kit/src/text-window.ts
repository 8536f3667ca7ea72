/**
 * The sliding window that checks streamed text before it is sent. Text is held back until it is
 * at least `holdBack` characters from the stream's end; each time more arrives the held text is
 * scanned, and what is released is cut so that no found span is split: a span that straddles
 * the cut stays held whole until it is complete, then goes out replaced. A scan may also refuse
 * the text (the stream then ends before any of it is sent).
 */
import { applyReplacements } from "./replace-texts.js";

/** What a scan of held text wants replaced (offsets into that text). */
export interface WindowEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Scans held text; `final` when nothing more will come. May refuse by throwing. */
export type WindowScan = (
  text: string,
  final: boolean,
) => readonly WindowEdit[] | Promise<readonly WindowEdit[]>;

export class TextWindow {
  private held = "";

  constructor(
    private readonly holdBack: number,
    private readonly scan: WindowScan,
  ) {}

  /** Adds streamed text; resolves to the text that may be sent now (possibly empty). */
  push(text: string): string | Promise<string> {
    this.held += text;
    // Nothing can be released yet: no need to scan.
    if (this.held.length <= this.holdBack) return "";
    const edits = this.scan(this.held, false);
    return edits instanceof Promise ? edits.then((e) => this.release(e, false)) : this.release(edits, false);
  }

  /** The stream ended: everything held, scanned one last time. */
  end(): string | Promise<string> {
    if (this.held.length === 0) return "";
    const edits = this.scan(this.held, true);
    return edits instanceof Promise ? edits.then((e) => this.release(e, true)) : this.release(edits, true);
  }

  private release(edits: readonly WindowEdit[], final: boolean): string {
    let cut = final ? this.held.length : this.held.length - this.holdBack;
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
    const out = applyReplacements(
      this.held.slice(0, cut),
      edits.filter((e) => e.end <= cut),
    );
    this.held = this.held.slice(cut);
    return out;
  }
}
