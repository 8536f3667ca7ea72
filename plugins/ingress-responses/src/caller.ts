/**
 * Who a stored response belongs to. The ingress runs before the pipeline (and its auth node), so
 * the caller is told by the credential it presents: a SHA-256 of the `Authorization` bearer
 * token (or `api-key` / `x-api-key`, as Azure and Anthropic clients send it). Only the hash is
 * kept; a caller that presents no credential is `anonymous`, and such callers share one space
 * (the gateway is open to them anyway). Responses made with one key are invisible with another.
 */
const encoder = new TextEncoder();

function credentialOf(headers: Headers): string | undefined {
  const authorization = headers.get("authorization");
  if (authorization) return authorization.replace(/^bearer\s+/i, "").trim() || undefined;
  return headers.get("api-key") ?? headers.get("x-api-key") ?? undefined;
}

export async function callerOf(headers: Headers): Promise<string> {
  const credential = credentialOf(headers);
  if (credential === undefined) return "anonymous";
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(credential)));
  let hex = "";
  for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
