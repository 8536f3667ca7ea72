/**
 * `secret`, known formats: API keys and tokens recognisable by their prefix (OpenAI, Anthropic,
 * AWS, GitHub, Slack, Stripe, Google), JSON Web Tokens, PEM private-key blocks, and an AWS secret
 * access key standing near an AWS access key id.
 *
 * One regex of literal prefixes finds where a key may start; each format's sticky body regex
 * then reads the rest at that exact place. The body classes are single character classes, so
 * a match costs at most the length of the token.
 */
import { codeAt, isAsciiAlnum, isAsciiLetter, isDigit, isWordChar } from "../chars.js";
import type { Finder } from "../finder.js";
import type { Span } from "../span.js";

interface KeyFormat {
  readonly prefixes: readonly string[];
  /** Sticky: matched right after the prefix. */
  readonly body: RegExp;
  /** The body must hold both a letter and a digit (keeps words like "sk-learn-..." out). */
  readonly mixed?: boolean;
  /** A JWT's first segment may not follow a dot either (it would be the middle of a token). */
  readonly noDotBefore?: boolean;
  /** After an AWS access key id, a 40-character secret key nearby is flagged too. */
  readonly aws?: boolean;
}

/** How far around an AWS access key id the secret access key is looked for, in characters. */
const AWS_SECRET_WINDOW = 256;

function keyFormats(): KeyFormat[] {
  return [
    // OpenAI (sk-, sk-proj-, sk-svcacct-, sk-admin-) and Anthropic (sk-ant-api03-...) keys.
    { prefixes: ["sk-"], body: /[A-Za-z0-9_-]{20,}/y, mixed: true },
    { prefixes: ["AKIA", "ASIA"], body: /[A-Z0-9]{16}(?![A-Za-z0-9])/y, aws: true },
    { prefixes: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"], body: /[A-Za-z0-9]{36,}/y },
    { prefixes: ["github_pat_"], body: /[A-Za-z0-9_]{22,}/y },
    { prefixes: ["xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-"], body: /[A-Za-z0-9-]{10,}/y, mixed: true },
    { prefixes: ["sk_live_", "rk_live_", "sk_test_", "rk_test_"], body: /[A-Za-z0-9]{16,}/y },
    { prefixes: ["AIza"], body: /[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/y },
    {
      prefixes: ["eyJ"],
      body: /[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/y,
      noDotBefore: true,
    },
  ];
}

const PEM_PREFIX = "-----BEGIN ";

function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** True when `text[start, end)` holds at least one ASCII letter and one digit. */
function hasLetterAndDigit(text: string, start: number, end: number): boolean {
  let letter = false;
  let digit = false;
  for (let i = start; i < end && !(letter && digit); i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) digit = true;
    else if (isAsciiLetter(code)) letter = true;
  }
  return letter && digit;
}

/** `A-Z a-z 0-9 + /`: the alphabet of an AWS secret access key. */
function isBase64Char(code: number): boolean {
  return isAsciiAlnum(code) || code === 43 || code === 47;
}

/**
 * Flags 40-character base64 runs (upper, lower and digit mixed, not followed by `=`) within
 * `AWS_SECRET_WINDOW` characters of the key id at `[keyStart, keyEnd)`.
 */
function findAwsSecretNear(text: string, keyStart: number, keyEnd: number, out: Span[]): void {
  const from = Math.max(0, keyStart - AWS_SECRET_WINDOW);
  const to = Math.min(text.length, keyEnd + AWS_SECRET_WINDOW);
  let i = from;
  // Start on a run boundary so a run cut by the window edge is not taken for a whole one.
  while (i > 0 && i < to && isBase64Char(text.charCodeAt(i - 1))) i++;
  while (i < to) {
    if (!isBase64Char(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let upper = false;
    let lower = false;
    let digit = false;
    // Only a run of exactly 40 matters: stop counting at 41, and skip the rest within the window.
    for (; i < text.length && i - start <= 40 && isBase64Char(text.charCodeAt(i)); i++) {
      const code = text.charCodeAt(i);
      if (code >= 65 && code <= 90) upper = true;
      else if (code >= 97 && code <= 122) lower = true;
      else if (isDigit(code)) digit = true;
    }
    if (
      i - start === 40 &&
      !isBase64Char(codeAt(text, i)) &&
      codeAt(text, i) !== 61 &&
      upper &&
      lower &&
      digit
    ) {
      out.push({ start, end: i, label: "secret" });
    }
    while (i < to && isBase64Char(text.charCodeAt(i))) i++;
  }
}

/** Skips one line break (`\n` or `\r\n`) at `at`; returns where the next line starts, or -1. */
function nextLine(text: string, at: number): number {
  if (text.charCodeAt(at) === 13) at++;
  return text.charCodeAt(at) === 10 ? at + 1 : -1;
}

/**
 * Where the PEM block whose header ends at `bodyStart` ends. `endMarkers` remembers the last
 * search for "-----END " in this text, so many headers without one cost one search, not one each.
 */
function pemEnd(text: string, bodyStart: number, endMarkers: { from: number; at: number }): number {
  if (endMarkers.from > bodyStart || (endMarkers.at !== -1 && endMarkers.at < bodyStart)) {
    endMarkers.from = bodyStart;
    endMarkers.at = text.indexOf("-----END ", bodyStart);
  }
  const endMarker = endMarkers.at;
  if (endMarker !== -1) {
    const close = text.indexOf("-----", endMarker + 9);
    if (close !== -1) return close + 5;
  }
  // A truncated block: its base64 lines, up to the first line that is empty or holds more.
  let end = bodyStart;
  let line = nextLine(text, bodyStart);
  while (line !== -1 && line < text.length) {
    let i = line;
    while (i < text.length && (isBase64Char(text.charCodeAt(i)) || text.charCodeAt(i) === 61)) i++;
    if (i === line) break;
    end = i;
    line = nextLine(text, i);
  }
  return end;
}

/** The finder of keys and tokens in known formats (label `secret`). */
export function createSecretFormatsFinder(): Finder {
  const formats = keyFormats();
  const byPrefix = new Map<string, KeyFormat>();
  for (const format of formats) for (const prefix of format.prefixes) byPrefix.set(prefix, format);
  const prefixes = [...byPrefix.keys(), PEM_PREFIX].sort((a, b) => b.length - a.length);
  const anyPrefix = new RegExp(prefixes.map(escapeRegex).join("|"), "g");
  const pemHeader = /[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/y;

  const endMarkers = { from: Number.POSITIVE_INFINITY, at: -1 };

  return (text, out) => {
    anyPrefix.lastIndex = 0;
    endMarkers.from = Number.POSITIVE_INFINITY;
    for (let match = anyPrefix.exec(text); match !== null; match = anyPrefix.exec(text)) {
      const start = match.index;
      const prefix = match[0];
      const bodyStart = start + prefix.length;
      if (prefix === PEM_PREFIX) {
        pemHeader.lastIndex = bodyStart;
        if (!pemHeader.test(text)) continue;
        const end = pemEnd(text, pemHeader.lastIndex, endMarkers);
        out.push({ start, end, label: "secret" });
        anyPrefix.lastIndex = end;
        continue;
      }
      const format = byPrefix.get(prefix)!;
      const before = codeAt(text, start - 1);
      if (isWordChar(before) || (format.noDotBefore && (before === 46 || before === 45))) continue;
      format.body.lastIndex = bodyStart;
      if (!format.body.test(text)) continue;
      const end = format.body.lastIndex;
      // Prefixes inside this token are part of it: resuming past it keeps the scan linear.
      anyPrefix.lastIndex = end;
      if (format.mixed && !hasLetterAndDigit(text, bodyStart, end)) continue;
      out.push({ start, end, label: "secret" });
      if (format.aws) findAwsSecretNear(text, start, end, out);
    }
  };
}
