import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { TextWindow, type WindowEdit } from "./text-window.js";

const SECRET = "s3cr3t-value";

function maskSecret(text: string): WindowEdit[] {
  const edits: WindowEdit[] = [];
  for (let i = text.indexOf(SECRET); i >= 0; i = text.indexOf(SECRET, i + 1))
    edits.push({ start: i, end: i + SECRET.length, text: "[MASKED]" });
  return edits;
}

/** Cuts `text` at the given points. */
function split(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let at = 0;
  for (const p of points) {
    out.push(text.slice(at, p));
    at = p;
  }
  out.push(text.slice(at));
  return out;
}

const words = fc.array(fc.constantFrom("hello", "world", " ", "s3cr3t", "-value", SECRET, "x", "\n", "é"), {
  maxLength: 30,
});

describe("TextWindow", () => {
  test("property: however the stream is cut, every secret is masked and nothing else changes", async () => {
    await fc.assert(
      fc.asyncProperty(
        words,
        fc.array(fc.nat(400), { maxLength: 12 }),
        fc.integer({ min: SECRET.length, max: 40 }),
        async (ws, cuts, holdBack) => {
          const text = ws.join("");
          const window = new TextWindow(holdBack, maskSecret);
          let out = "";
          for (const piece of split(text, cuts)) {
            const released = await window.push(piece);
            // Released text never carries a secret, nor an unfinished one at its end.
            expect(released.includes(SECRET)).toBe(false);
            out += released;
          }
          out += await window.end();
          expect(out).toBe(text.split(SECRET).join("[MASKED]"));
        },
      ),
    );
  });

  test("property: with `pending`, text is held only from the last word, and never beyond holdBack", async () => {
    const lastWord = (text: string) => Math.max(text.lastIndexOf(" "), text.lastIndexOf("\n")) + 1;
    await fc.assert(
      fc.asyncProperty(words, fc.array(fc.nat(400), { maxLength: 12 }), async (ws, cuts) => {
        const text = ws.join("");
        const holdBack = 24;
        const window = new TextWindow(holdBack, maskSecret, lastWord);
        let sent = "";
        let seen = "";
        for (const piece of split(text, cuts)) {
          seen += piece;
          sent += await window.push(piece);
          // What is still held is the last word, or at most holdBack characters.
          const masked = seen.split(SECRET).join("[MASKED]");
          const pendingTail = masked.length - sent.length;
          expect(pendingTail).toBeLessThanOrEqual(Math.max(masked.length - lastWord(masked), holdBack));
        }
        sent += await window.end();
        expect(sent).toBe(text.split(SECRET).join("[MASKED]"));
      }),
    );
  });

  test("a refusal comes before any of the refused text is released", async () => {
    const window = new TextWindow(8, (text) => {
      if (text.includes("forbidden")) throw new Error("refused");
      return [];
    });
    let out = "";
    await expect(async () => {
      for (const piece of ["this is fine and long enough ", "then forb", "idden words"])
        out += await window.push(piece);
    }).rejects.toThrow("refused");
    expect(out.includes("forb")).toBe(false);
  });
});
