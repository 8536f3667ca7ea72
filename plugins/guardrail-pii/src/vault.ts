/**
 * Placeholder masking for one request: each flagged value is replaced by a placeholder such as
 * `[EMAIL_1]` before the text goes upstream, and `restore` puts the values back into the
 * answer for the same caller.
 *
 * Guarantees, for every text masked by one vault:
 * - the same value always gets the same placeholder;
 * - a placeholder never equals text already present in a text the vault has masked: numbering
 *   skips every placeholder-shaped token seen so far, and a literal occurrence of an issued
 *   placeholder in a later text is itself masked (by a fresh placeholder that restores to the
 *   literal), so `restore(mask(text)) === text` exactly.
 * The guarantee covers only texts that went through `mask`: text sent upstream unmasked may
 * contain a placeholder the vault issues later.
 */
import type { Span } from "./span.js";

/** A placeholder and the value it stands for. */
export interface VaultEntry {
  placeholder: string;
  /** The original text the placeholder replaced. */
  original: string;
  /** The span label it was issued for (upper-cased in the placeholder). */
  label: string;
}

/** What a placeholder looks like: `[`, an upper-case label, `_`, a counter, `]`. */
const PLACEHOLDER = /\[[A-Z][A-Z0-9_]*_[1-9][0-9]*\]/g;
/** The same, anchored at one position (the scan reads it at each `[`). */
const PLACEHOLDER_AT = /\[([A-Z][A-Z0-9_]*)_[1-9][0-9]*\]/y;

/** The placeholder prefix for a span label: upper case, anything else than A-Z0-9 as `_`. */
function placeholderLabel(label: string): string {
  const upper = label.toUpperCase().replace(/[^A-Z0-9_]/g, "_");
  return /^[A-Z]/.test(upper) ? upper : `PII_${upper}`;
}

/** Placeholder masking and restoring for one request (see the module comment). */
export class PlaceholderVault {
  readonly #byOriginal = new Map<string, VaultEntry>();
  readonly #byPlaceholder = new Map<string, VaultEntry>();
  /** Placeholder-shaped tokens seen in masked texts: never issued. */
  readonly #reserved = new Set<string>();
  readonly #counters = new Map<string, number>();
  #maxLength = 0;

  /**
   * `text` with each span replaced by its placeholder. `spans` must be sorted by start, not
   * overlap, and lie within the text (a detector's answer is); a `RangeError` says otherwise.
   */
  mask(text: string, spans: readonly Span[]): string {
    const literals = this.#scan(text);
    if (spans.length === 0 && literals.length === 0) return text;
    let out = "";
    let at = 0;
    let li = 0;
    for (const span of spans) {
      if (span.start < at || span.end <= span.start || span.end > text.length) {
        throw new RangeError(
          `PlaceholderVault.mask: span [${span.start}, ${span.end}) is out of order or range`,
        );
      }
      // Issued placeholders written literally before this span.
      for (; li < literals.length && literals[li]! < span.start; li += 2) {
        if (literals[li + 1]! > span.start) continue;
        out +=
          text.slice(at, literals[li]!) + this.#placeholderForLiteral(text, literals[li]!, literals[li + 1]!);
        at = literals[li + 1]!;
      }
      out += text.slice(at, span.start) + this.#placeholderFor(text.slice(span.start, span.end), span.label);
      at = span.end;
      // Literals overlapping the span went with it.
      while (li < literals.length && literals[li]! < at) li += 2;
    }
    for (; li < literals.length; li += 2) {
      out +=
        text.slice(at, literals[li]!) + this.#placeholderForLiteral(text, literals[li]!, literals[li + 1]!);
      at = literals[li + 1]!;
    }
    return out + text.slice(at);
  }

  /** `text` with every placeholder this vault issued replaced by its original value. */
  restore(text: string): string {
    if (this.#byPlaceholder.size === 0 || text.indexOf("[") === -1) return text;
    return text.replace(PLACEHOLDER, (token) => this.#byPlaceholder.get(token)?.original ?? token);
  }

  /** Where `text` holds placeholders this vault issued: the spans `restore` replaces. */
  find(text: string): Span[] {
    if (this.#byPlaceholder.size === 0 || text.indexOf("[") === -1) return [];
    const spans: Span[] = [];
    for (const m of text.matchAll(PLACEHOLDER)) {
      const entry = this.#byPlaceholder.get(m[0]);
      if (entry) spans.push({ start: m.index, end: m.index + m[0].length, label: entry.label });
    }
    return spans;
  }

  /** Every placeholder issued so far, in issue order. */
  entries(): VaultEntry[] {
    return [...this.#byPlaceholder.values()].map((entry) => ({ ...entry }));
  }

  /**
   * Length of the longest placeholder issued so far (0 when none). A streaming restorer must
   * hold back up to this many characters minus one after an unmatched `[`, so a placeholder
   * split across chunks is still restored.
   */
  get maxPlaceholderLength(): number {
    return this.#maxLength;
  }

  /**
   * Reserves every placeholder-shaped token of `text`; returns the [start, end] pairs of
   * those this vault has issued (they must be masked so they restore to themselves).
   */
  #scan(text: string): number[] {
    const issued: number[] = [];
    for (let open = text.indexOf("["); open !== -1; open = text.indexOf("[", open + 1)) {
      PLACEHOLDER_AT.lastIndex = open;
      if (!PLACEHOLDER_AT.test(text)) continue;
      const token = text.slice(open, PLACEHOLDER_AT.lastIndex);
      this.#reserved.add(token);
      if (this.#byPlaceholder.has(token)) issued.push(open, PLACEHOLDER_AT.lastIndex);
    }
    return issued;
  }

  #placeholderForLiteral(text: string, start: number, end: number): string {
    PLACEHOLDER_AT.lastIndex = start;
    const label = PLACEHOLDER_AT.exec(text)![1]!;
    return this.#placeholderFor(text.slice(start, end), label);
  }

  #placeholderFor(original: string, label: string): string {
    const known = this.#byOriginal.get(original);
    if (known) return known.placeholder;
    const prefix = placeholderLabel(label);
    let n = this.#counters.get(prefix) ?? 0;
    let placeholder: string;
    do {
      n++;
      placeholder = `[${prefix}_${n}]`;
    } while (this.#reserved.has(placeholder) || this.#byPlaceholder.has(placeholder));
    this.#counters.set(prefix, n);
    const entry: VaultEntry = { placeholder, original, label };
    this.#byOriginal.set(original, entry);
    this.#byPlaceholder.set(placeholder, entry);
    if (placeholder.length > this.#maxLength) this.#maxLength = placeholder.length;
    return placeholder;
  }
}
