/**
 * What `aigw` does: boot from the command line (shared with every runtime: @aigw/runtime-kit),
 * then serve the config in this process, or as the primary of `--workers N` processes, or as one
 * of those workers. Boot problems print a message without a stack and exit non-zero: 2 for a bad
 * command line, 1 for a bad config or a port that cannot be bound.
 */
import cluster from "node:cluster";
import {
  asBootError,
  BootError,
  explain,
  type LoadedConfig,
  onShutdown,
  packageVersion,
  planBoot,
  type Settings,
  usage,
} from "@aigw/runtime-kit";
import { runPrimary } from "./cluster.js";
import { missingHeapFlags } from "./heap-flags.js";
import { type ServeMode, startServer } from "./server.js";
import { isPrimaryMessage, type WorkerMessage } from "./worker-protocol.js";

const USAGE = usage("aigw");
const print = (line: string) => process.stdout.write(`${line}\n`);
const log = (message: string) => process.stderr.write(`aigw: ${message}\n`);

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
  const plan = await planBoot(argv, env);
  if (plan.kind === "help") {
    print(USAGE);
    return;
  }
  if (plan.kind === "version") {
    print(packageVersion(new URL("../package.json", import.meta.url)));
    return;
  }
  if (cluster.isPrimary && plan.settings.workers > 1) {
    runPrimary({ settings: plan.settings, print, log });
    return;
  }
  await serve(plan.loaded, plan.settings, env);
}

/** `AIGW_NODE_SERVER`: `fast` (default) or `web` (@hono/node-server and the engine's `fetch`). */
function serveMode(env: NodeJS.ProcessEnv): ServeMode {
  const value = env["AIGW_NODE_SERVER"]?.trim() || "fast";
  if (value === "fast" || value === "web") return value;
  throw new BootError(`aigw: AIGW_NODE_SERVER must be "fast" or "web", not "${value}"`, 2);
}

async function serve(loaded: LoadedConfig, settings: Settings, env: NodeJS.ProcessEnv): Promise<void> {
  const mode = serveMode(env);
  let running: Awaited<ReturnType<typeof startServer>>;
  try {
    running = await startServer({
      config: loaded.config,
      importPackage: loaded.importPackage,
      port: settings.port,
      host: settings.host,
      env,
      shutdownTimeoutMs: settings.shutdownTimeoutMs,
      serve: mode,
    });
  } catch (error) {
    throw asBootError(error, loaded.file, `${settings.host}:${settings.port}`);
  }
  const trigger = onShutdown({ run: () => running.shutdown(), log });
  running.logger.info({ url: running.url }, "listening");
  const missing = missingHeapFlags();
  if (missing.length > 0 && !cluster.isWorker) {
    running.logger.info(
      { missing },
      "started without the gateway's V8 heap flags: under load its memory can grow well past 100 MB (see docs/deployment.md)",
    );
  }
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
