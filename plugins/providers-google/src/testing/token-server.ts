/**
 * Test-only: a fake Google OAuth token endpoint (a real HTTP server from @aigw/testkit) and the
 * service account that goes with it. The RSA key pair is generated with WebCrypto; the endpoint
 * checks every assertion like Google does: grant type, RS256 signature against the public key,
 * iss / aud / scope claims and a one-hour lifetime. A bad assertion gets Google's invalid_grant.
 */
import { type FakeUpstream, json, type Reply, startFakeUpstream } from "@aigw/testkit";
import { base64ToBytes, bytesToBase64 } from "@aigw/wire-kit";

export const CLIENT_EMAIL = "gateway@test-project.iam.gserviceaccount.com";
export const SCOPE = "https://www.googleapis.com/auth/cloud-platform";

export interface TokenServer {
  upstream: FakeUpstream;
  /** The token_uri to put in the service account. */
  url: string;
  /** The service account key JSON (as in GOOGLE_APPLICATION_CREDENTIALS_JSON). */
  serviceAccountJson: string;
  /** Claims of every assertion that verified, in order. */
  verified: Record<string, unknown>[];
  /** Assertions refused, with why. */
  refused: string[];
  /** Tokens issued so far (`ya29.test-<n>`). */
  issued: string[];
  /** Overrides the next answers (after verification): e.g. a 500, or a slow answer. */
  answer: ((n: number) => Reply | undefined) | undefined;
  expiresIn: number;
  close(): Promise<void>;
}

function pem(der: ArrayBuffer): string {
  const b64 = bytesToBase64(new Uint8Array(der));
  return `-----BEGIN PRIVATE KEY-----\n${b64.match(/.{1,64}/g)!.join("\n")}\n-----END PRIVATE KEY-----\n`;
}

async function keyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(
    {
      name: "RSASSA-PKCS1-v1_5",
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: "SHA-256",
    },
    true,
    ["sign", "verify"],
  );
}

function decodeSegment(segment: string): Record<string, unknown> {
  return JSON.parse(new TextDecoder().decode(base64ToBytes(segment))) as Record<string, unknown>;
}

export async function startTokenServer(options: { projectId?: string } = {}): Promise<TokenServer> {
  const keys = await keyPair();
  const privatePem = pem(await crypto.subtle.exportKey("pkcs8", keys.privateKey));
  let url = "";
  const server: TokenServer = {
    upstream: undefined as unknown as FakeUpstream,
    url: "",
    serviceAccountJson: "",
    verified: [],
    refused: [],
    issued: [],
    answer: undefined,
    expiresIn: 3599,
    close: () => server.upstream.close(),
  };
  const refuse = (why: string) => {
    server.refused.push(why);
    return json(400, { error: "invalid_grant", error_description: why });
  };
  server.upstream = await startFakeUpstream(async (request) => {
    const form = new URLSearchParams(request.text());
    if (request.headers["content-type"] !== "application/x-www-form-urlencoded")
      return refuse("bad content type");
    if (form.get("grant_type") !== "urn:ietf:params:oauth:grant-type:jwt-bearer")
      return refuse("bad grant_type");
    const parts = (form.get("assertion") ?? "").split(".");
    if (parts.length !== 3) return refuse("not a JWT");
    const [h, p, s] = parts as [string, string, string];
    const header = decodeSegment(h);
    const claims = decodeSegment(p);
    const valid = await crypto.subtle.verify(
      "RSASSA-PKCS1-v1_5",
      keys.publicKey,
      base64ToBytes(s) as Uint8Array<ArrayBuffer>,
      new TextEncoder().encode(`${h}.${p}`),
    );
    if (!valid) return refuse("Invalid JWT Signature.");
    if (header.alg !== "RS256" || header.typ !== "JWT" || header.kid !== "key-1") return refuse("bad header");
    if (claims.iss !== CLIENT_EMAIL) return refuse("bad iss");
    if (claims.aud !== url) return refuse("bad aud");
    if (claims.scope !== SCOPE) return refuse("bad scope");
    if (typeof claims.iat !== "number" || claims.exp !== claims.iat + 3600) return refuse("bad lifetime");
    server.verified.push(claims);
    const n = server.verified.length;
    const override = server.answer?.(n);
    if (override) return override;
    const token = `ya29.test-${n}`;
    server.issued.push(token);
    return json(200, { access_token: token, expires_in: server.expiresIn, token_type: "Bearer" });
  });
  url = `${server.upstream.url}/token`;
  server.url = url;
  server.serviceAccountJson = JSON.stringify({
    type: "service_account",
    project_id: options.projectId ?? "sa-project",
    private_key_id: "key-1",
    private_key: privatePem,
    client_email: CLIENT_EMAIL,
    client_id: "1234567890",
    auth_uri: "https://accounts.google.com/o/oauth2/auth",
    token_uri: url,
  });
  return server;
}
