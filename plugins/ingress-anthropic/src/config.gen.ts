// GENERATED FILE - do not edit. Source: plugins/ingress-anthropic/schema/config.json. Regenerate with `pnpm gen`.

/**
 * Serves Anthropic's Messages API (POST /v1/messages and /v1/messages/count_tokens) in front of the pipeline, so Anthropic SDK clients can use any model the gateway routes to.
 */
export interface AnthropicIngressConfig {
  /**
   * Renames the model a client asks for before the pipeline sees it (e.g. {"claude-sonnet-4-5": "gpt-4o"}); the key "*" matches any model not listed. Unlisted models pass unchanged.
   */
  modelMap?: {
    [k: string]: string;
  };
  /**
   * The largest request body accepted; larger ones get 413 request_too_large. Anthropic's own limit is 32 MB.
   */
  maxBodyBytes?: number;
  /**
   * The HTTP status of overloaded_error answers (an upstream's 503 or 529, or a gateway with no route): 529 as Anthropic sends it (its clients treat 529 as 'overloaded, retry'), or 503 for proxies and load balancers that only know standard statuses.
   */
  overloadedStatus?: 529 | 503;
}
