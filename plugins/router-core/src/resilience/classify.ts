/**
 * Which failures do what: a configurable matcher over error codes and HTTP statuses (what
 * retries, what moves on to the next target), and the fixed rule of what a circuit breaker
 * counts as the upstream's fault (429, 5xx, timeouts, connection errors; never the request's
 * own 4xx, never a client that went away).
 */
import { GatewayError, isGatewayError } from "@aigw/plugin-api";

/** A failure kind from config: an error code or an HTTP status. */
export type FailureKind = string | number;

/** 429, 5xx, timeouts and connection errors. */
export const DEFAULT_FAILURES: readonly FailureKind[] = [
  "rate_limited",
  "upstream_error",
  "upstream_unavailable",
  "upstream_timeout",
  "plugin_timeout",
];

export type FailureMatcher = (error: GatewayError) => boolean;

export function failureMatcher(kinds: readonly FailureKind[] | undefined): FailureMatcher {
  const list = kinds ?? DEFAULT_FAILURES;
  const codes = new Set(list.filter((k): k is string => typeof k === "string"));
  const statuses = new Set(list.filter((k): k is number => typeof k === "number"));
  return (error) => codes.has(error.code) || statuses.has(error.status);
}

const UPSTREAM_CODES = new Set([
  "rate_limited",
  "upstream_error",
  "upstream_unavailable",
  "upstream_timeout",
  "plugin_timeout",
]);

/** Whether a failure says something about the target's health (what a breaker counts). */
export function isUpstreamFault(error: GatewayError): boolean {
  if (error.code === "client_closed") return false;
  return UPSTREAM_CODES.has(error.code) || error.status === 429 || error.status >= 500;
}

/** Anything thrown, as a gateway error (a plugin's plain Error is a plugin failure). */
export function asGatewayError(thrown: unknown): GatewayError {
  if (isGatewayError(thrown)) return thrown;
  return new GatewayError("plugin_failed", "A router target failed.", { cause: thrown });
}
