import { describe, expect, it } from "vitest";
import { finder } from "../testing/found.js";
import { bitsPerChar, MAX_TOKEN } from "./entropy.js";

const find = finder({ detect: ["secret"] });

describe("bitsPerChar", () => {
  it("is 0 for one repeated character and log2(n) for n distinct ones", () => {
    expect(bitsPerChar("aaaaaaaa", 0, 8)).toBe(0);
    expect(bitsPerChar("abcdefgh", 0, 8)).toBeCloseTo(3, 10);
    expect(bitsPerChar("xxabab", 2, 6)).toBeCloseTo(1, 10);
    // The counting table is reset after each call.
    expect(bitsPerChar("abcdefgh", 0, 8)).toBeCloseTo(3, 10);
  });
});

describe("secret (entropy)", () => {
  it("flags long random tokens of unknown formats", () => {
    expect(find("token Xk9fQ2mZ7pL4vB8nR3tW6yH1jD5sA0cE here")).toEqual([
      "secret:Xk9fQ2mZ7pL4vB8nR3tW6yH1jD5sA0cE",
    ]);
    expect(find("X-Api-Key: 7Hq2+Zr9/Lm4Vx8Pk3Ns6Tb1Wd5Fg0Jc=")).toEqual([
      "secret:7Hq2+Zr9/Lm4Vx8Pk3Ns6Tb1Wd5Fg0Jc=",
    ]);
    // 40 characters of standard base64, next to an English sentence of the same length.
    const token = "q8Zr3+Lm9Vx2Pk7Ns4Tb6Wd1Fg5Jc0Hy8Ue3Ro7A";
    expect(token).toHaveLength(40);
    expect(find(`The password is ${token} and nothing else`)).toEqual([`secret:${token}`]);
    expect(find("Please remember to water the plants daily")).toEqual([]);
  });

  it("leaves prose, long words, identifiers and short tokens alone", () => {
    expect(find("Internationalization of the antidisestablishmentarianism debate")).toEqual([]);
    expect(find("call getUserAccountSettingsById from UserProfileSettingsController")).toEqual([]);
    expect(find("see plugins/guardrail-pii/src/detectors/entropy for details")).toEqual([]);
    expect(find("short a1B2c3D4e5F6g7H8i9")).toEqual([]);
    expect(find("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1111111111")).toEqual([]);
  });

  it("leaves hex hashes and UUIDs alone unless includeHex is set", () => {
    const sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    const uuid = "f47ac10b-58cc-4372-a567-0e02b2c3d479";
    expect(find(`sha256 ${sha}, id ${uuid}`)).toEqual([]);
    const withHex = finder({ detect: ["secret"], secrets: { entropy: { includeHex: true } } });
    expect(withHex(`sha256 ${sha}, id ${uuid}`)).toEqual([`secret:${sha}`, `secret:${uuid}`]);
  });

  it("leaves runs longer than MAX_TOKEN alone: encoded data, not credentials", () => {
    const blob = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk".repeat(20);
    expect(blob.length).toBeGreaterThan(MAX_TOKEN);
    expect(find(`data:image/png;base64,${blob}`)).toEqual([]);
  });

  it("follows the configured length and threshold", () => {
    const strict = finder({
      detect: ["secret"],
      secrets: { entropy: { minLength: 40, minBitsPerChar: 4.5 } },
    });
    expect(strict("token Xk9fQ2mZ7pL4vB8nR3tW6yH1jD5sA0cE here")).toEqual([]);
    const off = finder({ detect: ["secret"], secrets: { entropy: false } });
    expect(off("token Xk9fQ2mZ7pL4vB8nR3tW6yH1jD5sA0cE here")).toEqual([]);
  });

  it("finds tokens at the very start and end of the text", () => {
    expect(find("Xk9fQ2mZ7pL4vB8nR3tW6yH1jD5sA0cE")).toEqual(["secret:Xk9fQ2mZ7pL4vB8nR3tW6yH1jD5sA0cE"]);
    expect(find("a Xk9fQ2mZ7pL4vB8nR3tW")).toEqual(["secret:Xk9fQ2mZ7pL4vB8nR3tW"]);
  });
});
