/**
 * The gateway half of a graceful shutdown, the same on every runtime: once the server stopped
 * accepting connections, wait for in-flight requests, streams and observers (up to the timeout),
 * then close plugins, stores and the HTTP client. What happens to the sockets is the runtime's.
 */
import type { Gateway } from "@aigw/engine";
import type { Logger } from "@aigw/plugin-api";

export async function drainAndClose(gateway: Gateway, timeoutMs: number, logger: Logger): Promise<void> {
  logger.info({ inflight: gateway.inflight, timeoutMs }, "shutting down: draining in-flight requests");
  await gateway.drain(timeoutMs);
  if (gateway.inflight > 0) logger.warn({ inflight: gateway.inflight }, "drain timed out; closing anyway");
  await gateway.close(0);
}
