// The vault's cryptography: master keys from base64 or hex, AES-256-GCM round trips for any
// value, any flipped bit or moved ciphertext detected, and decryption across a keyring.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MASTER_KEY_A, MASTER_KEY_B } from "../testing/gateway.js";
import { open, seal, VaultError } from "./cipher.js";
import { keyringFrom, MasterKeyError, parseMasterKey } from "./keyring.js";

const names = { primary: "AIGW_MASTER_KEY", previous: "AIGW_MASTER_KEY_PREVIOUS" };

describe("master keys", () => {
  it("reads 32 bytes as base64 (padded or not, url-safe too) or hex, with a stable id", () => {
    const a = parseMasterKey(MASTER_KEY_A, "K");
    expect(a.key.length).toBe(32);
    expect(parseMasterKey(MASTER_KEY_A.replace("=", ""), "K").id).toBe(a.id);
    const b = parseMasterKey(MASTER_KEY_B, "K");
    expect(b.key.length).toBe(32);
    expect(b.id).not.toBe(a.id);
  });

  it("refuses anything else with the variable's name and how to make one, never the value", () => {
    for (const bad of ["short", "c2hvcnQ=", `${MASTER_KEY_B}00`, "zz".repeat(32)]) {
      const error = (() => {
        try {
          parseMasterKey(bad, "AIGW_MASTER_KEY");
        } catch (e) {
          return e as Error;
        }
      })();
      expect(error).toBeInstanceOf(MasterKeyError);
      expect(error!.message).toContain("AIGW_MASTER_KEY");
      expect(error!.message).toContain("openssl rand -base64 32");
      expect(error!.message).not.toContain(bad);
    }
  });

  it("has no keyring without a primary key, and refuses previous keys alone", () => {
    expect(keyringFrom(undefined, undefined, names)).toBeUndefined();
    expect(() => keyringFrom("", MASTER_KEY_A, names)).toThrow(/AIGW_MASTER_KEY is not/);
  });
});

describe("AES-256-GCM", () => {
  const keyring = keyringFrom(MASTER_KEY_A, MASTER_KEY_B, names)!;

  it("round-trips any value, with a fresh IV each time", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.string({ minLength: 1 }),
        (value, name) => {
          const sealed = seal(value, name, keyring.primary);
          expect(open(sealed, name, keyring)).toBe(value);
          expect(seal(value, name, keyring.primary).iv).not.toBe(sealed.iv);
          expect(sealed.ciphertext).not.toContain(value.length > 3 ? value : "\u0000never");
        },
      ),
    );
  });

  it("detects any flipped bit of the ciphertext, the tag or the IV", () => {
    const sealed = seal("sk-live-provider-secret", "openai", keyring.primary);
    fc.assert(
      fc.property(
        fc.constantFrom("ciphertext", "tag", "iv") as fc.Arbitrary<"ciphertext" | "tag" | "iv">,
        fc.nat(),
        fc.integer({ min: 0, max: 7 }),
        (field, at, bit) => {
          const bytes = Uint8Array.from(atob(sealed[field]), (c) => c.charCodeAt(0));
          bytes[at % bytes.length]! ^= 1 << bit;
          const tampered = { ...sealed, [field]: btoa(String.fromCharCode(...bytes)) };
          expect(() => open(tampered, "openai", keyring)).toThrow(VaultError);
        },
      ),
    );
  });

  it("refuses a ciphertext moved to another credential's name", () => {
    const sealed = seal("secret-a", "a", keyring.primary);
    expect(() => open(sealed, "b", keyring)).toThrow(/failed authentication/);
  });

  it("opens values sealed under a previous key, and says which key is missing otherwise", () => {
    const old = keyringFrom(MASTER_KEY_B, undefined, names)!;
    const sealed = seal("v", "n", old.primary);
    expect(open(sealed, "n", keyring)).toBe("v");
    const stranger = keyringFrom(MASTER_KEY_A, undefined, names)!;
    expect(() => open(sealed, "n", stranger)).toThrow(new RegExp(old.primary.id));
  });
});
