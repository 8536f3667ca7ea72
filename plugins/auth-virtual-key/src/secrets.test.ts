// Secrets: the shape of keys and tokens, uniform base62, hashes that identify, ids that sort.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashSecret, hintOf, newAdminToken, newId, newKeySecret, randomBase62 } from "./secrets.js";

describe("secrets", () => {
  it("keys and tokens carry their prefix and 43 base62 characters (~256 bits)", () => {
    expect(newKeySecret()).toMatch(/^sk-aigw-[0-9A-Za-z]{43}$/);
    expect(newAdminToken()).toMatch(/^aigw-admin-[0-9A-Za-z]{43}$/);
    expect(new Set(Array.from({ length: 1000 }, newKeySecret)).size).toBe(1000);
  });

  it("draws every base62 character about equally (no modulo bias)", () => {
    const counts = new Map<string, number>();
    for (const c of randomBase62(62_000)) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(62);
    for (const n of counts.values()) expect(Math.abs(n - 1000)).toBeLessThan(200);
  });

  it("hashes with SHA-256 and hints with the last four characters", () => {
    expect(hashSecret("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hintOf("sk-aigw-abcdWXYZ")).toBe("WXYZ");
  });

  it("ids sort by creation time", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 45 }), fc.integer({ min: 1, max: 2 ** 30 }), (t, dt) => {
        expect(newId("key", t) < newId("key", t + dt)).toBe(true);
      }),
    );
  });

  it("ids made in the same millisecond, or after the clock stepped back, keep the order they were made in", () => {
    const t = Date.now() + 10_000_000;
    const ids = [...Array.from({ length: 200 }, () => newId("key", t)), newId("key", t - 5_000)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
