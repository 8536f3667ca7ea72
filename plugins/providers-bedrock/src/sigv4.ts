/**
 * AWS Signature Version 4, written on WebCrypto (HMAC-SHA256 and SHA-256 via `crypto.subtle`),
 * so it runs on any runtime without the AWS SDK or Buffer.
 *
 * The steps, as AWS documents them:
 * 1. canonical request = method \n canonical URI \n canonical query \n canonical headers \n
 *    signed headers \n hex(sha256(payload));
 * 2. string to sign = "AWS4-HMAC-SHA256" \n amz-date \n scope \n hex(sha256(canonical request)),
 *    scope = date/region/service/aws4_request;
 * 3. signing key = HMAC(HMAC(HMAC(HMAC("AWS4"+secret, date), region), service), "aws4_request");
 * 4. signature = hex(HMAC(signing key, string to sign)), sent in the Authorization header.
 *
 * The canonical URI URI-encodes each segment of the path *as sent on the wire*. For every
 * service but S3 that means the path is encoded twice: Bedrock's model id
 * `anthropic.claude-3-haiku-20240307-v1:0` travels as `...v1%3A0` and is signed as `...v1%253A0`
 * (AWS's own "canonical string should have been" errors show exactly this form).
 */

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
}

export interface SignInput {
  method: string;
  /** The path as sent (already percent-encoded where needed), e.g. `/model/a%3Ab/converse`. */
  path: string;
  /** The raw query string without `?` (may be empty). */
  query?: string;
  /** The headers to sign (names any case); `host` and `x-amz-date` must be among them. */
  headers: Record<string, string>;
  /** Hex SHA-256 of the body (or `UNSIGNED-PAYLOAD`). */
  payloadHash: string;
  region: string;
  service: string;
  /** `YYYYMMDDTHHMMSSZ`, the same value as the `x-amz-date` header. */
  amzDate: string;
}

export interface Signature {
  canonicalRequest: string;
  stringToSign: string;
  signedHeaders: string;
  signature: string;
  authorization: string;
}

const encoder = new TextEncoder();

/** `YYYYMMDDTHHMMSSZ` for an epoch-milliseconds time. */
export function amzDate(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** Hex SHA-256 of a string or bytes. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === "string" ? encoder.encode(data) : data;
  return hex(new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>)));
}

/** RFC 3986 encoding as SigV4 wants it: everything but A-Z a-z 0-9 - . _ ~ as %XX (upper case). */
export function uriEncode(text: string): string {
  let out = "";
  for (const byte of encoder.encode(text)) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** The canonical URI: each segment of the wire path encoded (again). An empty path is `/`. */
export function canonicalUri(path: string): string {
  if (!path) return "/";
  return path
    .split("/")
    .map((segment) => uriEncode(segment))
    .join("/");
}

/** The canonical query: parameters encoded, sorted by name then value, joined with `&`. */
export function canonicalQuery(query: string | undefined): string {
  if (!query) return "";
  const pairs = query
    .split("&")
    .filter((p) => p.length > 0)
    .map((p) => {
      const eq = p.indexOf("=");
      const key = eq < 0 ? p : p.slice(0, eq);
      const value = eq < 0 ? "" : p.slice(eq + 1);
      return [uriEncode(decodeComponent(key)), uriEncode(decodeComponent(value))] as const;
    });
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join("&");
}

/** Signs a request; returns every intermediate form (tests compare them with AWS's vectors). */
export async function sign(input: SignInput, credentials: Credentials): Promise<Signature> {
  const headers = Object.entries(input.headers)
    .map(([name, value]) => [name.toLowerCase(), value.trim().replace(/\s+/g, " ")] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const signedHeaders = headers.map(([name]) => name).join(";");
  const canonicalRequest = [
    input.method.toUpperCase(),
    canonicalUri(input.path),
    canonicalQuery(input.query),
    headers.map(([name, value]) => `${name}:${value}\n`).join(""),
    signedHeaders,
    input.payloadHash,
  ].join("\n");
  const date = input.amzDate.slice(0, 8);
  const scope = `${date}/${input.region}/${input.service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", input.amzDate, scope, await sha256Hex(canonicalRequest)].join(
    "\n",
  );
  const key = await signingKey(credentials.secretAccessKey, date, input.region, input.service);
  const signature = hex(await hmac(key, stringToSign));
  return {
    canonicalRequest,
    stringToSign,
    signedHeaders,
    signature,
    authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}

/** The derived signing key (kSigning) for a date (`YYYYMMDD`), region and service. */
export async function signingKey(
  secretAccessKey: string,
  date: string,
  region: string,
  service: string,
): Promise<Uint8Array> {
  const kDate = await hmac(encoder.encode(`AWS4${secretAccessKey}`), date);
  const kRegion = await hmac(kDate, region);
  const kService = await hmac(kRegion, service);
  return hmac(kService, "aws4_request");
}

async function hmac(key: Uint8Array, data: string): Promise<Uint8Array> {
  const cryptoKey = await crypto.subtle.importKey(
    "raw",
    key as Uint8Array<ArrayBuffer>,
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return new Uint8Array(await crypto.subtle.sign("HMAC", cryptoKey, encoder.encode(data)));
}

export function hex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b.toString(16).padStart(2, "0");
  return out;
}

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, "%20"));
  } catch {
    return text;
  }
}
