/**
 * The operator's log line for a request that failed on the gateway's side. Client errors (4xx)
 * and clients that left are the caller's business and not logged; a refusal while draining is
 * expected during every deploy, so it is logged at info, not as an error.
 */
import type { GatewayError, Logger } from "@aigw/plugin-api";
import type { RequestState } from "./request-state.js";

export function logFailure(logger: Logger, error: GatewayError, state: RequestState): void {
  if (error.status < 500 || error.code === "client_closed") return;
  const fields = {
    requestId: state.requestId,
    code: error.code,
    plugin: error.plugin,
    node: error.node,
    hook: error.hook,
    err: error.cause ?? error,
  };
  if (error.code === "shutting_down") logger.info(fields, error.message);
  else logger.error(fields, error.message);
}
