/**
 * Finds a fixed list of phrases in a text: leftmost first, then the longest phrase at that
 * offset, without overlaps; optionally ignoring case and counting only whole words. The phrases
 * are compiled once into a regular expression shaped as a trie (so the engine's native scan
 * does the work, one pass per text, no allocation unless something matches). Whole-word edges
 * are Unicode-aware: the regex only narrows the candidates (with ASCII `\b` where every phrase
 * allows it) and each candidate's edges are then checked exactly; when the regex's pick fails
 * that check, the shorter phrases at the same offset are tried in turn.
 *
 * A very long list would make a slow regex (V8 stops optimising one past 20 KB of source), so
 * past that size the phrases go into a trie of UTF-16 units instead, walked from each offset that
 * can start a phrase: slower than an optimised regex, but its cost per text hardly depends on the
 * length of the list.
 */
import { foldCase, foldUnitTable } from "./case-fold.js";
import { UnitTrie } from "./unit-trie.js";
import {
  endsWithWordChar,
  isAsciiWordUnit,
  startsWithWordChar,
  wordCharAt,
  wordCharBefore,
} from "./word-chars.js";

/** How phrases are compared. */
export interface PhraseFinderOptions {
  /** Compare letter case too (otherwise ECMAScript `i` comparison). */
  caseSensitive: boolean;
  /** A phrase counts only where no word character adjoins an edge that is itself a word character. */
  wholeWord: boolean;
  /**
   * How to search: one regex (short lists) or a trie walk (long lists). By default a list whose
   * regex source would pass 18 000 characters (some 2 500 words) is walked.
   */
  strategy?: "regex" | "trie";
}

interface PhraseInfo {
  /** Length in UTF-16 units. */
  length: number;
  /** Check the character before (the phrase starts with a word character). */
  left: boolean;
  /** Check the character after (the phrase ends with a word character). */
  right: boolean;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

/**
 * The regex source past which a list is walked as a trie instead. V8 optimises a regex up to
 * 20 KB of source; past that a scan of 2 KB went from 5 µs to 250 µs on the development machine.
 */
const MAX_REGEX_SOURCE = 18_000;

const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/** The regex source of a trie: alternatives for the branches, a greedy `?` where a phrase may end. */
function trieSource(node: TrieNode): string {
  const branches: string[] = [];
  for (const [unit, child] of node.children)
    branches.push(unit.replace(REGEX_SYNTAX, "\\$&") + trieSource(child));
  if (branches.length === 0) return "";
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
  // Greedy: the longer phrases are tried first, the end of the shorter one last.
  return node.end ? `(?:${body})?` : body;
}

function trieOf(keys: readonly string[]): TrieNode {
  const root: TrieNode = { children: new Map(), end: false };
  for (const key of keys) {
    let node = root;
    for (const unit of key) {
      let child = node.children.get(unit);
      if (child === undefined) {
        child = { children: new Map(), end: false };
        node.children.set(unit, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

/**
 * A compiled phrase list. `find` reports its match in `start`, `end` and `id` (the index of the
 * phrase in `phrases`, the deduplicated list), so a scan allocates nothing per match.
 */
export class PhraseFinder {
  /** The distinct phrases (by comparison key), in first-seen order. */
  readonly phrases: readonly string[];
  /** The last match: UTF-16 offsets (end exclusive) and phrase index. */
  start = 0;
  end = 0;
  id = 0;

  private readonly regex: RegExp | undefined;
  private readonly trie: UnitTrie | undefined;
  /** The unit fold table when ignoring case with the trie. */
  private readonly fold: Uint16Array | undefined;
  /** Every phrase starts with a word character: a whole-word walk skips offsets inside words. */
  private readonly allLeft: boolean;
  private readonly walkLengths: Int32Array;
  private readonly walkIds: Int32Array;
  private readonly ids = new Map<string, number>();
  private readonly info: PhraseInfo[] = [];
  /** The distinct phrase lengths, longest first: the fallback when a candidate's edges fail. */
  private readonly lengths: number[];
  private readonly key: (text: string) => string;
  private readonly wholeWord: boolean;

  /** @throws Error when the list is empty or holds an empty phrase. */
  constructor(phrases: readonly string[], options: PhraseFinderOptions) {
    if (phrases.length === 0) throw new Error("no phrases to find");
    this.key = options.caseSensitive ? (text) => text : foldCase;
    this.wholeWord = options.wholeWord;
    const distinct: string[] = [];
    const keys: string[] = [];
    let allLeft = true;
    let allLeftAscii = true;
    let allRightAscii = true;
    for (const phrase of phrases) {
      if (phrase.length === 0) throw new Error("a phrase is empty");
      const key = this.key(phrase);
      if (this.ids.has(key)) continue;
      this.ids.set(key, distinct.length);
      distinct.push(phrase);
      keys.push(key);
      const left = startsWithWordChar(phrase);
      const right = endsWithWordChar(phrase);
      this.info.push({ length: phrase.length, left, right });
      allLeft &&= left;
      allLeftAscii &&= left && isAsciiWordUnit(phrase.charCodeAt(0));
      allRightAscii &&= right && isAsciiWordUnit(phrase.charCodeAt(phrase.length - 1));
    }
    this.phrases = distinct;
    this.lengths = [...new Set(this.info.map((p) => p.length))].sort((a, b) => b - a);
    // ASCII `\b` is implied by the exact edge check when every phrase starts (ends) with an ASCII
    // word character, and lets the engine skip most offsets without leaving native code.
    const before = this.wholeWord && allLeftAscii ? "\\b" : "";
    const after = this.wholeWord && allRightAscii ? "\\b" : "";
    const pattern = options.strategy === "trie" ? "" : trieSource(trieOf(keys));
    const strategy = options.strategy ?? (pattern.length > MAX_REGEX_SOURCE ? "trie" : "regex");
    this.allLeft = allLeft;
    if (strategy === "regex") {
      this.regex = new RegExp(`${before}(?:${pattern})${after}`, options.caseSensitive ? "g" : "gi");
      this.walkLengths = this.walkIds = new Int32Array(0);
    } else {
      this.trie = new UnitTrie(keys);
      this.fold = options.caseSensitive ? undefined : foldUnitTable();
      this.walkLengths = new Int32Array(this.trie.maxLength);
      this.walkIds = new Int32Array(this.trie.maxLength);
    }
  }

  /** Finds the first match at or after `from`; its place is then in `start`, `end`, `id`. */
  find(text: string, from: number): boolean {
    return this.regex !== undefined ? this.findWithRegex(this.regex, text, from) : this.walkFrom(text, from);
  }

  private findWithRegex(regex: RegExp, text: string, from: number): boolean {
    let at = from;
    while (at <= text.length) {
      regex.lastIndex = at;
      const match = regex.exec(text);
      if (match === null) return false;
      const start = match.index;
      const id = this.ids.get(this.key(match[0]))!;
      if (this.accept(text, start, start + match[0].length, id) || this.longestAt(text, start)) return true;
      at = start + 1;
    }
    return false;
  }

  /** Walks the trie from each offset that can start a phrase; the first with a match that holds wins. */
  private walkFrom(text: string, from: number): boolean {
    const trie = this.trie!;
    const fold = this.fold;
    const skipInsideWords = this.wholeWord && this.allLeft;
    for (let start = from; start < text.length; start++) {
      const unit = text.charCodeAt(start);
      if (!trie.starts(fold ? fold[unit]! : unit)) continue;
      if (skipInsideWords && wordCharBefore(text, start)) continue;
      // Longest first, as the regex would pick.
      for (let found = trie.walk(text, start, fold, this.walkLengths, this.walkIds) - 1; found >= 0; found--)
        if (this.accept(text, start, start + this.walkLengths[found]!, this.walkIds[found]!)) return true;
    }
    return false;
  }

  private accept(text: string, start: number, end: number, id: number): boolean {
    if (this.wholeWord) {
      const info = this.info[id]!;
      if (info.left && wordCharBefore(text, start)) return false;
      if (info.right && wordCharAt(text, end)) return false;
    }
    this.start = start;
    this.end = end;
    this.id = id;
    return true;
  }

  /** The longest phrase at `start` whose edges hold (rare: only after the regex's pick failed). */
  private longestAt(text: string, start: number): boolean {
    for (const length of this.lengths) {
      if (start + length > text.length) continue;
      const id = this.ids.get(this.key(text.slice(start, start + length)));
      if (id !== undefined && this.accept(text, start, start + length, id)) return true;
    }
    return false;
  }
}
