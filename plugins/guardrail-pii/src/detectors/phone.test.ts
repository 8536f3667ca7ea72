import { describe, expect, it } from "vitest";
import { compileDetector } from "../detector.js";
import type { Span } from "../span.js";
import { finder } from "../testing/found.js";
import { createCardFinder } from "./card.js";
import { createEmailFinder } from "./email.js";
import { createPhoneFinder } from "./phone.js";

describe("phone", () => {
  const us = finder({ detect: ["phone"] });
  const ukAndUs = finder({ detect: ["phone"], phoneRegions: ["GB", "US"] });

  it("finds national numbers of the configured regions in the usual formats", () => {
    expect(us("call (415) 555-2671 or 415.555.2671 or 415-555-2671 today")).toEqual([
      "phone:(415) 555-2671",
      "phone:415.555.2671",
      "phone:415-555-2671",
    ]);
    expect(ukAndUs("ring 020 7946 0958 or (415) 555-2671")).toEqual([
      "phone:020 7946 0958",
      "phone:(415) 555-2671",
    ]);
    expect(us("ring 020 7946 0958")).toEqual([]);
  });

  it("finds numbers dialled with the region's international prefix", () => {
    expect(us("from the US dial 011 44 20 7946 0958")).toEqual(["phone:011 44 20 7946 0958"]);
    expect(ukAndUs("from the UK dial 00 1 415 555 2671")).toEqual(["phone:00 1 415 555 2671"]);
  });

  it("finds international numbers whatever the region", () => {
    expect(us("office +44 20 7946 0958, Paris +33 1 42 68 53 00, DC +1-202-456-1111.")).toEqual([
      "phone:+44 20 7946 0958",
      "phone:+33 1 42 68 53 00",
      "phone:+1-202-456-1111",
    ]);
  });

  it("does not take a bare run for a national number written without its trunk prefix", () => {
    // Valid UK numbers to libphonenumber without their leading 0, and Unix timestamps.
    expect(ukAndUs("created 1440938160, updated 1700000000")).toEqual([]);
    expect(ukAndUs("ring 01440 938160")).toEqual(["phone:01440 938160"]);
  });

  it("rejects invalid numbers, dates, times, versions, prices and short numbers", () => {
    expect(us("call 555-123-4567 or (123) 456-7890")).toEqual([]);
    expect(us("on 2024-01-15, 15/01/2024 or 01.15.2024 at 10:30")).toEqual([]);
    expect(us("version 1.2.3.4, price 1,299.00, order 12345, zip 94103")).toEqual([]);
    expect(us("+1 234")).toEqual([]);
  });

  it("leaves numbers another detector claimed to it", () => {
    const detect = compileDetector({});
    const text = "SSN 123-45-6789, card 4111 1111 1111 1111";
    expect(detect(text).map((span) => span.label)).toEqual(["us_ssn", "card"]);
  });

  it("rejects regions libphonenumber does not know", () => {
    expect(() => compileDetector({ phoneRegions: ["XX"] })).toThrow(/phoneRegions: "XX"/);
    expect(() => compileDetector({ phoneRegions: [] })).toThrow(/at least one region/);
  });

  it("answers the same from its cache as from libphonenumber", () => {
    const detect = compileDetector({ detect: ["phone"] });
    const text = "call (415) 555-2671";
    const first = detect(text);
    expect(detect(text)).toEqual(first);
    expect(first).toEqual([{ start: 5, end: 19, label: "phone" }]);
  });

  it("reads what earlier finders found once, however many candidates follow", () => {
    // Every card is a phone candidate, and the emails come before the cards in the list: 2,000
    // candidates compared with every span before their own read the list 6 million times.
    const text = "hello world 4111 1111 1111 1111 a.b@example.com ".repeat(2_000);
    const found: Span[] = [];
    createEmailFinder()(text, found);
    createCardFinder()(text, found);
    expect(found).toHaveLength(4_000);
    let reads = 0;
    const counted = new Proxy(found, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    createPhoneFinder(["US"])(text, counted);
    expect(found).toHaveLength(4_000);
    expect(reads).toBeLessThanOrEqual(2 * found.length);
  });
});
