/**
 * @aigw/guardrail-webhook: a guardrail whose check is an external service. Each checked side of a
 * request (and each streamed answer, whole or window by window) is POSTed to the service as JSON
 * through the gateway's HTTP client; its verdicts come back into the guardrail kit, which records
 * them and denies, flags, masks or falls back as configured. A call that fails is settled by
 * failMode. The contract a service implements is in the README and schema/wire.json.
 */
import { defineGuardrail } from "@aigw/guardrail-kit";
import { resolveHeaders } from "@aigw/wire-kit";
import type { WebhookGuardrailConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { webhookGuard } from "./webhook-guard.js";

export { type ParsedAnswer, parseAnswer, SHORT_FORM_CHECK } from "./answer.js";
export { MAX_ANSWER_BYTES } from "./call.js";
export type { WebhookGuardrailConfig } from "./config.gen.js";
export type { WebhookPayload, WirePrincipal } from "./payload.js";
export { UNAVAILABLE_CHECK, UNAVAILABLE_REASON } from "./webhook-guard.js";

/** Matches the schema's default; used when the config was not validated (direct `create` calls). */
const DEFAULT_TIMEOUT_MS = 2000;

/** The `guardrail-webhook` plugin. */
export default defineGuardrail({
  manifest: {
    name: "guardrail-webhook",
    version: "0.1.0",
    engine: "^0.1.0",
    services: ["http", "env"],
    configSchema,
    configValidator: validateConfig,
    description: "Checks requests and answers with an external guardrail service over HTTP.",
  },
  create(config: WebhookGuardrailConfig, init) {
    return webhookGuard({
      target: {
        http: init.services.http,
        url: config.url,
        headers: { accept: "application/json", ...resolveHeaders(config, init.services.env) },
        timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      },
      failMode: config.failMode ?? "closed",
      includeRequest: config.include?.includes("request") ?? false,
      wholeAnswer: config.wholeAnswer ?? true,
    });
  },
});
