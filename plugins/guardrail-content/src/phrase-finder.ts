/**
 * Finds a fixed list of phrases in a text: leftmost first, then the longest phrase at that
 * offset, without overlaps; optionally ignoring case and counting only whole words. The phrases
 * are compiled once into one regular expression shaped as a trie (so the engine's native scan
 * does the work, one pass per text, no allocation unless something matches). Whole-word edges
 * are Unicode-aware: the regex only narrows the candidates (with ASCII `\b` where every phrase
 * allows it) and each candidate's edges are then checked exactly; when the regex's pick fails
 * that check, the shorter phrases at the same offset are tried in turn.
 */
import { foldCase } from "./case-fold.js";
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

  private readonly regex: RegExp;
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
    const root: TrieNode = { children: new Map(), end: false };
    let allLeftAscii = true;
    let allRightAscii = true;
    for (const phrase of phrases) {
      if (phrase.length === 0) throw new Error("a phrase is empty");
      const key = this.key(phrase);
      if (this.ids.has(key)) continue;
      this.ids.set(key, distinct.length);
      distinct.push(phrase);
      const left = startsWithWordChar(phrase);
      const right = endsWithWordChar(phrase);
      this.info.push({ length: phrase.length, left, right });
      allLeftAscii &&= left && isAsciiWordUnit(phrase.charCodeAt(0));
      allRightAscii &&= right && isAsciiWordUnit(phrase.charCodeAt(phrase.length - 1));
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
    this.phrases = distinct;
    this.lengths = [...new Set(this.info.map((p) => p.length))].sort((a, b) => b - a);
    // ASCII `\b` is implied by the exact edge check when every phrase starts (ends) with an ASCII
    // word character, and lets the engine skip most offsets without leaving native code.
    const before = this.wholeWord && allLeftAscii ? "\\b" : "";
    const after = this.wholeWord && allRightAscii ? "\\b" : "";
    this.regex = new RegExp(`${before}(?:${trieSource(root)})${after}`, options.caseSensitive ? "g" : "gi");
  }

  /** Finds the first match at or after `from`; its place is then in `start`, `end`, `id`. */
  find(text: string, from: number): boolean {
    const regex = this.regex;
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
