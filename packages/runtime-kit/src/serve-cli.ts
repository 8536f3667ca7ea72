/**
 * The whole command line of a single-process runtime (Bun, Deno): boot from the flags and config,
 * build the gateway with a JSON logger, listen with the runtime's own server, and on SIGTERM/SIGINT
 * stop accepting, drain, close, exit 0. A runtime adapter supplies only what differs: how it
 * listens, and where signals come from. (The Node runtime composes the same pieces with its
 * cluster workers, pino and undici.)
 */
import { createGateway, envFrom, type Gateway, jsonLogger, type ServiceOverrides } from "@aigw/engine";
import type { Logger } from "@aigw/plugin-api";
import { usage } from "./args.js";
import { asBootError, explain, planBoot, urlOf } from "./boot.js";
import { drainAndClose } from "./drain.js";
import { logLevelFrom } from "./log-level.js";
import { onShutdown, type SignalSource } from "./shutdown.js";

/** A listening server, as the runtime adapter hands it over. */
export interface Listener {
  /** The port actually bound (when asked for port 0). */
  readonly port: number;
  /** Stops accepting connections; resolves once the open ones have closed. */
  stop(): Promise<void>;
  /** Closes whatever connections are still open. */
  forceClose(): Promise<void> | void;
}

export interface ListenOptions {
  fetch(request: Request): Promise<Response>;
  host: string;
  port: number;
}

export interface ServerRuntime {
  /** Named in the log, e.g. `bun 1.4.5`. */
  name: string;
  /** How the user starts it, for the usage text. */
  command: string;
  /** What `--version` prints. */
  version: string;
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  listen(options: ListenOptions): Listener | Promise<Listener>;
  /** Default: `process.on`. */
  signals?: SignalSource;
  /** Default: `process.exit`. */
  exit?: (code: number) => void;
  /** Services to use instead of the engine's defaults (its fetch HTTP client is fine anywhere). */
  services?: ServiceOverrides;
}

/** How long to wait, after the drain, for connections still flushing a last response. */
const FLUSH_GRACE_MS = 2_000;

const print = (line: string) => console.log(line);
const log = (message: string) => console.error(`aigw: ${message}`);

/** Runs the CLI; resolves once the server listens (a signal exits the process later). */
export async function runServerCli(runtime: ServerRuntime): Promise<void> {
  const exit = runtime.exit ?? ((code: number) => process.exit(code));
  try {
    await boot(runtime, exit);
  } catch (error) {
    const failure = explain(error);
    console.error(failure.message);
    if (failure.exitCode === 2) console.error(usage(runtime.command, { workers: false }));
    exit(failure.exitCode);
  }
}

async function boot(runtime: ServerRuntime, exit: (code: number) => void): Promise<void> {
  const plan = await planBoot(runtime.argv, runtime.env, { workers: false });
  if (plan.kind === "help") return print(usage(runtime.command, { workers: false }));
  if (plan.kind === "version") return print(runtime.version);
  const { loaded, settings } = plan;
  const logger = jsonLogger(logLevelFrom(loaded.config, runtime.env), undefined, { pid: process.pid });
  let gateway: Gateway;
  try {
    gateway = await createGateway({
      config: loaded.config,
      importPackage: loaded.importPackage,
      services: { logger, env: envFrom(runtime.env), ...runtime.services },
      env: runtime.env,
    });
  } catch (error) {
    throw asBootError(error, loaded.file);
  }
  const address = `${settings.host}:${settings.port}`;
  let listener: Listener;
  try {
    listener = await runtime.listen({
      fetch: (r) => gateway.fetch(r),
      host: settings.host,
      port: settings.port,
    });
  } catch (error) {
    await gateway.close(0);
    throw asBootError(error, loaded.file, address);
  }
  if (settings.workers > 1)
    logger.warn(
      { workers: settings.workers },
      `server.workers is ignored: ${runtime.name} serves from one process`,
    );
  onShutdown({
    run: () => shutdown(listener, gateway, settings.shutdownTimeoutMs, logger),
    log,
    exit,
    signals: runtime.signals,
  });
  const url = urlOf(settings.host, listener.port);
  logger.info({ url, runtime: runtime.name }, "listening");
  print(`aigw listening on ${url}`);
}

async function shutdown(
  listener: Listener,
  gateway: Gateway,
  timeoutMs: number,
  logger: Logger,
): Promise<void> {
  // Stop accepting first, so a load balancer's next connection goes elsewhere while we drain.
  const stopped = listener.stop();
  await drainAndClose(gateway, timeoutMs, logger);
  // The last responses may still be flushing to their sockets; give them a moment, then cut.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, FLUSH_GRACE_MS)));
  await Promise.race([stopped, grace]);
  clearTimeout(timer);
  await listener.forceClose();
  logger.info({}, "shut down");
}
