import { describe, expect, it } from "vitest";
import { finder } from "../testing/found.js";

// Known formats only: the entropy detector is tested on its own.
const find = finder({ detect: ["secret"], secrets: { entropy: false } });

describe("secret (known formats)", () => {
  it("finds provider keys by their prefix", () => {
    const keys = [
      "sk-proj-abc123DEF456ghi789JKL012mno345pqr678",
      "sk-ant-api03-AbCdEf0123456789_GhIjKl-mnopQRST",
      "sk-abcdefghij0123456789ABCDEFGHIJ0123456789klmnopqr",
      "AKIAIOSFODNN7EXAMPLE",
      "ASIAY34FZKBOKMUTVV7A",
      "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
      "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
      "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
      "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
      "rk_live_51Habcdefghijklmnop",
      "AIzaSyA-1234567890abcdefghijklmnopqrstu",
    ];
    for (const key of keys) expect(find(`key=${key};`), key).toEqual([`secret:${key}`]);
  });

  it("finds an AWS secret access key near its key id", () => {
    const text =
      "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    expect(find(text)).toEqual([
      "secret:AKIAIOSFODNN7EXAMPLE",
      "secret:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ]);
  });

  it("finds JSON Web Tokens and PEM private-key blocks, also truncated ones", () => {
    const jwt =
      "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    expect(find(`Bearer ${jwt}`)).toEqual([`secret:${jwt}`]);
    const pem =
      "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n-----END OPENSSH PRIVATE KEY-----";
    expect(find(`key:\n${pem}\nthanks`)).toEqual([`secret:${pem}`]);
    expect(find("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nAbCd\n\nrest")).toEqual([
      "secret:-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nAbCd",
    ]);
  });

  it("leaves look-alikes alone: words, short bodies, public keys and certificates", () => {
    expect(find("a task-force of sk-learn-users, the desk-job")).toEqual([]);
    expect(find("sk-short1 and ghp_tooShort123 and xoxb-abc and AKIA1234")).toEqual([]);
    expect(find("pk_live_4eC39HqLyjWDarjtT1zdp7dc is publishable")).toEqual([]);
    expect(find("-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----")).toEqual([]);
    expect(find("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----")).toEqual([]);
    expect(find("eyJhbGciOiJIUzI1NiJ9 alone is only a header")).toEqual([]);
  });

  it("does not report an AWS-looking 40-character run far from any key id", () => {
    expect(find(`${"x".repeat(300)} wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`)).toEqual([]);
  });
});
