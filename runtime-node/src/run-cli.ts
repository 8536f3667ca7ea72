/**
 * What `aigw` does: parse the command line, read the config (or the bundled default), then serve
 * it in this process, or as the primary of `--workers N` processes, or as one of those workers.
 * Boot problems print a message without a stack and exit non-zero: 2 for a bad command line,
 * 1 for a bad config or a port that cannot be bound.
 */
import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import { ConfigError } from "@aigw/engine";
import { type CliArgs, parseCliArgs, resolveSettings, type Settings, USAGE, UsageError } from "./args.js";
import { runPrimary } from "./cluster.js";
import { type LoadedConfig, readConfigFile } from "./config-file.js";
import { readDefaultConfig } from "./default-config.js";
import { startServer } from "./server.js";
import { onShutdown } from "./shutdown.js";
import { isPrimaryMessage, type WorkerMessage } from "./worker-protocol.js";

const print = (line: string) => process.stdout.write(`${line}\n`);
const log = (message: string) => process.stderr.write(`aigw: ${message}\n`);

/** A boot failure already explained to the user: exit with `code`, no stack. */
class BootError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Runs the CLI; resolves once the server listens (shutdown exits the process later). */
export async function runCli(argv: readonly string[], env = process.env): Promise<void> {
  try {
    await boot(argv, env);
  } catch (error) {
    const failure = explain(error);
    if (cluster.isWorker) {
      // The primary prints it once for all workers, then stops the cluster.
      const message: WorkerMessage = { aigw: "boot-failed", ...failure };
      process.send?.(message, undefined, undefined, () => process.exit(failure.exitCode));
      return;
    }
    process.stderr.write(`${failure.message}\n`);
    if (failure.exitCode === 2) process.stderr.write(`${USAGE}\n`);
    process.exit(failure.exitCode);
  }
}

async function boot(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const args = parseCliArgs(argv);
  if (args.help) {
    print(USAGE);
    return;
  }
  if (args.version) {
    print(version());
    return;
  }
  const loaded = await loadConfig(args);
  const settings = resolveSettings(args, env, loaded.config);
  if (cluster.isPrimary && settings.workers > 1) {
    runPrimary({ settings, print, log });
    return;
  }
  await serve(loaded, settings, env);
}

async function loadConfig(args: CliArgs): Promise<LoadedConfig> {
  const file = args.config ?? "(built-in default config)";
  try {
    return args.config ? await readConfigFile(args.config) : await readDefaultConfig();
  } catch (error) {
    throw asBootError(error, file);
  }
}

async function serve(loaded: LoadedConfig, settings: Settings, env: NodeJS.ProcessEnv): Promise<void> {
  let running: Awaited<ReturnType<typeof startServer>>;
  try {
    running = await startServer({
      config: loaded.config,
      importPackage: loaded.importPackage,
      port: settings.port,
      host: settings.host,
      env,
      shutdownTimeoutMs: settings.shutdownTimeoutMs,
    });
  } catch (error) {
    throw asBootError(error, loaded.file, `${settings.host}:${settings.port}`);
  }
  const trigger = onShutdown({ run: () => running.shutdown(), log });
  running.logger.info({ url: running.url }, "listening");
  if (cluster.isWorker) {
    process.on("message", (message: unknown) => {
      if (isPrimaryMessage(message)) trigger.begin("primary asked to stop");
    });
    // The primary died: nobody will restart or route to us, so finish what we have and leave.
    process.on("disconnect", () => trigger.begin("primary gone"));
    const message: WorkerMessage = { aigw: "listening", url: running.url };
    process.send?.(message);
  } else {
    print(`aigw listening on ${running.url}`);
  }
}

function asBootError(error: unknown, file: string, address?: string): unknown {
  if (error instanceof ConfigError) return new BootError(`aigw: config ${file}\n${error.message}`, 1);
  const code = (error as { code?: unknown } | null)?.code;
  if (address && (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL"))
    return new BootError(`aigw: cannot listen on ${address}: ${code}`, 1);
  return error;
}

function explain(error: unknown): { message: string; exitCode: number } {
  if (error instanceof BootError) return { message: error.message, exitCode: error.exitCode };
  if (error instanceof UsageError) return { message: `aigw: ${error.message}`, exitCode: 2 };
  if (error instanceof ConfigError) return { message: `aigw: ${error.message}`, exitCode: 1 };
  return { message: `aigw: failed to start: ${(error as Error)?.stack ?? String(error)}`, exitCode: 1 };
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return manifest.version;
}
