import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileDetector } from "./detector.js";
import type { Span } from "./span.js";
import { plantedText } from "./testing/arbitraries.js";
import { PlaceholderVault } from "./vault.js";

const span = (start: number, end: number, label: string): Span => ({ start, end, label });

describe("PlaceholderVault", () => {
  it("replaces each span by a numbered placeholder per label and restores the answer", () => {
    const vault = new PlaceholderVault();
    const text = "mail a@x.io or b@y.io, call 555";
    const masked = vault.mask(text, [span(5, 11, "email"), span(15, 21, "email"), span(28, 31, "phone")]);
    expect(masked).toBe("mail [EMAIL_1] or [EMAIL_2], call [PHONE_1]");
    expect(vault.restore("Wrote to [EMAIL_2] and [PHONE_1]; [EMAIL_9] is not mine.")).toBe(
      "Wrote to b@y.io and 555; [EMAIL_9] is not mine.",
    );
    expect(vault.entries()).toEqual([
      { placeholder: "[EMAIL_1]", original: "a@x.io", label: "email" },
      { placeholder: "[EMAIL_2]", original: "b@y.io", label: "email" },
      { placeholder: "[PHONE_1]", original: "555", label: "phone" },
    ]);
    expect(vault.maxPlaceholderLength).toBe("[EMAIL_1]".length);
  });

  it("gives the same value the same placeholder, across texts too", () => {
    const vault = new PlaceholderVault();
    expect(vault.mask("a@x.io and a@x.io", [span(0, 6, "email"), span(11, 17, "email")])).toBe(
      "[EMAIL_1] and [EMAIL_1]",
    );
    expect(vault.mask("again a@x.io", [span(6, 12, "email")])).toBe("again [EMAIL_1]");
    expect(vault.entries()).toHaveLength(1);
  });

  it("upper-cases labels into placeholders and keeps them restorable", () => {
    const vault = new PlaceholderVault();
    expect(vault.mask("10.0.0.1 x", [span(0, 8, "ip_address")])).toBe("[IP_ADDRESS_1] x");
    expect(vault.mask("v", [span(0, 1, "2fa-code")])).toBe("[PII_2FA_CODE_1]");
    expect(vault.restore("[IP_ADDRESS_1] [PII_2FA_CODE_1]")).toBe("10.0.0.1 v");
    expect(vault.maxPlaceholderLength).toBe("[PII_2FA_CODE_1]".length);
  });

  it("skips numbers whose placeholder the text already contains", () => {
    const vault = new PlaceholderVault();
    const text = "literal [EMAIL_1] and a@x.io";
    const masked = vault.mask(text, [span(22, 28, "email")]);
    expect(masked).toBe("literal [EMAIL_1] and [EMAIL_2]");
    expect(vault.restore(masked)).toBe(text);
  });

  it("masks a later literal copy of an issued placeholder so it restores to itself", () => {
    const vault = new PlaceholderVault();
    expect(vault.mask("a@x.io", [span(0, 6, "email")])).toBe("[EMAIL_1]");
    const second = "the user typed [EMAIL_1] literally";
    const masked = vault.mask(second, []);
    expect(masked).toBe("the user typed [EMAIL_2] literally");
    expect(vault.restore(masked)).toBe(second);
    expect(vault.restore("[EMAIL_1]")).toBe("a@x.io");
  });

  it("never issues a placeholder seen in an earlier text", () => {
    const vault = new PlaceholderVault();
    expect(vault.mask("see [PHONE_1]", [])).toBe("see [PHONE_1]");
    expect(vault.mask("call 555", [span(5, 8, "phone")])).toBe("call [PHONE_2]");
  });

  it("refuses spans out of order, overlapping or out of range", () => {
    const vault = new PlaceholderVault();
    expect(() => vault.mask("abcdef", [span(3, 4, "x"), span(0, 1, "x")])).toThrow(RangeError);
    expect(() => vault.mask("abcdef", [span(0, 3, "x"), span(2, 4, "x")])).toThrow(RangeError);
    expect(() => vault.mask("abc", [span(1, 9, "x")])).toThrow(RangeError);
    expect(() => vault.mask("abc", [span(1, 1, "x")])).toThrow(RangeError);
  });

  it("leaves text alone when there is nothing to mask or restore", () => {
    const vault = new PlaceholderVault();
    expect(vault.mask("plain", [])).toBe("plain");
    expect(vault.restore("[EMAIL_1]")).toBe("[EMAIL_1]");
    expect(vault.maxPlaceholderLength).toBe(0);
    expect(vault.entries()).toEqual([]);
  });

  const detect = compileDetector({ phoneRegions: ["US"] });
  const conversation = fc.array(plantedText(true), { minLength: 1, maxLength: 4 });

  it("masking leaks no detected value, and restore gives back every text exactly", () => {
    fc.assert(
      fc.property(conversation, (texts) => {
        const vault = new PlaceholderVault();
        const masked = texts.map(({ text }) => {
          const spans = detect(text);
          const out = vault.mask(text, spans);
          for (const s of spans) expect(out).not.toContain(text.slice(s.start, s.end));
          return out;
        });
        texts.forEach(({ text, planted }, i) => {
          for (const p of planted) expect(masked[i]).not.toContain(p.value);
          expect(vault.restore(masked[i]!)).toBe(text);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("gives one value one placeholder and one placeholder one value", () => {
    fc.assert(
      fc.property(conversation, (texts) => {
        const vault = new PlaceholderVault();
        for (const { text } of texts) vault.mask(text, detect(text));
        const entries = vault.entries();
        expect(new Set(entries.map((e) => e.original)).size).toBe(entries.length);
        expect(new Set(entries.map((e) => e.placeholder)).size).toBe(entries.length);
        const longest = Math.max(0, ...entries.map((e) => e.placeholder.length));
        expect(vault.maxPlaceholderLength).toBe(longest);
      }),
    );
  });
});

describe("PlaceholderVault.find", () => {
  it("finds exactly the placeholders it issued, where restore would replace them", () => {
    const vault = new PlaceholderVault();
    const masked = vault.mask("mail a@b.co now", [{ start: 5, end: 11, label: "email" }]);
    const answer = `I wrote to ${masked.slice(5, 14)}; [EMAIL_9] and [PHONE_1] are not mine`;
    expect(vault.find(answer)).toEqual([{ start: 11, end: 20, label: "email" }]);
    expect(new PlaceholderVault().find(answer)).toEqual([]);
  });
});
