/**
 * Microsoft Entra ID access tokens by the client-credentials flow: one POST to the tenant's
 * token endpoint for the Cognitive Services scope, the token cached until shortly before it
 * expires, and concurrent callers sharing a single request (single-flight). A caller that goes
 * away stops waiting without cancelling the fetch the others share. The client secret is never
 * put in a message.
 */
import {
  type AbortSignalLike,
  type Clock,
  GatewayError,
  type HttpClient,
  isGatewayError,
} from "@aigw/plugin-api";
import { raceAbort, sendUpstream, upstreamAbortedError } from "@aigw/wire-kit";

export const DEFAULT_AUTHORITY_HOST = "https://login.microsoftonline.com";
export const COGNITIVE_SERVICES_SCOPE = "https://cognitiveservices.azure.com/.default";
/** Tokens are renewed this long before they expire (as the Azure Identity SDKs do). */
export const REFRESH_MARGIN_MS = 5 * 60_000;
const TOKEN_TIMEOUT_MS = 30_000;

export interface EntraCredentials {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  authorityHost?: string | undefined;
  scope?: string | undefined;
}

interface CachedToken {
  token: string;
  /** Epoch ms after which a new token is fetched. */
  renewAt: number;
}

export class EntraTokenSource {
  private cached: CachedToken | undefined;
  private pending: Promise<CachedToken> | undefined;
  private readonly url: string;

  constructor(
    private readonly credentials: EntraCredentials,
    private readonly http: HttpClient,
    private readonly clock: Clock,
  ) {
    const host = (credentials.authorityHost ?? DEFAULT_AUTHORITY_HOST).replace(/\/+$/, "");
    this.url = `${host}/${encodeURIComponent(credentials.tenantId)}/oauth2/v2.0/token`;
  }

  /** A valid token: the cached one, or the one being fetched for everybody. */
  async token(signal: AbortSignalLike): Promise<string> {
    const cached = this.cached;
    if (cached && this.clock.now() < cached.renewAt) return cached.token;
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = undefined;
    });
    const token = await raceAbort(this.pending, signal, () => {
      throw upstreamAbortedError(signal, undefined);
    });
    return token.token;
  }

  /** Forgets a token the upstream refused (revoked, or a clock skew), so the next call fetches anew. */
  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = undefined;
  }

  private async fetchToken(): Promise<CachedToken> {
    const { clientId, clientSecret } = this.credentials;
    const form = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: clientId,
      client_secret: clientSecret,
      scope: this.credentials.scope ?? COGNITIVE_SERVICES_SCOPE,
    });
    const label = "Microsoft Entra ID";
    let status: number;
    let text: string;
    try {
      const exchange = await sendUpstream(
        this.http,
        {
          url: this.url,
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
          body: form.toString(),
        },
        { signal: new AbortController().signal, timeoutMs: TOKEN_TIMEOUT_MS, label },
      );
      status = exchange.response.status;
      text = await exchange.response.text();
    } catch (error) {
      const e = isGatewayError(error) ? error : undefined;
      throw new GatewayError(
        e?.code === "upstream_timeout" ? "upstream_timeout" : "upstream_unavailable",
        `Could not get a Microsoft Entra ID token for Azure OpenAI: ${e?.message ?? "the token request failed."}`,
        { cause: error },
      );
    }
    const body = parseJson(text);
    if (status < 200 || status > 299) throw refused(status, body, clientId);
    const token = typeof body?.access_token === "string" ? body.access_token : undefined;
    const lifetimeS = Number(body?.expires_in);
    if (!token || !Number.isFinite(lifetimeS) || lifetimeS <= 0) {
      throw new GatewayError("internal_error", "Microsoft Entra ID answered without an access token.");
    }
    const lifetimeMs = lifetimeS * 1000;
    // Short-lived tokens (under twice the margin) are renewed halfway through instead.
    const margin = Math.min(REFRESH_MARGIN_MS, lifetimeMs / 2);
    const cached = { token, renewAt: this.clock.now() + lifetimeMs - margin };
    this.cached = cached;
    return cached;
  }
}

/** Entra's own refusal (`invalid_client`, `unauthorized_client`...), without the secret. */
function refused(status: number, body: Record<string, unknown> | undefined, clientId: string): GatewayError {
  const code = typeof body?.error === "string" ? body.error : `HTTP ${status}`;
  const description =
    typeof body?.error_description === "string" ? body.error_description.split(/\r?\n/)[0] : undefined;
  const message = `Microsoft Entra ID refused a token for client ${clientId} (${code})${description ? `: ${description}` : "."}`;
  // A refusal is a gateway misconfiguration; an unavailable identity service is transient.
  return status >= 500
    ? new GatewayError("upstream_unavailable", message)
    : new GatewayError("internal_error", message);
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
