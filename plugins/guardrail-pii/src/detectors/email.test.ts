import { describe, expect, it } from "vitest";
import { finder } from "../testing/found.js";

const find = finder({ detect: ["email"] });

describe("email", () => {
  it("finds practical addresses, without the sentence punctuation around them", () => {
    expect(find("Write to john.doe@example.com.")).toEqual(["email:john.doe@example.com"]);
    expect(find("<a.b+tag@mail.example.co.uk>, (x_y-z%1@sub-domain.io)")).toEqual([
      "email:a.b+tag@mail.example.co.uk",
      "email:x_y-z%1@sub-domain.io",
    ]);
    expect(find("mailto:ops@xn--bcher-kva.xn--p1ai")).toEqual(["email:ops@xn--bcher-kva.xn--p1ai"]);
  });

  it("leaves handles, bare domains and malformed addresses alone", () => {
    expect(find("ping @john on the channel")).toEqual([]);
    expect(find("user@localhost and a@b.c and a@-bad.com and a@bad-.com")).toEqual([]);
    expect(find("a..b@example.com and .@example.com and x@example.123")).toEqual([]);
    expect(find("npm i @scope/pkg@1.2.3")).toEqual([]);
  });

  it("refuses a local part over 64 characters rather than flag a fragment of it", () => {
    expect(find(`${"a".repeat(65)}@example.com`)).toEqual([]);
    expect(find(`${"a".repeat(64)}@example.com`)).toEqual([`email:${"a".repeat(64)}@example.com`]);
  });

  it("stays linear on long runs of address characters", () => {
    const text = `${"a.".repeat(50_000)}@${"b-".repeat(50_000)}`;
    const started = performance.now();
    expect(find(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
