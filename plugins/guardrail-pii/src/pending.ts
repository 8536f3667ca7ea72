/**
 * Where a value may still be forming at the end of streamed text, so that a stream holds back
 * only that tail instead of a fixed number of characters. Every value the detectors find is one
 * word (emails, keys, tokens, IP addresses, compact numbers), a run of short groups split by
 * spaces (cards, phone numbers, IBANs and national ids in print), or a PEM block. So what may
 * still grow is: the last word; the groups before it when it is a group itself (or the text ends
 * in spaces after a group); a PEM block whose END line has not come; and an AWS key id, whose
 * secret may follow it.
 */
import { wordStart } from "@aigw/guardrail-kit";
import { codeAt, isDigit } from "./chars.js";

const PEM_BEGIN = "-----BEGIN ";
const PEM_END = "-----END ";
const AWS_KEY_IDS = ["AKIA", "ASIA"] as const;

/** Whitespace a grouped value never holds: a new line, a tab... (spaces and NBSP it may). */
function isGroupSpace(code: number): boolean {
  return code === 32 || code === 0xa0;
}

/** Characters of one group of a value written in print: digits, capitals, phone punctuation. */
function isGroupChar(code: number): boolean {
  return (
    isDigit(code) ||
    (code >= 65 && code <= 90) ||
    code === 43 || // +
    code === 40 || // (
    code === 41 || // )
    code === 45 || // -
    code === 46 || // .
    code === 47 // /
  );
}

/** Whether text[from, to) is a non-empty group. */
function isGroup(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isGroupChar(text.charCodeAt(i))) return false;
  return true;
}

/** The offset from which `text` may still become (part of) a value: see the module comment. */
export function pendingFrom(text: string): number {
  let from = wordStart(text);
  // The last word is a group, or the text ends in whitespace: groups before may join it.
  if (from === text.length || isGroup(text, from, text.length)) {
    for (;;) {
      let gap = from;
      while (gap > 0 && isGroupSpace(text.charCodeAt(gap - 1))) gap--;
      if (gap === from || gap === 0) break;
      const start = wordStart(text, gap);
      if (!isGroup(text, start, gap)) break;
      from = start;
    }
  }
  const begin = text.lastIndexOf(PEM_BEGIN);
  if (begin >= 0 && begin < from && text.indexOf(PEM_END, begin) < 0) from = begin;
  for (const id of AWS_KEY_IDS) {
    const at = text.lastIndexOf(id);
    // A key id (not inside another word) whose secret may be on its way.
    if (at >= 0 && at < from && !isGroupChar(codeAt(text, at - 1))) from = at;
  }
  return from;
}
