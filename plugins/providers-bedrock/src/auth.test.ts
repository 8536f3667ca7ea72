// Authentication as the fake upstream sees it: the SigV4 signature is recomputed server-side by
// an independent implementation (node:crypto, written from AWS's description, double-encoding
// the path received on the wire) and must match; temporary credentials add a signed
// x-amz-security-token; a Bedrock API key is a bearer token; missing credentials are a clear
// error naming the variable, and nothing is sent.
import { createHash, createHmac } from "node:crypto";
import type { RecordedRequest } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { CREDENTIALS, chatBody, converseAnswer, type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const answer = converseAnswer([{ text: "ok" }]);

/** AWS's canonical URI for a non-S3 service: every byte of each wire segment but unreserved ones, encoded again. */
function encodeSegment(segment: string): string {
  return [...Buffer.from(segment, "utf8")]
    .map((b) => {
      const c = String.fromCharCode(b);
      return /[A-Za-z0-9\-._~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
    })
    .join("");
}

/** Verifies a request's Authorization header the way AWS would, from what was received. */
function verifySigV4(request: RecordedRequest, secret: string): { ok: boolean; canonicalRequest: string } {
  const auth = request.headers.authorization ?? "";
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!m) return { ok: false, canonicalRequest: "" };
  const [, , date, region, service, signedHeaders, signature] = m;
  const names = signedHeaders!.split(";");
  const [path, query = ""] = request.path.split("?");
  const payloadHash = createHash("sha256").update(request.body).digest("hex");
  const canonicalRequest = [
    request.method,
    path!.split("/").map(encodeSegment).join("/"),
    query,
    names.map((n) => `${n}:${(request.headers[n] ?? "").trim()}\n`).join(""),
    signedHeaders,
    payloadHash,
  ].join("\n");
  const amzDate = request.headers["x-amz-date"]!;
  const scope = `${date}/${region}/${service}/aws4_request`;
  const toSign = [
    "AWS4-HMAC-SHA256",
    amzDate,
    scope,
    createHash("sha256").update(canonicalRequest).digest("hex"),
  ].join("\n");
  const hmac = (key: Buffer | string, data: string) => createHmac("sha256", key).update(data).digest();
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date!), region!), service!), "aws4_request");
  const expected = createHmac("sha256", key).update(toSign).digest("hex");
  // The payload hash header must describe the body that actually arrived.
  const bodyOk = request.headers["x-amz-content-sha256"] === payloadHash;
  return { ok: expected === signature && bodyOk, canonicalRequest };
}

describe("SigV4 on the wire", () => {
  it("signs host, x-amz-date and x-amz-content-sha256 over the double-encoded model path; the server's recomputation matches", async () => {
    h = await harness(answer);
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(200);
    const seen = h.upstream.requests[0]!;
    expect(seen.path).toBe("/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse");
    expect(seen.headers["x-amz-date"]).toBe("20150830T123600Z");
    expect(seen.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20150830\/us-east-1\/bedrock\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
    const verdict = verifySigV4(seen, CREDENTIALS.AWS_SECRET_ACCESS_KEY);
    expect(verdict.canonicalRequest.split("\n")[1]).toBe(
      "/model/anthropic.claude-3-haiku-20240307-v1%253A0/converse",
    );
    expect(verdict.ok).toBe(true);
    // A tampered secret does not verify: the check is real.
    expect(verifySigV4(seen, "not-the-secret").ok).toBe(false);
    expect(seen.headers["x-amz-security-token"]).toBeUndefined();
  });

  it("signs streams and inference-profile ARNs the same way", async () => {
    h = await harness(answer, {
      config: {
        model:
          "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0",
      },
    });
    await h.post("/v1/chat/completions", chatBody());
    const seen = h.upstream.requests[0]!;
    expect(seen.path).toBe(
      "/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Ainference-profile%2Fus.anthropic.claude-3-haiku-20240307-v1%3A0/converse",
    );
    expect(verifySigV4(seen, CREDENTIALS.AWS_SECRET_ACCESS_KEY).ok).toBe(true);
  });

  it("adds the session token of temporary credentials as a signed header", async () => {
    h = await harness(answer, { env: { ...CREDENTIALS, AWS_SESSION_TOKEN: "FwoGZXIvYXdzEtoken//==" } });
    await h.post("/v1/chat/completions", chatBody());
    const seen = h.upstream.requests[0]!;
    expect(seen.headers["x-amz-security-token"]).toBe("FwoGZXIvYXdzEtoken//==");
    expect(seen.headers.authorization).toContain(
      "SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token,",
    );
    expect(verifySigV4(seen, CREDENTIALS.AWS_SECRET_ACCESS_KEY).ok).toBe(true);
  });

  it("reads credentials from the variables the config names", async () => {
    h = await harness(answer, {
      config: { accessKeyIdEnv: "BR_ID", secretAccessKeyEnv: "BR_SECRET", region: "eu-west-3" },
      env: { BR_ID: "AKIDOTHER", BR_SECRET: "other-secret" },
    });
    await h.post("/v1/chat/completions", chatBody());
    const seen = h.upstream.requests[0]!;
    expect(seen.headers.authorization).toContain(
      "Credential=AKIDOTHER/20150830/eu-west-3/bedrock/aws4_request",
    );
    expect(verifySigV4(seen, "other-secret").ok).toBe(true);
  });
});

describe("Bedrock API keys", () => {
  it("sends AWS_BEARER_TOKEN_BEDROCK as a bearer token (and no signature) when it is set", async () => {
    h = await harness(answer, { env: { ...CREDENTIALS, AWS_BEARER_TOKEN_BEDROCK: "bedrock-api-key-123" } });
    await h.post("/v1/chat/completions", chatBody());
    const seen = h.upstream.requests[0]!;
    expect(seen.headers.authorization).toBe("Bearer bedrock-api-key-123");
    expect(seen.headers["x-amz-date"]).toBeUndefined();
  });

  it("auth: sigv4 wins over a present API key", async () => {
    h = await harness(answer, {
      config: { auth: "sigv4" },
      env: { ...CREDENTIALS, AWS_BEARER_TOKEN_BEDROCK: "bedrock-api-key-123" },
    });
    await h.post("/v1/chat/completions", chatBody());
    expect(h.upstream.requests[0]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
  });
});

describe("missing configuration", () => {
  it.each([
    [{}, { AWS_REGION: "us-east-1" }, /AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/],
    [{}, { AWS_REGION: "us-east-1", AWS_ACCESS_KEY_ID: "AKID" }, /AWS_SECRET_ACCESS_KEY/],
    [{ auth: "apiKey" as const }, { AWS_REGION: "us-east-1" }, /AWS_BEARER_TOKEN_BEDROCK/],
    [{ baseUrl: undefined }, { AWS_ACCESS_KEY_ID: "a", AWS_SECRET_ACCESS_KEY: "b" }, /AWS_REGION/],
  ])("config %o with env %o: 500 naming the variable, nothing sent", async (config, env, message) => {
    h = await harness(answer, { config, env, noBaseUrl: "baseUrl" in config });
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(message);
    expect(body.error.message).not.toContain("wJalr");
    expect(h.upstream.requests).toHaveLength(0);
    expect(h.warnings.join("\n")).toMatch(message);
  });

  it("defaults the endpoint to bedrock-runtime.{region}.amazonaws.com", async () => {
    const { resolveTarget } = await import("./settings.js");
    const target = resolveTarget(
      {},
      { get: (name) => ({ ...CREDENTIALS, AWS_REGION: "ap-northeast-1" })[name] },
    );
    expect(target).toMatchObject({
      ok: true,
      baseUrl: "https://bedrock-runtime.ap-northeast-1.amazonaws.com",
    });
  });
});

describe("a credential from the vault", () => {
  const keys = {
    accessKeyId: "AKIDVAULT",
    secretAccessKey: "vault/secret/key+EXAMPLE",
    sessionToken: "vault-session-token",
  };
  const region = { AWS_REGION: "us-east-1" };

  it("signs with access keys stored as JSON (session token included), and with rotated ones from the next request on", async () => {
    const vault = new Map([["bedrock", JSON.stringify(keys)]]);
    h = await harness(answer, { config: { credential: "bedrock" }, env: region, credentials: vault });
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(200);
    const rotated = { accessKeyId: "AKIDROTATED", secretAccessKey: "rotated/secret" };
    vault.set("bedrock", JSON.stringify(rotated));
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(200);
    const [first, second] = h.upstream.requests;
    expect(first!.headers.authorization).toContain("Credential=AKIDVAULT/");
    expect(first!.headers["x-amz-security-token"]).toBe(keys.sessionToken);
    expect(verifySigV4(first!, keys.secretAccessKey).ok).toBe(true);
    expect(second!.headers.authorization).toContain("Credential=AKIDROTATED/");
    expect(second!.headers["x-amz-security-token"]).toBeUndefined();
    expect(verifySigV4(second!, rotated.secretAccessKey).ok).toBe(true);
  });

  it("auth: apiKey sends the value as a bearer token, even one that looks like JSON", async () => {
    const vault = new Map([["bedrock", '{"not":"keys"}']]);
    h = await harness(answer, {
      config: { credential: "bedrock", auth: "apiKey" },
      env: {},
      credentials: vault,
    });
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(200);
    expect(h.upstream.requests[0]!.headers.authorization).toBe('Bearer {"not":"keys"}');
  });

  it.each([
    ["not JSON", "sigv4-not-json-value", { auth: "sigv4" as const }],
    ["JSON without a secret key", JSON.stringify({ accessKeyId: "AKIDONLY" }), {}],
  ])(
    "a value that is %s is a 500 naming the credential, never its value, and nothing is sent",
    async (_t, value, extra) => {
      const vault = new Map([["bedrock", value]]);
      h = await harness(answer, {
        config: { credential: "bedrock", ...extra },
        env: region,
        credentials: vault,
      });
      const res = await h.post("/v1/chat/completions", chatBody());
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).toContain('credential \\"bedrock\\"');
      expect(text).toContain("is not AWS access keys");
      expect(text).not.toContain(value.replace(/"/g, '\\"'));
      expect(h.upstream.requests).toHaveLength(0);
    },
  );

  it("access keys without a region (and no region in the config) are a 500 naming the variable", async () => {
    const vault = new Map([["bedrock", JSON.stringify(keys)]]);
    h = await harness(answer, { config: { credential: "bedrock" }, env: {}, credentials: vault });
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(500);
    expect((await res.json()).error.message).toContain("AWS_REGION");
    expect(h.upstream.requests).toHaveLength(0);
  });
});
