/**
 * One authenticated POST to Bedrock's runtime: resolves the endpoint and credentials, signs (or
 * adds the API key), sends through the gateway's HTTP client, and turns any non-2xx answer into
 * the matching gateway error. Callers get the exchange with a 2xx response still unread.
 */
import { type AbortSignalLike, GatewayError, type HttpClient, type Services } from "@aigw/plugin-api";
import { readUpstreamText, sendUpstream, type UpstreamExchange, withoutSecret } from "@aigw/wire-kit";
import { authHeaders } from "./auth.js";
import type { BedrockProviderConfig } from "./config.gen.js";
import { errorFromBedrock } from "./errors.js";
import { LABEL, resolveTarget } from "./settings.js";
import { secretsOf } from "./vault-auth.js";

export interface PostOptions {
  path: string;
  body: string;
  accept: string;
  signal: AbortSignalLike;
  timeoutMs: number;
  /** The calling node, named in messages about its credential. */
  node: string;
}

export async function post(
  config: BedrockProviderConfig,
  services: Pick<Services, "env" | "clock" | "credentials"> & { http: HttpClient },
  options: PostOptions,
): Promise<UpstreamExchange> {
  const target = resolveTarget(config, services.env, {
    credentials: services.credentials,
    node: options.node,
  });
  // A gateway misconfiguration, not the client's fault: 500 with the variable to set.
  if (!target.ok) throw new GatewayError("internal_error", target.problem);
  const url = target.baseUrl + options.path;
  const auth = await authHeaders(target.auth, {
    method: "POST",
    url,
    body: options.body,
    now: services.clock.now(),
  });
  const exchange = await sendUpstream(
    services.http,
    {
      url,
      method: "POST",
      headers: { "content-type": "application/json", accept: options.accept, ...auth },
      body: options.body,
    },
    { signal: options.signal, timeoutMs: options.timeoutMs, label: LABEL },
  );
  const res = exchange.response;
  if (res.status < 200 || res.status > 299) {
    let text = await readUpstreamText(res, options.signal).catch(() => "");
    if (config.credential) for (const secret of secretsOf(target.auth)) text = withoutSecret(text, secret);
    throw errorFromBedrock(res.status, text, res.headers);
  }
  return exchange;
}
