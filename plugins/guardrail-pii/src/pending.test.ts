import { describe, expect, test } from "vitest";
import { pendingFrom } from "./pending.js";

/** The tail `pendingFrom` keeps back. */
const held = (text: string) => text.slice(pendingFrom(text));

describe("pendingFrom: what a stream must still hold back", () => {
  test("ordinary prose: only the word being written", () => {
    expect(held("Thanks for your order, it ships on Mon")).toBe("Mon");
    expect(held("Thanks for your order, it ships today. ")).toBe("");
    expect(held("first line\nsecond")).toBe("second");
  });

  test("an email, a key or an IP address being written: the whole word", () => {
    expect(held("write to jane.doe@exam")).toBe("jane.doe@exam");
    expect(held("the key is sk-proj-abc123")).toBe("sk-proj-abc123");
    expect(held("from 192.168.")).toBe("192.168.");
  });

  test("a value written in groups: every group so far, across spaces", () => {
    expect(held("pay with 4111 1111 11")).toBe("4111 1111 11");
    expect(held("pay with 4111 1111 ")).toBe("4111 1111 ");
    expect(held("call +1 (415) 555-26")).toBe("+1 (415) 555-26");
    expect(held("account GB82 WEST 1234 56")).toBe("GB82 WEST 1234 56");
    expect(held("NINO AB 12 34")).toBe("NINO AB 12 34");
  });

  test("groups end at a word that cannot be part of a value, or at a new line", () => {
    expect(held("4111 1111 1111 1111 today")).toBe("today");
    expect(held("4111 1111\n2222")).toBe("2222");
    expect(held("4111 1111\n")).toBe("");
  });

  test("an unfinished PEM block is held from its BEGIN line; a finished one is not", () => {
    const begin = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n";
    expect(held(`here: ${begin}`)).toBe(begin);
    expect(held(`here: ${begin}-----END RSA PRIVATE KEY----- done`)).toBe("done");
  });

  test("an AWS key id is held while its secret may follow", () => {
    expect(held("id AKIAIOSFODNN7EXAMPLE and the secret is ")).toBe(
      "AKIAIOSFODNN7EXAMPLE and the secret is ",
    );
    expect(held("TAKIA is a word")).toBe("word");
  });
});
