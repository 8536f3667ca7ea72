import { describe, expect, it } from "vitest";
import { finder } from "../testing/found.js";

const find = finder({ detect: ["iban"] });

describe("iban", () => {
  it("finds IBANs in electronic and print format", () => {
    expect(find("IBAN GB82 WEST 1234 5698 7654 32, thanks")).toEqual(["iban:GB82 WEST 1234 5698 7654 32"]);
    expect(find("to DE89370400440532013000.")).toEqual(["iban:DE89370400440532013000"]);
    expect(find("FR14 2004 1010 0505 0001 3M02 606 and NL91ABNA0417164300")).toEqual([
      "iban:FR14 2004 1010 0505 0001 3M02 606",
      "iban:NL91ABNA0417164300",
    ]);
  });

  it("stops at the country's length even when upper-case text follows", () => {
    expect(find("GB82 WEST 1234 5698 7654 32 OK")).toEqual(["iban:GB82 WEST 1234 5698 7654 32"]);
  });

  it("rejects a wrong checksum, a wrong length, an unknown country and a glued suffix", () => {
    expect(find("GB83 WEST 1234 5698 7654 32")).toEqual([]);
    expect(find("GB82 WEST 1234 5698 7654 3")).toEqual([]);
    expect(find("XX82WEST12345698765432")).toEqual([]);
    expect(find("GB82WEST12345698765432X")).toEqual([]);
    expect(find("model AB12 is out")).toEqual([]);
  });
});
