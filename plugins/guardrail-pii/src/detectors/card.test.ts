import { describe, expect, it } from "vitest";
import { finder } from "../testing/found.js";

const find = finder({ detect: ["card"] });

describe("card", () => {
  it("finds Luhn-valid numbers of known schemes, bare or grouped", () => {
    const numbers = [
      "4111 1111 1111 1111", // Visa
      "5555-5555-5555-4444", // Mastercard
      "2223003122003222", // Mastercard 2-series
      "3782 822463 10005", // American Express
      "6011 1111 1111 1117", // Discover
      "3530 1113 3330 0000", // JCB
      "3056 9309 0259 04", // Diners Club
      "6200 0000 0000 0005", // UnionPay
      "6759 6498 2643 8453", // Maestro
    ];
    for (const number of numbers) expect(find(`paid with ${number}.`)).toEqual([`card:${number}`]);
  });

  it("rejects Luhn-invalid numbers, unknown prefixes, order numbers and dates", () => {
    expect(find("card 4111 1111 1111 1112")).toEqual([]); // Luhn fails
    expect(find("ref 1234567812345670")).toEqual([]); // Luhn passes, no scheme starts with 1234
    expect(find("order 2024-0001-7788-1234")).toEqual([]);
    expect(find("on 2024-01-15 at 10:30")).toEqual([]);
    expect(find("4111 1111  1111 1111")).toEqual([]); // a double space breaks the grouping
    expect(find("4111-1111 1111-1111")).toEqual([]); // mixed separators
  });

  it("does not take a card out of a longer number, a decimal or a word", () => {
    expect(find("41111111111111110000")).toEqual([]);
    expect(find("x4111111111111111 and 0.4111111111111111")).toEqual([]);
  });

  it("finds a card followed by another number in the same run", () => {
    expect(find("4111 1111 1111 1111 2029")).toEqual(["card:4111 1111 1111 1111"]);
    expect(find("12 4111 1111 1111 1111")).toEqual(["card:4111 1111 1111 1111"]);
  });
});
