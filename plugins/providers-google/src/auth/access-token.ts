/**
 * Vertex AI access tokens from a service account: sign a JWT assertion, exchange it at the key's
 * token_uri (grant_type jwt-bearer) through the gateway's HTTP client, and cache the token until
 * shortly before it expires. Concurrent requests share one exchange (single flight); a caller
 * that goes away stops waiting without cancelling the exchange the others wait for.
 */
import {
  type AbortSignalLike,
  type Clock,
  GatewayError,
  type HttpClient,
  isGatewayError,
} from "@aigw/plugin-api";
import { raceAbort } from "@aigw/wire-kit";
import { CLOUD_PLATFORM_SCOPE, importPrivateKey, signAssertion } from "./jwt.js";
import {
  type CredentialSource,
  loadCredentialText,
  parseServiceAccount,
  type ServiceAccount,
} from "./service-account.js";

const GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";
/** Refresh this long before expiry, so a token never expires in flight. */
const REFRESH_MARGIN_MS = 5 * 60_000;
const EXCHANGE_TIMEOUT_MS = 30_000;

interface Token {
  value: string;
  /** Epoch ms after which it is not used any more (expiry minus the margin). */
  refreshAt: number;
}

interface Account {
  sa: ServiceAccount;
  key: CryptoKey;
}

export class ServiceAccountTokens {
  private account: Promise<Account> | undefined;
  private cached: Token | undefined;
  private inflight: Promise<Token> | undefined;

  constructor(
    private readonly source: CredentialSource,
    private readonly http: HttpClient,
    private readonly clock: Clock,
  ) {}

  /** The service account's project, once its key is loaded. */
  async projectId(): Promise<string | undefined> {
    return (await this.loadAccount()).sa.projectId;
  }

  /** A valid access token: the cached one, or the result of the (shared) exchange. */
  async token(signal: AbortSignalLike): Promise<string> {
    const now = this.clock.now();
    if (this.cached && now < this.cached.refreshAt) return this.cached.value;
    if (!this.inflight) {
      const exchange = this.exchange().then((token) => {
        this.cached = token;
        return token;
      });
      this.inflight = exchange;
      const clear = () => {
        if (this.inflight === exchange) this.inflight = undefined;
      };
      exchange.then(clear, clear);
    }
    const token = await raceAbort(this.inflight, signal, () => {
      throw abortError(signal);
    });
    return token.value;
  }

  /** Forgets a token Google refused (401), unless a newer one replaced it already. */
  invalidate(value: string): void {
    if (this.cached?.value === value) this.cached = undefined;
  }

  private loadAccount(): Promise<Account> {
    if (!this.account) {
      const source = this.source;
      const origin = source.kind === "none" ? "" : source.origin;
      const loading = (async () => {
        const sa = parseServiceAccount(await loadCredentialText(source), origin);
        let key: CryptoKey;
        try {
          key = await importPrivateKey(sa.privateKey);
        } catch (error) {
          throw new Error(`The private key in ${origin} is unusable: ${(error as Error).message}.`);
        }
        return { sa, key };
      })();
      this.account = loading;
      // A failed load (file not there yet, bad JSON) is retried on the next request.
      loading.catch(() => {
        if (this.account === loading) this.account = undefined;
      });
    }
    return this.account.then(undefined, (error: unknown) => {
      throw isGatewayError(error) ? error : new GatewayError("internal_error", (error as Error).message);
    });
  }

  private async exchange(): Promise<Token> {
    const { sa, key } = await this.loadAccount();
    const issuedAt = Math.floor(this.clock.now() / 1000);
    const assertion = await signAssertion(key, {
      clientEmail: sa.clientEmail,
      tokenUri: sa.tokenUri,
      scope: CLOUD_PLATFORM_SCOPE,
      issuedAt,
      keyId: sa.privateKeyId,
    });
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new Error("token exchange timeout")),
      EXCHANGE_TIMEOUT_MS,
    );
    let status: number;
    let text: string;
    try {
      const res = await this.http.request({
        url: sa.tokenUri,
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
        body: new URLSearchParams({ grant_type: GRANT_TYPE, assertion }).toString(),
        signal: controller.signal,
        headersTimeoutMs: EXCHANGE_TIMEOUT_MS,
      });
      status = res.status;
      text = await res.text();
    } catch (error) {
      throw new GatewayError(
        "upstream_unavailable",
        "Could not reach Google's OAuth token endpoint to authenticate to Vertex AI.",
        { cause: error },
      );
    } finally {
      clearTimeout(timer);
    }
    const body = parseJson(text);
    if (status < 200 || status > 299) {
      const reason = [body.error, body.error_description].filter((v) => typeof v === "string").join(": ");
      const detail = reason ? ` (${reason})` : ` (HTTP ${status})`;
      if (status >= 500) {
        throw new GatewayError(
          "upstream_unavailable",
          `Google's OAuth token endpoint failed${detail}; Vertex AI could not be authenticated.`,
        );
      }
      // A refused assertion is the gateway's own misconfiguration, not the client's fault.
      throw new GatewayError(
        "internal_error",
        `Google refused the Vertex AI service account ${sa.clientEmail}${detail}.`,
      );
    }
    const value = body.access_token;
    if (typeof value !== "string" || value.length === 0) {
      throw new GatewayError(
        "upstream_error",
        "Google's OAuth token endpoint answered without an access_token.",
      );
    }
    const lifetimeMs = (typeof body.expires_in === "number" ? body.expires_in : 3600) * 1000;
    const margin = Math.min(REFRESH_MARGIN_MS, lifetimeMs / 2);
    return { value, refreshAt: this.clock.now() + lifetimeMs - margin };
  }
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function abortError(signal: AbortSignalLike): GatewayError {
  const reason: unknown = signal.reason;
  if (isGatewayError(reason)) return reason;
  return new GatewayError("client_closed", "The request was aborted while authenticating to Vertex AI.", {
    cause: reason,
  });
}
