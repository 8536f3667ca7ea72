/**
 * The headers that authenticate one upstream request: a Bedrock API key as a bearer token, or
 * a SigV4 signature over host, x-amz-date, x-amz-content-sha256 (the body's hash) and, with
 * temporary credentials, x-amz-security-token. Other headers (content-type, accept) are sent
 * but not signed, so nothing between us and AWS that normalises them can break the signature.
 */
import type { Auth } from "./settings.js";
import { SIGNING_SERVICE } from "./settings.js";
import { amzDate, sha256Hex, sign } from "./sigv4.js";

export interface Unsigned {
  method: "GET" | "POST";
  url: string;
  body: string;
  /** Epoch milliseconds (the gateway's clock). */
  now: number;
}

/** Authentication headers for a request (lower-case names). */
export async function authHeaders(auth: Auth, request: Unsigned): Promise<Record<string, string>> {
  if (auth.kind === "apiKey") return { authorization: `Bearer ${auth.token}` };
  const url = new URL(request.url);
  const date = amzDate(request.now);
  const payloadHash = await sha256Hex(request.body);
  const signed: Record<string, string> = {
    host: url.host,
    "x-amz-date": date,
    "x-amz-content-sha256": payloadHash,
  };
  if (auth.credentials.sessionToken) signed["x-amz-security-token"] = auth.credentials.sessionToken;
  const signature = await sign(
    {
      method: request.method,
      path: url.pathname,
      query: url.search.slice(1),
      headers: signed,
      payloadHash,
      region: auth.region,
      service: SIGNING_SERVICE,
      amzDate: date,
    },
    auth.credentials,
  );
  // `host` is set by the HTTP client from the URL (the same value we signed).
  const { host: _host, ...rest } = signed;
  return { ...rest, authorization: signature.authorization };
}
