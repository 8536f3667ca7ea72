/**
 * Serves a gateway over HTTP/1.1 and shuts it down gracefully: stop accepting connections, drain
 * in-flight requests and streams, close plugins, stores and the HTTP client, then close the
 * remaining connections.
 *
 * Two ways to serve, same behaviour (the runtime conformance suite runs against both):
 * - `fast` (default): `node:http` straight into the engine's `handle` (see fast-path.ts), with no
 *   WHATWG Request/Response per call;
 * - `web`: @hono/node-server serving the engine's portable `fetch(Request)`, as Bun and Deno do.
 *   node-server aborts `request.signal` and cancels a streamed body when the client leaves.
 * Measured on the 2-core dev box under the HTTP benchmark's load (docs/benchmarks.md): the fast
 * path needs far less CPU per request than node-server's Request/Response objects and web streams.
 */
import type { RequestListener, Server } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createGateway, type Gateway, type PackageImporter } from "@aigw/engine";
import type { HttpClient, Logger, Plugin } from "@aigw/plugin-api";
import { drainAndClose, urlOf } from "@aigw/runtime-kit";
import { fastPathListener } from "./fast-path.js";
import { type EnvRecord, nodeServices } from "./services.js";

export interface StartOptions {
  /** The parsed gateway config. */
  config: unknown;
  importPackage?: PackageImporter | undefined;
  /** Plugins composed in code (tests, embedders). */
  plugins?: readonly Plugin<never>[] | undefined;
  /** 0 picks a free port. */
  port: number;
  host: string;
  /** Defaults to `process.env`. */
  env?: EnvRecord | undefined;
  logger?: Logger | undefined;
  http?: HttpClient | undefined;
  /** How long shutdown waits for in-flight requests and streams (default 30 s). */
  shutdownTimeoutMs?: number | undefined;
  /** `fast` (default): node:http into the engine's fast path; `web`: @hono/node-server and `fetch`. */
  serve?: ServeMode | undefined;
}

export type ServeMode = "fast" | "web";

export interface NodeServer {
  readonly gateway: Gateway;
  readonly server: Server;
  readonly logger: Logger;
  readonly host: string;
  /** The port actually bound. */
  readonly port: number;
  /** `http://host:port`. */
  readonly url: string;
  /** Stops gracefully; safe to call more than once. */
  shutdown(): Promise<void>;
}

/** How long to wait, after the drain, for sockets still flushing a last response. */
const FLUSH_GRACE_MS = 2_000;

/** Builds the gateway (a ConfigError rejects here) and listens. */
export async function startServer(options: StartOptions): Promise<NodeServer> {
  const env = options.env ?? process.env;
  const { services, logger } = nodeServices({
    config: options.config,
    env,
    logger: options.logger,
    http: options.http,
  });
  const gateway = await createGateway({
    config: options.config,
    plugins: options.plugins,
    importPackage: options.importPackage,
    services,
    env,
  });
  const server = createServer(
    options.serve === "web" ? await webListener(gateway) : fastPathListener(gateway, logger),
  );
  try {
    await listen(server, options.port, options.host);
  } catch (error) {
    await gateway.close(0);
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const timeoutMs = options.shutdownTimeoutMs ?? gateway.config.server?.shutdownTimeoutMs ?? 30_000;
  let closing: Promise<void> | undefined;
  return {
    gateway,
    server,
    logger,
    host: options.host,
    port,
    url: urlOf(options.host, port),
    shutdown: () => {
      closing ??= shutdown(server, gateway, timeoutMs, logger);
      return closing;
    },
  };
}

/** Loaded only when asked for: node-server touches the WHATWG globals, loading Node's own undici. */
async function webListener(gateway: Gateway): Promise<RequestListener> {
  const { getRequestListener } = await import("@hono/node-server");
  return getRequestListener((request: Request) => gateway.fetch(request));
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

async function shutdown(server: Server, gateway: Gateway, timeoutMs: number, logger: Logger): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  await drainAndClose(gateway, timeoutMs, logger);
  // Connections that just sent their last response may still be flushing; give them a moment.
  server.closeIdleConnections();
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  const grace = new Promise<void>((resolve) => setTimeout(resolve, FLUSH_GRACE_MS).unref());
  await Promise.race([closed, grace]);
  clearInterval(idle);
  server.closeAllConnections();
  await closed;
  logger.info({}, "shut down");
}
