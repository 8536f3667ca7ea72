// The SigV4 signer against AWS's published Signature Version 4 test suite (the vectors of the
// former "Signature Version 4 Test Suite" page, as kept in awslabs/aws-c-auth under
// tests/aws-signing-test-suite/v4/: credentials AKIDEXAMPLE, region us-east-1, service
// "service", 2015-08-30T12:36:00Z) and AWS's documented signing-key example.
import { describe, expect, it } from "vitest";
import {
  amzDate,
  canonicalQuery,
  canonicalUri,
  hex,
  sha256Hex,
  sign,
  signingKey,
  uriEncode,
} from "./sigv4.js";

const SUITE = {
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
  region: "us-east-1",
  service: "service",
  amzDate: "20150830T123600Z",
};
const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const baseHeaders = { Host: "example.amazonaws.com", "X-Amz-Date": "20150830T123600Z" };

async function suiteSign(
  method: string,
  path: string,
  query = "",
  headers: Record<string, string> = baseHeaders,
) {
  return sign({ method, path, query, headers, payloadHash: EMPTY_SHA256, ...SUITE }, SUITE.credentials);
}

describe("SigV4 against AWS's test suite", () => {
  it("get-vanilla: canonical request, string to sign and signature", async () => {
    const s = await suiteSign("GET", "/");
    expect(s.canonicalRequest).toBe(
      `GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n${EMPTY_SHA256}`,
    );
    expect(s.stringToSign.split("\n").slice(0, 3)).toEqual([
      "AWS4-HMAC-SHA256",
      "20150830T123600Z",
      "20150830/us-east-1/service/aws4_request",
    ]);
    expect(s.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
    );
  });

  it.each([
    // [case, method, path, query, signature]
    ["post-vanilla", "POST", "/", "", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"],
    [
      "get-vanilla-query-order-key-case",
      "GET",
      "/",
      "Param2=value2&Param1=value1",
      "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500",
    ],
    ["get-utf8", "GET", "/ሴ", "", "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85"],
    [
      "get-space-normalized",
      "GET",
      "/example space/",
      "",
      "652487583200325589f1fba4c7e578f72c47cb61beeca81406b39ddec1366741",
    ],
  ])("%s", async (_case, method, path, query, signature) => {
    expect((await suiteSign(method, path, query)).signature).toBe(signature);
  });

  it("get-vanilla-with-session-token: the token is a signed header", async () => {
    const s = await suiteSign("GET", "/", "", {
      ...baseHeaders,
      "X-Amz-Security-Token": "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267",
    });
    expect(s.signedHeaders).toBe("host;x-amz-date;x-amz-security-token");
    expect(s.signature).toBe("07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8");
  });

  it("derives AWS's documented example signing key (20120215, us-east-1, iam)", async () => {
    const key = await signingKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20120215", "us-east-1", "iam");
    expect(hex(key)).toBe("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d");
  });
});

describe("canonical forms", () => {
  it("double-encodes a Bedrock model id's colon in the canonical path (non-S3 services)", () => {
    const wirePath = `/model/${encodeURIComponent("anthropic.claude-3-haiku-20240307-v1:0")}/converse-stream`;
    expect(wirePath).toBe("/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse-stream");
    expect(canonicalUri(wirePath)).toBe("/model/anthropic.claude-3-haiku-20240307-v1%253A0/converse-stream");
    // An inference-profile ARN: its `/` is a path character of the id, so it travels as %2F.
    const arn = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-haiku";
    expect(canonicalUri(`/model/${encodeURIComponent(arn)}/converse`)).toBe(
      "/model/arn%253Aaws%253Abedrock%253Aus-east-1%253A123456789012%253Ainference-profile%252Fus.anthropic.claude-3-haiku/converse",
    );
  });

  it("encodes everything but unreserved characters, upper-case hex, space as %20", () => {
    expect(uriEncode("a b/c~d._-*é")).toBe("a%20b%2Fc~d._-%2A%C3%A9");
  });

  it("sorts query parameters by encoded name then value", () => {
    expect(canonicalQuery("b=2&a=1&A=0&a=0")).toBe("A=0&a=0&a=1&b=2");
    expect(canonicalQuery("")).toBe("");
  });

  it("formats x-amz-date and hashes payloads", async () => {
    expect(amzDate(Date.UTC(2015, 7, 30, 12, 36, 0))).toBe("20150830T123600Z");
    expect(await sha256Hex("")).toBe(EMPTY_SHA256);
  });
});
