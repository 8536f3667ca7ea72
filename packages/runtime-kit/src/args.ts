/**
 * The `aigw` command line every runtime shares, and the settings it resolves. Each setting comes
 * from, in order: the flag, the environment (`PORT`), the config file's `server` block, the
 * default. Only the Node runtime runs several processes, so `--workers` is opt-in.
 */
import { parseArgs } from "node:util";

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 30_000;

export interface CliOptions {
  /**
   * Whether `--workers N` is accepted (default true: the Node runtime's cluster); runtimes that
   * serve from one process pass false and the flag is refused like any unknown one.
   */
  workers?: boolean;
}

/** The help text; `command` is how the user started it (`aigw`, `bun runtime-bun/src/main.ts`...). */
export function usage(command: string, options: CliOptions = {}): string {
  const withWorkers = options.workers ?? true;
  const workers = withWorkers
    ? "\n  -w, --workers N     worker processes sharing the port (default: server.workers, then 1)"
    : "";
  return `Usage: ${command} [--config FILE] [--port N] [--host H]${withWorkers ? " [--workers N]" : ""}

  -c, --config FILE   gateway config (YAML or JSON); default: the bundled mock gateway
  -p, --port N        port to listen on (default: $PORT, then server.port, then ${DEFAULT_PORT}; 0 = any)
      --host H        address to bind (default: server.host, then ${DEFAULT_HOST})${workers}
  -h, --help          show this help
  -v, --version       show the version`;
}

/** A bad command line; the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export interface CliArgs {
  config?: string | undefined;
  port?: number | undefined;
  host?: string | undefined;
  workers?: number | undefined;
  help: boolean;
  version: boolean;
}

export interface Settings {
  port: number;
  host: string;
  workers: number;
  shutdownTimeoutMs: number;
}

export function parseCliArgs(argv: readonly string[], options: CliOptions = {}): CliArgs {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
    if (options.workers === false && values.workers !== undefined)
      throw new Error("Unknown option '--workers': this runtime serves from one process");
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return {
    config: values.config,
    port: values.port === undefined ? undefined : toPort(values.port, "--port"),
    host: values.host,
    workers: values.workers === undefined ? undefined : toCount(values.workers, "--workers"),
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      config: { type: "string", short: "c" },
      port: { type: "string", short: "p" },
      host: { type: "string" },
      workers: { type: "string", short: "w" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}

/** Flag > env > config file > default, per setting. */
export function resolveSettings(
  args: CliArgs,
  env: Readonly<Record<string, string | undefined>>,
  config: unknown,
): Settings {
  const server = ((config as { server?: unknown } | null)?.server ?? {}) as Record<string, unknown>;
  const envPort = env["PORT"]?.trim() ? toPort(env["PORT"], "PORT") : undefined;
  return {
    port: args.port ?? envPort ?? numberOr(server["port"]) ?? DEFAULT_PORT,
    host: args.host ?? (typeof server["host"] === "string" ? server["host"] : DEFAULT_HOST),
    workers: args.workers ?? numberOr(server["workers"]) ?? 1,
    shutdownTimeoutMs: numberOr(server["shutdownTimeoutMs"]) ?? DEFAULT_SHUTDOWN_TIMEOUT_MS,
  };
}

function toPort(text: string, what: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n > 65_535)
    throw new UsageError(`${what} must be a port 0-65535, got "${text}"`);
  return n;
}

function toCount(text: string, what: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < 1)
    throw new UsageError(`${what} must be a whole number >= 1, got "${text}"`);
  return n;
}

function numberOr(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
