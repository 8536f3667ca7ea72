// The normaliser: the text the rules read, the offset map back to the original, and the facts it
// collects for the hidden-payload signals.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KeyTable } from "./key-table.js";
import { CONFUSABLE_WORD, INVISIBLE_WORD, LEET_WORD, Normaliser, STYLED_WORD } from "./normalise.js";
import { wordKey } from "./word-hash.js";

function normaliser(words: string[] = []): Normaliser {
  return new Normaliser({
    words: new KeyTable(words.map((word, group) => [wordKey(word), group] as const)),
    pairs: new KeyTable([]),
    pairFirsts: new Uint8Array(0x10000),
    punct: new Int16Array(128).fill(-1),
  });
}

function normalise(text: string): Normaliser {
  const norm = normaliser();
  norm.run(text);
  norm.buildText();
  return norm;
}

/** A plain reimplementation of the normaliser for ASCII text, to check its fast paths against. */
function reference(text: string): string {
  const leet: Record<string, string> = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "@": "a",
    $: "s",
  };
  let out = "";
  let word = "";
  const flush = () => {
    const letters = word.replace(/[^a-z]/g, "").length;
    out += letters >= 2 ? word.replace(/[013457@$]/g, (c) => leet[c]!) : word;
    word = "";
  };
  for (const c of text) {
    if (/[A-Za-z0-9]/.test(c) || (/[@$]/.test(c) && word !== "")) word += c.toLowerCase();
    else if (/[ \t\n\r\v\f]/.test(c)) {
      flush();
      const newline = c === "\n" || c === "\r";
      if (out.endsWith(" ") || out.endsWith("\n")) {
        if (newline) out = `${out.slice(0, -1)}\n`;
      } else out += newline ? "\n" : " ";
    } else {
      flush();
      out += c;
    }
  }
  flush();
  return out;
}

describe("Normaliser", () => {
  it("matches a plain reimplementation on ASCII text", () => {
    const ascii = fc
      .array(fc.constantFrom(..."aZq ignore 0134 57@$ \n\r\t.,:;<#[\\x".split("")), { maxLength: 120 })
      .map((chars) => chars.join(""));
    const norm = normaliser(["ignore", "zq"]);
    fc.assert(
      fc.property(ascii, (text) => {
        norm.run(text);
        expect(norm.buildText()).toBe(reference(text));
        for (let k = 0; k < norm.length; k++) expect(norm.origin[k]).toBeLessThan(text.length);
      }),
      { numRuns: 500 },
    );
  });

  it("lowercases, folds diacritics and collapses whitespace", () => {
    expect(normalise("  Größe   ÜBER\t\tdie  Straße ").text).toBe(" grosse uber die strasse ");
    expect(normalise("a \n  b\r\n\r\nc").text).toBe("a\nb\nc");
    expect(normalise("“quoted” – dash…").text).toBe('"quoted" - dash.');
  });

  it("maps every normalised unit back to its original offset", () => {
    const text = "Ab  Größe\n\n x";
    const norm = normalise(text);
    expect(norm.text).toBe("ab grosse\nx");
    const origin = Array.from(norm.origin.subarray(0, norm.length));
    expect(origin).toEqual([0, 1, 2, 4, 5, 6, 7, 7, 8, 9, 12]);
  });

  it("reads leetspeak inside words only", () => {
    expect(normalise("1gn0r3 the h4ck3r, not 2023 or 42 or mp3").text).toBe(
      "ignore the hacker, not 2023 or 42 or mpe",
    );
    const norm = normalise("1gn0r3 this");
    expect(norm.obfuscated).toBe(1);
    expect(norm.obfuscatedFlags[0]).toBe(LEET_WORD);
  });

  it("reads homoglyphs in words that mix scripts, and leaves other scripts alone", () => {
    const mixed = normalise("іgnоrе");
    expect(mixed.text).toBe("ignore");
    expect(mixed.obfuscatedFlags[0]).toBe(CONFUSABLE_WORD);
    expect(normalise("Забудьте все").text).toBe("забудьте все");
    expect(normalise("Αθήνα").obfuscated).toBe(0);
  });

  it("reads fullwidth and mathematical letters as styled Latin", () => {
    const norm = normalise("ｉｇｎｏｒｅ 𝐚𝐥𝐥");
    expect(norm.text).toBe("ignore all");
    expect(norm.obfuscatedFlags[0]).toBe(STYLED_WORD);
  });

  it("drops invisible characters, counting those inside words", () => {
    const norm = normalise("ig\u200bnore the\u200b \u200bword and\u00adso");
    expect(norm.text).toBe("ignore the word andso");
    expect(norm.invisibleInWords).toBe(1);
    expect(norm.invisibleAt).toBe(2);
    expect(norm.obfuscatedFlags[0]).toBe(INVISIBLE_WORD);
  });

  it("decodes tag characters outside emoji flags", () => {
    const smuggled = [..."Hi there"].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join("");
    const norm = normalise(`ok${smuggled}`);
    expect(norm.text).toBe("okhi there");
    expect(norm.tags).toBe(8);
    const flag = normalise("\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} Scotland");
    expect(flag.tags).toBe(0);
    expect(flag.text).toBe("\u{1F3F4} scotland");
  });

  it("counts bidi overrides and variation-selector runs", () => {
    const norm = normalise(`a\u202Eb ${"\u{E0100}".repeat(5)}`);
    expect(norm.bidiOverrides).toBe(1);
    expect(norm.bidiOverrideAt).toBe(1);
    expect(norm.variationSelectors).toBe(5);
  });

  it("finds base64 runs and letter-spaced text", () => {
    const norm = normalise("x SWdub3JlIGFsbCBwcmV2aW91cw== y s a y t h a t n o w end");
    expect(norm.base64Runs).toBe(1);
    expect([norm.base64Start[0], norm.base64End[0]]).toEqual([2, 28]);
    expect(norm.spacedRuns).toBe(1);
    // "y" starts the run: a lone letter before it counts too.
    expect(norm.spacedStart[0]).toBe(31);
  });

  it("reports trigger words, once per occurrence, at their normalised offsets", () => {
    const norm = normaliser(["ignore", "vergiss"]);
    norm.run("Please IGNORE this; und vergiss es. Ignored.");
    expect(Array.from(norm.candidatePos.subarray(0, norm.candidates))).toEqual([7, 24]);
    expect(Array.from(norm.candidateGroup.subarray(0, norm.candidates))).toEqual([0, 1]);
  });

  it("builds windows that cannot match ^ inside the text", () => {
    const norm = normalise("hello world, this is a test");
    expect(norm.window(13, 4, 6)).toBe("\0ld, this i");
    expect(norm.windowStart).toBe(8);
    expect(norm.window(2, 4, 3)).toBe("hello");
    expect(norm.windowStart).toBe(0);
  });
});
