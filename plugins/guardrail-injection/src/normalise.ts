/**
 * One linear pass over a prompt that produces the text the rules read and the facts the hidden-
 * payload signals need. The normalised text is lowercase, has diacritics folded (ä -> a, ß -> ss),
 * curly quotes and dashes in ASCII, whitespace runs collapsed to one space (or one newline when the
 * run holds a line break), invisible and bidi characters removed, tag characters (U+E0000 block)
 * decoded to the ASCII they smuggle, and, inside words, leetspeak digits and homoglyphs of other
 * scripts read as the Latin letters they imitate. An offset map leads every normalised code unit
 * back to the original text, so signals report original offsets.
 *
 * While it writes each word, the pass hashes it and looks it up in the rules' trigger words (and
 * word pairs), so rules are only tried where one of their triggers stands: the cost is one table
 * lookup per character and a filtered lookup per word, whatever the number of rules. The output
 * stays in reused code-unit buffers (a scorer runs one call at a time); strings are built only
 * around trigger words (`window`) or for patterns that need the whole text (`buildText`).
 */
import {
  ASCII_CLASS,
  ASCII_DIGIT,
  ASCII_LEET_SYMBOL,
  ASCII_LOWER,
  ASCII_NEWLINE,
  ASCII_SPACE,
  ASCII_UPPER,
  BASE64_CHAR,
  CONFUSABLE,
  FOLD,
  FOLD_END,
  FOLD_FIRST,
  FOLD_SECOND,
  LEET,
  lowerNonLatin,
  PUNCT_ASCII,
  SPECIAL,
  SPECIAL_BIDI_OVERRIDE,
  SPECIAL_INVISIBLE,
  SPECIAL_NEWLINE,
  SPECIAL_PUNCT,
  SPECIAL_SPACE,
} from "./char-tables.js";
import type { KeyTable } from "./key-table.js";
import { HASH_SEED, hashKey, hashStep, pairKey } from "./word-hash.js";

/** Where rules start: trigger words by hash, and punctuation that starts a rule (`<`, `[`, `#`). */
export interface TriggerTable {
  /** Word key (see word-hash.ts) -> index of the rule group it triggers. */
  readonly words: KeyTable;
  /** Key of two consecutive words (pairKey) -> index of the rule group they trigger. */
  readonly pairs: KeyTable;
  /** Low 16 bits of the keys of words that start a pair trigger (1 where one does). */
  readonly pairFirsts: Uint8Array;
  /** ASCII code -> index of the rule group it triggers, or -1. */
  readonly punct: Int16Array;
}

/** Shortest run of base64 characters worth decoding: 15 bytes of text. */
export const MIN_BASE64_RUN = 20;
/** Fewest single letters in a row that count as letter-spaced text ("s a y t h a t ..."). */
export const MIN_SPACED_LETTERS = 8;

const MAX_SPACED_RUNS = 8;

// Why a word counts as obfuscated (bits of `obfuscatedFlags`).
/** Digits or symbols read as letters (`1gn0r3`). */
export const LEET_WORD = 1;
/** Letters of another script that look Latin, mixed with Latin ones. */
export const CONFUSABLE_WORD = 2;
/** Fullwidth or mathematical letters (styling, or a way past a keyword filter). */
export const STYLED_WORD = 4;
/** An invisible character between two of its letters. */
export const INVISIBLE_WORD = 8;

const NO_POSITION = -1;

/** Buffer size (code units) kept between calls whatever the prompt: larger buffers shrink again. */
const RETAIN_UNITS = 1 << 20;

/** ASCII_CLASS with BASE64_BIT added for base64 characters: one table read per ASCII character. */
const BASE64_BIT = 8;
const CLASS_MASK = 7;
const ASCII_INFO: Uint8Array = Uint8Array.from(
  ASCII_CLASS,
  (cls, c) => cls | (BASE64_CHAR[c] === 1 ? BASE64_BIT : 0),
);

/** The normaliser and, after `run`, its result. Reuse one per scorer; not re-entrant. */
export class Normaliser {
  /** The whole normalised text of the last run, once `buildText` has been called. */
  text = "";
  /** Normalised offset of the first code unit of the last `window` (its NUL, when it has one). */
  windowStart = 0;
  /** Its length (code units). */
  length = 0;
  /** Normalised offset -> original offset. Valid for 0..length-1. */
  origin: Int32Array = new Int32Array(0);

  /** Trigger hits: normalised offset and rule group, `candidates` of them. */
  candidatePos: Int32Array = new Int32Array(64);
  candidateGroup: Int32Array = new Int32Array(64);
  candidates = 0;

  /**
   * Normalised ranges of words written with leetspeak, homoglyphs, styled letters or invisible
   * characters, in text order (all of them: a cap would let padding hide the one that matters).
   */
  obfuscatedStart: Int32Array = new Int32Array(16);
  obfuscatedEnd: Int32Array = new Int32Array(16);
  /** Their *_WORD bits. */
  obfuscatedFlags: Int32Array = new Int32Array(16);
  obfuscated = 0;

  /** Original ranges of base64-alphabet runs long enough to decode (all of them: a cap would let padding hide one). */
  base64Start: Int32Array = new Int32Array(16);
  base64End: Int32Array = new Int32Array(16);
  base64Runs = 0;

  /** Original ranges of letter-spaced text. */
  readonly spacedStart: Int32Array = new Int32Array(MAX_SPACED_RUNS);
  readonly spacedEnd: Int32Array = new Int32Array(MAX_SPACED_RUNS);
  spacedRuns = 0;

  /** Invisible characters between two Latin letters (zero-width space inside a word), and where the first was. */
  invisibleInWords = 0;
  invisibleAt = NO_POSITION;
  /** Bidi overrides (LRO, RLO), and the first's offset. */
  bidiOverrides = 0;
  bidiOverrideAt = NO_POSITION;
  /** Tag characters outside an emoji flag sequence, and the original range they span. */
  tags = 0;
  tagStart = NO_POSITION;
  tagEnd = NO_POSITION;
  /** Variation selectors of the supplement block (U+E0100..), which can carry bytes invisibly. */
  variationSelectors = 0;
  variationStart = NO_POSITION;
  variationEnd = NO_POSITION;

  private out: Uint16Array = new Uint16Array(0);
  private n = 0;
  private wordStart = NO_POSITION;
  private wordFlags = 0;
  private pendingInvisible = false;
  private pendingInvisibleAt = 0;
  private singles = 0;
  private singlesStart = 0;
  private singlesEnd = 0;
  private built = false;
  /** The last word's start and key, for pair triggers. */
  private previousWord = NO_POSITION;
  private previousKey = 0;
  private previousFirst = false;
  private hash = 0;

  constructor(private readonly triggers: TriggerTable) {}

  /**
   * Normalises `input`; the results are this object's fields until the next run. The normalised
   * string itself is built on demand (`text` after `buildText`, or `window`), since most prompts
   * have no trigger word and need none.
   */
  run(input: string): void {
    this.reset(input.length);
    const out = this.out;
    const origin = this.origin;
    let inFlag = false;
    let base64From = NO_POSITION;
    // Hot-path state lives in locals and is copied to the fields around every method call.
    let n = 0;
    let hash = 0;
    let wordStart = NO_POSITION;
    const wordFilter = this.triggers.words.filter;
    const pairFirsts = this.triggers.pairFirsts;
    const len = input.length;
    for (let i = 0; i < len; i++) {
      const c = input.charCodeAt(i);
      if (c < 0x80) {
        const info = ASCII_INFO[c]!;
        if ((info & BASE64_BIT) !== 0) {
          if (base64From < 0) base64From = i;
        } else if (base64From >= 0) {
          this.closeBase64(base64From, i);
          base64From = NO_POSITION;
        }
        inFlag = false;
        const cls = info & CLASS_MASK;
        // The hot path: a letter, or a single space after a word.
        if (cls === ASCII_LOWER || cls === ASCII_UPPER) {
          if (!this.pendingInvisible) {
            if (wordStart < 0) {
              wordStart = n;
              hash = HASH_SEED;
              this.wordFlags = 0;
            }
            const lower = c | 0x20;
            out[n] = lower;
            origin[n] = i;
            n++;
            hash = hashStep(hash, lower);
            continue;
          }
        } else if (c === 0x20 && wordStart >= 0) {
          const key = hashKey(hash);
          if (
            this.wordFlags === 0 &&
            !this.previousFirst &&
            wordFilter[key & 0xffff] === 0 &&
            n - wordStart > 1 &&
            this.singles === 0
          ) {
            // The usual word end: nothing rewritten, no trigger, no pair to check, not a single
            // letter. What endWord would do comes down to remembering the word.
            this.previousWord = wordStart;
            this.previousKey = key;
            this.previousFirst = pairFirsts[key & 0xffff] === 1;
            this.pendingInvisible = false;
            wordStart = NO_POSITION;
            out[n] = 0x20;
            origin[n] = i;
            n++;
            continue;
          }
          this.n = n;
          this.hash = hash;
          this.wordStart = wordStart;
          this.endWord();
          wordStart = NO_POSITION;
          out[n] = 0x20;
          origin[n] = i;
          n++;
          continue;
        }
        this.n = n;
        this.hash = hash;
        this.wordStart = wordStart;
        this.ascii(c, i);
        n = this.n;
        hash = this.hash;
        wordStart = this.wordStart;
        continue;
      }
      if (base64From >= 0) {
        this.closeBase64(base64From, i);
        base64From = NO_POSITION;
      }
      this.n = n;
      this.hash = hash;
      this.wordStart = wordStart;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
        const low = input.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          const cp = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          inFlag = this.astral(cp, c, low, i, inFlag);
          i++;
          n = this.n;
          hash = this.hash;
          wordStart = this.wordStart;
          continue;
        }
      }
      inFlag = false;
      this.bmp(c, i);
      n = this.n;
      hash = this.hash;
      wordStart = this.wordStart;
    }
    this.n = n;
    this.hash = hash;
    this.wordStart = wordStart;
    if (base64From >= 0) this.closeBase64(base64From, len);
    this.endWord();
    this.flushSingles();
    this.length = this.n;
    this.built = false;
    this.text = "";
  }

  /** Builds `text`, the whole normalised string (for patterns that scan all of it). */
  buildText(): string {
    if (!this.built) {
      this.text = codesToString(this.out, 0, this.n);
      this.built = true;
    }
    return this.text;
  }

  /**
   * The normalised string around `pos`, for a rule that starts there: from up to `behind` code
   * units before it to `ahead` after it. `windowStart` is the normalised offset of its first
   * unit; a window that does not start the text begins with a NUL, so `^` cannot match inside.
   */
  window(pos: number, behind: number, ahead: number): string {
    const from = Math.max(0, pos - behind);
    const to = Math.min(this.n, pos + ahead);
    if (from === 0) {
      this.windowStart = 0;
      return codesToString(this.out, 0, to);
    }
    this.windowStart = from - 1;
    return "\0" + codesToString(this.out, from, to);
  }

  private reset(inputLength: number): void {
    // A code unit becomes at most two (ß -> ss), so one size check per run covers the loop.
    const need = inputLength * 2 + 2;
    // Grow for a long prompt; give the memory back once prompts are short again.
    if (this.out.length < need || (this.out.length > RETAIN_UNITS && need * 4 < this.out.length)) {
      const size = this.out.length < need ? Math.max(need, this.out.length * 2, 256) : Math.max(need, 256);
      this.out = new Uint16Array(size);
      this.origin = new Int32Array(size);
    }
    this.n = 0;
    this.candidates = 0;
    this.obfuscated = 0;
    this.base64Runs = 0;
    this.spacedRuns = 0;
    this.invisibleInWords = 0;
    this.invisibleAt = NO_POSITION;
    this.bidiOverrides = 0;
    this.bidiOverrideAt = NO_POSITION;
    this.tags = 0;
    this.tagStart = NO_POSITION;
    this.tagEnd = NO_POSITION;
    this.variationSelectors = 0;
    this.variationStart = NO_POSITION;
    this.variationEnd = NO_POSITION;
    this.wordStart = NO_POSITION;
    this.wordFlags = 0;
    this.pendingInvisible = false;
    this.singles = 0;
    this.previousWord = NO_POSITION;
    this.previousFirst = false;
  }

  private ascii(c: number, at: number): void {
    switch (ASCII_CLASS[c]) {
      case ASCII_LOWER:
        this.letter(c, at);
        return;
      case ASCII_UPPER:
        this.letter(c | 0x20, at);
        return;
      case ASCII_DIGIT:
        this.wordChar(c, at);
        if (LEET[c] !== 0) this.wordFlags |= LEET_WORD;
        return;
      case ASCII_LEET_SYMBOL:
        if (this.wordStart >= 0) {
          this.wordChar(c, at);
          this.wordFlags |= LEET_WORD;
        } else this.punct(c, at);
        return;
      case ASCII_SPACE:
        this.space(at, false);
        return;
      case ASCII_NEWLINE:
        this.space(at, true);
        return;
      default:
        this.punct(c, at);
    }
  }

  private bmp(c: number, at: number): void {
    if (c >= FOLD_FIRST && c < FOLD_END) {
      const base = FOLD[c - FOLD_FIRST]!;
      if (base !== 0) {
        this.letter(base, at);
        const second = FOLD_SECOND[c - FOLD_FIRST]!;
        if (second !== 0) this.letter(second, at);
      } else if (c === 0xd7 || c === 0xf7) this.punct(c, at);
      else this.wordChar(c, at);
      return;
    }
    if (c >= 0xff01 && c <= 0xff5e) {
      // Fullwidth ASCII: the same characters, drawn wide.
      this.ascii(c - 0xfee0, at);
      if (this.wordStart >= 0) this.wordFlags |= STYLED_WORD;
      return;
    }
    const kind = SPECIAL.get(c);
    if (kind === undefined) {
      const lower = lowerNonLatin(c);
      this.wordChar(lower, at);
      if (CONFUSABLE.has(lower)) this.wordFlags |= CONFUSABLE_WORD;
      return;
    }
    switch (kind) {
      case SPECIAL_INVISIBLE:
        if (!this.pendingInvisible && this.wordStart >= 0 && this.n > 0 && isLatin(this.out[this.n - 1]!)) {
          this.pendingInvisible = true;
          this.pendingInvisibleAt = at;
        }
        return;
      case SPECIAL_BIDI_OVERRIDE:
        if (this.bidiOverrides++ === 0) this.bidiOverrideAt = at;
        return;
      case SPECIAL_SPACE:
        this.space(at, false);
        return;
      case SPECIAL_NEWLINE:
        this.space(at, true);
        return;
      case SPECIAL_PUNCT:
        this.punct(PUNCT_ASCII.get(c) ?? c, at);
        return;
      default:
        // Drop, SoftHyphen, Bidi: removed, the word goes on.
        return;
    }
  }

  /** A code point above U+FFFF; returns whether an emoji flag's tag sequence is open. */
  private astral(cp: number, high: number, low: number, at: number, inFlag: boolean): boolean {
    if (cp >= 0xe0000 && cp <= 0xe007f) {
      // Tag characters are legitimate only in subdivision flags (black flag + tags + cancel tag).
      if (inFlag) return cp !== 0xe007f;
      if (this.tags++ === 0) this.tagStart = at;
      this.tagEnd = at + 2;
      const smuggled = cp - 0xe0000;
      if (smuggled >= 0x20 && smuggled <= 0x7e) this.ascii(smuggled, at);
      return false;
    }
    if (cp >= 0xe0100 && cp <= 0xe01ef) {
      if (this.variationSelectors++ === 0) this.variationStart = at;
      this.variationEnd = at + 2;
      return inFlag;
    }
    if (cp >= 0x1d400 && cp <= 0x1d7ff) {
      // Mathematical alphanumerics: bold, italic, script... Latin letters and digits.
      let code = 0;
      if (cp <= 0x1d6a3) {
        const k = (cp - 0x1d400) % 52;
        code = k < 26 ? 0x61 + k : 0x61 + k - 26;
      } else if (cp >= 0x1d7ce) code = 0x30 + ((cp - 0x1d7ce) % 10);
      if (code !== 0) {
        this.ascii(code, at);
        if (this.wordStart >= 0) this.wordFlags |= STYLED_WORD;
        return false;
      }
    }
    if (cp >= 0x1f000 && cp <= 0x1faff) {
      // Emoji and pictographs separate words.
      this.endWord();
      this.emitPair(high, low, at);
      return cp === 0x1f3f4;
    }
    this.wordChar(high, at);
    this.emit(low, at);
    this.hash = hashStep(this.hash, low);
    return false;
  }

  private letter(c: number, at: number): void {
    if (this.wordStart < 0) this.startWord();
    if (this.pendingInvisible) {
      if (this.invisibleInWords++ === 0) this.invisibleAt = this.pendingInvisibleAt;
      this.wordFlags |= INVISIBLE_WORD;
      this.pendingInvisible = false;
    }
    this.emit(c, at);
    this.hash = hashStep(this.hash, c);
  }

  private wordChar(c: number, at: number): void {
    if (this.wordStart < 0) this.startWord();
    this.pendingInvisible = false;
    this.emit(c, at);
    this.hash = hashStep(this.hash, c);
  }

  private punct(c: number, at: number): void {
    this.endWord();
    this.emit(c, at);
    if (c < 0x80) {
      const group = this.triggers.punct[c]!;
      if (group >= 0) this.addCandidate(this.n - 1, group);
    }
  }

  private space(at: number, newline: boolean): void {
    this.endWord();
    const n = this.n;
    if (n > 0) {
      const last = this.out[n - 1];
      if (last === 0x20 || last === 0x0a) {
        if (newline) this.out[n - 1] = 0x0a;
        return;
      }
    }
    this.emit(newline ? 0x0a : 0x20, at);
  }

  private emit(c: number, at: number): void {
    this.out[this.n] = c;
    this.origin[this.n] = at;
    this.n++;
  }

  private emitPair(high: number, low: number, at: number): void {
    this.emit(high, at);
    this.emit(low, at);
    this.pendingInvisible = false;
  }

  private startWord(): void {
    this.wordStart = this.n;
    this.wordFlags = 0;
    this.hash = HASH_SEED;
  }

  private endWord(): void {
    const start = this.wordStart;
    this.pendingInvisible = false;
    if (start < 0) return;
    this.wordStart = NO_POSITION;
    const out = this.out;
    const end = this.n;
    let flags = this.wordFlags;
    // Latin letters of the word, counted only for the rare words that need them.
    const latin = flags === 0 ? 0 : countLatin(out, start, end);
    if ((flags & LEET_WORD) !== 0) {
      if (latin >= 2) {
        for (let k = start; k < end; k++) {
          const c = out[k]!;
          if (c < 0x80 && LEET[c] !== 0) out[k] = LEET[c]!;
        }
      } else flags &= ~LEET_WORD;
    }
    if ((flags & CONFUSABLE_WORD) !== 0) {
      if (latin >= 1) {
        for (let k = start; k < end; k++) {
          const mapped = CONFUSABLE.get(out[k]!);
          if (mapped !== undefined) out[k] = mapped;
        }
      } else flags &= ~CONFUSABLE_WORD;
    }
    if (flags !== 0) {
      if (this.obfuscated === this.obfuscatedStart.length) this.growObfuscated();
      this.obfuscatedStart[this.obfuscated] = start;
      this.obfuscatedEnd[this.obfuscated] = end;
      this.obfuscatedFlags[this.obfuscated] = flags;
      this.obfuscated++;
    }
    let hash = this.hash;
    if (flags !== 0) {
      // The word was rewritten (leetspeak, homoglyphs): hash what it now reads.
      hash = HASH_SEED;
      for (let k = start; k < end; k++) hash = hashStep(hash, out[k]!);
    }
    const key = hashKey(hash);
    if (this.previousFirst) {
      const pair = this.triggers.pairs.get(pairKey(this.previousKey, key));
      if (pair >= 0) this.addCandidate(this.previousWord, pair);
    }
    const group = this.triggers.words.get(key);
    if (group >= 0) this.addCandidate(start, group);
    this.previousWord = start;
    this.previousKey = key;
    this.previousFirst = this.triggers.pairFirsts[key & 0xffff] === 1;
    this.countSingles(start, end);
  }

  private growObfuscated(): void {
    const size = this.obfuscated * 2;
    const grow = (from: Int32Array) => {
      const to = new Int32Array(size);
      to.set(from);
      return to;
    };
    this.obfuscatedStart = grow(this.obfuscatedStart);
    this.obfuscatedEnd = grow(this.obfuscatedEnd);
    this.obfuscatedFlags = grow(this.obfuscatedFlags);
  }

  /**
   * Index of the first obfuscated word that ends after `pos` (words are in text order and do not
   * overlap), or `obfuscated` if none does.
   */
  firstObfuscatedEndingAfter(pos: number): number {
    let lo = 0;
    let hi = this.obfuscated;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.obfuscatedEnd[mid]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private countSingles(start: number, end: number): void {
    const first = this.out[start]!;
    if (end - start === 1 && first >= 0x61 && first <= 0x7a) {
      if (this.singles === 0) this.singlesStart = this.origin[start]!;
      this.singles++;
      this.singlesEnd = this.origin[start]! + 1;
    } else this.flushSingles();
  }

  private flushSingles(): void {
    if (this.singles >= MIN_SPACED_LETTERS && this.spacedRuns < MAX_SPACED_RUNS) {
      this.spacedStart[this.spacedRuns] = this.singlesStart;
      this.spacedEnd[this.spacedRuns] = this.singlesEnd;
      this.spacedRuns++;
    }
    this.singles = 0;
  }

  private addCandidate(pos: number, group: number): void {
    if (this.candidates === this.candidatePos.length) {
      const pos2 = new Int32Array(this.candidates * 2);
      const group2 = new Int32Array(this.candidates * 2);
      pos2.set(this.candidatePos);
      group2.set(this.candidateGroup);
      this.candidatePos = pos2;
      this.candidateGroup = group2;
    }
    this.candidatePos[this.candidates] = pos;
    this.candidateGroup[this.candidates] = group;
    this.candidates++;
  }

  private closeBase64(start: number, end: number): void {
    if (end - start >= MIN_BASE64_RUN) {
      if (this.base64Runs === this.base64Start.length) {
        const starts = new Int32Array(this.base64Runs * 2);
        const ends = new Int32Array(this.base64Runs * 2);
        starts.set(this.base64Start);
        ends.set(this.base64End);
        this.base64Start = starts;
        this.base64End = ends;
      }
      this.base64Start[this.base64Runs] = start;
      this.base64End[this.base64Runs] = end;
      this.base64Runs++;
    }
  }
}

function isLatin(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function countLatin(codes: Uint16Array, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (isLatin(codes[k]!)) count++;
  return count;
}

const UTF16 = new TextDecoder("utf-16le", { ignoreBOM: true });

/** A string from UTF-16 code units `codes[from, to)`. */
function codesToString(codes: Uint16Array, from: number, to: number): string {
  // The decoder's native loop is several times faster than String.fromCharCode.apply.
  return UTF16.decode(new Uint8Array(codes.buffer, codes.byteOffset + from * 2, (to - from) * 2));
}
