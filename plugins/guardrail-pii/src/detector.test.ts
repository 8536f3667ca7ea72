import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileDetector } from "./detector.js";
import { plantedText } from "./testing/arbitraries.js";
import { finder } from "./testing/found.js";

describe("compileDetector", () => {
  const detect = compileDetector({ phoneRegions: ["US", "GB"] });

  it("runs every detector by default and reports spans in text order", () => {
    const text =
      "Mail jane@example.org, call +44 20 7946 0958, pay 5555 5555 5555 4444 or GB82 WEST 1234 5698 7654 32; " +
      "SSN 123-45-6789, host 10.1.2.3, key ghp_abcdefghijklmnopqrstuvwxyz0123456789.";
    expect(detect(text).map((s) => `${s.label}:${text.slice(s.start, s.end)}`)).toEqual([
      "email:jane@example.org",
      "phone:+44 20 7946 0958",
      "card:5555 5555 5555 4444",
      "iban:GB82 WEST 1234 5698 7654 32",
      "us_ssn:123-45-6789",
      "ip_address:10.1.2.3",
      "secret:ghp_abcdefghijklmnopqrstuvwxyz0123456789",
    ]);
  });

  it("runs only the detectors named in detect", () => {
    const find = finder({ detect: ["email", "ip_address"] });
    expect(find("jane@example.org 10.1.2.3 123-45-6789 4111 1111 1111 1111")).toEqual([
      "email:jane@example.org",
      "ip_address:10.1.2.3",
    ]);
  });

  it("never flags a value an allow pattern matches whole", () => {
    const find = finder({ allow: ["[a-z.]+@example\\.com", "127\\.0\\.0\\.1"] });
    expect(find("ask ops@example.com or ops@example.org; 127.0.0.1 and 10.0.0.1")).toEqual([
      "email:ops@example.org",
      "ip_address:10.0.0.1",
    ]);
    // Anchored: a pattern matching part of a value does not allow the value.
    expect(finder({ allow: ["example"] })("ops@example.com")).toEqual(["email:ops@example.com"]);
  });

  it("finds nothing in empty text or prose without personal data", () => {
    expect(detect("")).toEqual([]);
    expect(detect("On Tuesday we shipped release 3 of the app; 42 people joined the call at 10:30.")).toEqual(
      [],
    );
  });

  it("rejects bad options when compiled", () => {
    // @ts-expect-error: not a detector label
    expect(() => compileDetector({ detect: ["passport"] })).toThrow(/unknown detector "passport"/);
    expect(() => compileDetector({ allow: ["(unclosed"] })).toThrow(/allow\[0\]/);
    expect(() => compileDetector({ secrets: { entropy: { minLength: 3 } } })).toThrow(/minLength/);
    expect(() => compileDetector({ secrets: { entropy: { minBitsPerChar: 0 } } })).toThrow(/minBitsPerChar/);
  });

  it("finds exactly the values planted among filler words, with their labels", () => {
    fc.assert(
      fc.property(plantedText(), ({ text, planted }) => {
        const spans = detect(text);
        expect(spans.map((s) => ({ start: s.start, end: s.end, label: s.label }))).toEqual(
          planted.map(({ start, end, label }) => ({ start, end, label })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("answers sorted, non-overlapping, in-range spans for any text, deterministically", () => {
    const fresh = compileDetector({ phoneRegions: ["US", "GB"] });
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: fc.constantFrom(..."0123456789 -.:()+@abcdefABCDEF_/=\n"), maxLength: 200 }),
      plantedText(true).map((p) => p.text),
    );
    fc.assert(
      fc.property(text, (t) => {
        const spans = detect(t);
        for (const [i, s] of spans.entries()) {
          expect(s.start).toBeGreaterThanOrEqual(i === 0 ? 0 : spans[i - 1]!.end);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(t.length);
        }
        expect(detect(t)).toEqual(spans);
        expect(fresh(t)).toEqual(spans);
      }),
      { numRuns: 500 },
    );
  });

  it("stays fast on long adversarial inputs", () => {
    // About 50 KB each: a scan that is quadratic anywhere takes many seconds on these.
    const inputs = [
      "1 ".repeat(25_000),
      "12 ".repeat(16_000),
      "1-".repeat(25_000),
      "a@".repeat(25_000),
      `${"::".repeat(25_000)}1`,
      "A".repeat(50_000),
      "Ab1".repeat(16_000),
      "sk-".repeat(16_000),
      "-----BEGIN RSA PRIVATE KEY-----".repeat(1_600),
      "AKIAAAAAAAAAAAAAAAAA/".repeat(2_400),
      "eyJaaaaaaaaa.".repeat(4_000),
      "[EMAIL_".repeat(7_000),
    ];
    for (const input of inputs) {
      const started = performance.now();
      detect(input);
      expect(performance.now() - started, input.slice(0, 12)).toBeLessThan(1500);
    }
  });
});
