/**
 * Compiles rules once, when a scorer is created: one sticky regex per rule (trigger alternation +
 * the rule's continuation), and the trigger table the normaliser consults per word. Also runs the
 * compiled rules over a normalised text: each trigger hit tries only the rules of its group, at
 * that position.
 */
import type { Category } from "./categories.js";
import { KeyTable } from "./key-table.js";
import type { Normaliser, TriggerTable } from "./normalise.js";
import type { Rule } from "./rules/index.js";
import { pairKey, wordKey } from "./word-hash.js";

/** A rule ready to run. */
export interface CompiledRule {
  readonly id: string;
  readonly category: Category;
  readonly weight: number;
  /** Sticky, Unicode-aware: matches at `lastIndex` only. */
  readonly regex: RegExp;
}

/** Compiled rules and where each can start. */
export interface RuleSet {
  readonly rules: readonly CompiledRule[];
  readonly triggers: TriggerTable;
  /** Group index (what the trigger table yields) -> indices into `rules`. */
  readonly groups: readonly Int32Array[];
}

/** Collects rule matches: normalised ranges and the rule that matched. */
export interface RuleHits {
  count: number;
  rule: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Matches so far per rule (capped at MAX_HITS_PER_RULE). */
  perRule: Uint8Array;
}

/**
 * Matches kept per rule and prompt. A cap per rule rather than in total, so that padding a prompt
 * with many weak matches cannot crowd out a strong one further on; further matches of a rule
 * add nothing to the score, so they are not even tried.
 */
export const MAX_HITS_PER_RULE = 4;

const WORD = /^[\p{L}\p{N}]+$/u;
/** What may stand between the two words of a pair trigger (what separates words in the normaliser's eyes). */
const PAIR_SEPARATOR = "[^\\p{L}\\p{N}]{1,4}";
const PUNCT = /^[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]$/;

/** Compiles `rules`; throws on a rule whose trigger or pattern cannot work. */
export function compileRules(rules: readonly Rule[]): RuleSet {
  const compiled: CompiledRule[] = [];
  const pairFirsts = new Uint8Array(0x10000);
  const byWord = new Map<number, number[]>();
  const byPair = new Map<number, number[]>();
  for (const rule of rules) {
    if (!(rule.weight > 0 && rule.weight <= 1)) throw new Error(`rule ${rule.id}: weight must be in (0, 1]`);
    const index = compiled.length;
    for (const trigger of rule.triggers) {
      const words = trigger.split(" ");
      let table = byWord;
      let key: number;
      if (words.length === 2 && WORD.test(words[0]!) && WORD.test(words[1]!)) {
        table = byPair;
        key = pairKey(wordKey(words[0]!), wordKey(words[1]!));
        pairFirsts[wordKey(words[0]!) & 0xffff] = 1;
      } else if (WORD.test(trigger)) key = wordKey(trigger);
      else if (PUNCT.test(trigger)) key = -trigger.charCodeAt(0);
      else
        throw new Error(
          `rule ${rule.id}: trigger "${trigger}" is not a word, a pair of words or a punctuation mark`,
        );
      const list = table.get(key) ?? [];
      if (!list.includes(index)) list.push(index);
      table.set(key, list);
    }
    const alternation = [...rule.triggers]
      .sort((a, b) => b.length - a.length)
      .map((trigger) => trigger.split(" ").map(escapeRegex).join(PAIR_SEPARATOR))
      .join("|");
    compiled.push({
      id: rule.id,
      category: rule.category,
      weight: rule.weight,
      regex: new RegExp(`${rule.before ?? ""}(?:${alternation})${rule.pattern}`, "yu"),
    });
  }
  const words: [number, number][] = [];
  const wordPairs: [number, number][] = [];
  const punct = new Int16Array(128).fill(-1);
  const groups: Int32Array[] = [];
  for (const [key, list] of byWord) {
    const group = groups.length;
    groups.push(Int32Array.from(list));
    if (key < 0) punct[-key] = group;
    else words.push([key, group]);
  }
  for (const [key, list] of byPair) {
    wordPairs.push([key, groups.length]);
    groups.push(Int32Array.from(list));
  }
  return {
    rules: compiled,
    triggers: { words: new KeyTable(words), pairs: new KeyTable(wordPairs), pairFirsts, punct },
    groups,
  };
}

/** Normalised code units a rule may look back from its trigger (lookbehinds). */
const BEHIND = 64;
/** Normalised code units a rule may read from its trigger: more than any rule's longest match. */
const AHEAD = 400;
/** Code units past a trigger that a window covers, so nearby triggers share it. */
const WINDOW_AHEAD = 768;

/**
 * Runs `set` at each trigger hit of `norm`, collecting the matches in `hits` (emptied first).
 * Rules read a window of the normalised text around their trigger, built only where there is
 * one, and shared by triggers close together.
 */
export function matchRules(set: RuleSet, norm: Normaliser, hits: RuleHits): void {
  hits.count = 0;
  hits.perRule.fill(0);
  const length = norm.length;
  let window = "";
  let windowFrom = -1;
  let windowTo = -1;
  for (let c = 0; c < norm.candidates; c++) {
    const pos = norm.candidatePos[c]!;
    if (
      windowFrom < 0 ||
      (windowFrom > 0 && pos - BEHIND < windowFrom) ||
      (windowTo < length && pos + AHEAD > windowTo)
    ) {
      window = norm.window(pos, BEHIND, WINDOW_AHEAD);
      windowFrom = Math.max(0, pos - BEHIND);
      windowTo = Math.min(length, pos + WINDOW_AHEAD);
    }
    const offset = norm.windowStart;
    const group = set.groups[norm.candidateGroup[c]!]!;
    for (let g = 0; g < group.length; g++) {
      const index = group[g]!;
      if (hits.perRule[index]! >= MAX_HITS_PER_RULE) continue;
      const regex = set.rules[index]!.regex;
      regex.lastIndex = pos - offset;
      if (!regex.test(window)) continue;
      hits.perRule[index]!++;
      hits.rule[hits.count] = index;
      hits.start[hits.count] = pos;
      hits.end[hits.count] = regex.lastIndex + offset;
      hits.count++;
    }
  }
}

/** A hit collector for the rules of `set`, with room for every match they can keep. */
export function ruleHits(set: RuleSet): RuleHits {
  const capacity = set.rules.length * MAX_HITS_PER_RULE;
  return {
    count: 0,
    rule: new Int32Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    perRule: new Uint8Array(set.rules.length),
  };
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}
