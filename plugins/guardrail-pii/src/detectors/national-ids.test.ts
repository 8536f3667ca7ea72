import { describe, expect, it } from "vitest";
import { finder } from "../testing/found.js";

describe("us_ssn", () => {
  const find = finder({ detect: ["us_ssn"] });

  it("finds area-group-serial numbers with dashes or spaces", () => {
    expect(find("SSN 123-45-6789.")).toEqual(["us_ssn:123-45-6789"]);
    expect(find("ssn: 665 01 0001")).toEqual(["us_ssn:665 01 0001"]);
  });

  it("rejects the numbers never issued", () => {
    for (const bad of [
      "000-12-3456",
      "666-12-3456",
      "900-12-3456",
      "999-12-3456",
      "123-00-4567",
      "123-45-0000",
    ]) {
      expect(find(`SSN ${bad}`), bad).toEqual([]);
    }
  });

  it("rejects bare and mixed forms and longer runs", () => {
    expect(find("123456789 and 123-45 6789 and 123-45-67890 and 1-123-45-6789")).toEqual([]);
  });
});

describe("uk_nino", () => {
  const find = finder({ detect: ["uk_nino"] });

  it("finds numbers written compact or spaced", () => {
    expect(find("NI number AB123456C, or AB 12 34 56 C")).toEqual([
      "uk_nino:AB123456C",
      "uk_nino:AB 12 34 56 C",
    ]);
  });

  it("rejects excluded letters, unissued prefixes, a bad suffix, a missing suffix and lower case", () => {
    for (const bad of ["DA123456A", "AD123456A", "AO123456A", "QQ123456C", "GB123456A", "TN123456A"]) {
      expect(find(`NI ${bad}`), bad).toEqual([]);
    }
    expect(find("AB123456E and AB123456 and ab123456c")).toEqual([]);
  });
});

describe("ca_sin", () => {
  const find = finder({ detect: ["ca_sin"] });

  it("finds Luhn-valid numbers in 3-3-3 groups", () => {
    expect(find("SIN 130 692 544")).toEqual(["ca_sin:130 692 544"]);
    expect(find("SIN 130-692-544.")).toEqual(["ca_sin:130-692-544"]);
  });

  it("rejects a Luhn failure, a first digit 0 or 8, and the bare form", () => {
    expect(find("SIN 130 692 545")).toEqual([]);
    expect(find("SIN 046 454 286 and 800 000 002")).toEqual([]);
    expect(find("SIN 130692544")).toEqual([]);
  });
});

describe("in_aadhaar", () => {
  const find = finder({ detect: ["in_aadhaar"] });

  it("finds Verhoeff-valid numbers, grouped or bare", () => {
    expect(find("Aadhaar 2341 2341 2346")).toEqual(["in_aadhaar:2341 2341 2346"]);
    expect(find("aadhaar 234123412346.")).toEqual(["in_aadhaar:234123412346"]);
  });

  it("rejects a Verhoeff failure, a first digit 0 or 1 and mixed separators", () => {
    expect(find("2341 2341 2347")).toEqual([]);
    expect(find("1341 2341 2346 and 0341 2341 2346")).toEqual([]);
    expect(find("2341-2341 2346")).toEqual([]);
  });
});
