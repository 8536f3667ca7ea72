/**
 * The gateway under test, as users run it: the built `aigw` CLI (runtime-node/dist/cli.js) in
 * its own process, with a config file written here for one of the pipelines in pipelines.ts.
 *
 * Config files go to bench/results/run/ so the plugin packages they name resolve from
 * bench/node_modules (the CLI imports plugins relative to the config file first).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Child, spawnChild } from "./children.js";
import { BENCH_DIR, CLI, REPO_DIR, RESULTS_DIR } from "./paths.js";
import { type Pipeline, pipelineConfig } from "./pipelines.js";

const RUN_DIR = join(RESULTS_DIR, "run");

/** Fails early, with the fix, when the packages the children import were not built. */
export function assertBuilt(): void {
  const needed = [
    CLI,
    ...["providers-openai", "providers-mock", "router-core", "logger-file", "ingress-anthropic"].map(
      (plugin) => join(REPO_DIR, `plugins/${plugin}/dist/index.js`),
    ),
    join(REPO_DIR, "packages/testkit/dist/index.js"),
  ];
  const missing = needed.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `missing build output:\n  ${missing.join("\n  ")}\nbuild first, at the repository root: node_modules/.bin/tsc -b tsconfig.build.json`,
    );
  }
}

/** Writes the config for `pipeline` in front of `upstream` (file name `name`) and returns its path. */
export function writeGatewayConfig(
  name: string,
  pipeline: Pipeline,
  upstream: string,
  logDir: string,
): string {
  const config = pipelineConfig(pipeline, { upstream, logFile: join(logDir, `${name}.jsonl`) });
  mkdirSync(RUN_DIR, { recursive: true });
  const file = join(RUN_DIR, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}

export interface GatewayStart {
  name: string;
  configFile: string;
  workers?: number;
  cpus?: string | undefined;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: readonly string[];
}

/**
 * runtime-node's HEAP_FLAGS (what the `aigw` executable's shebang passes), read from the build
 * so the harness runs what `aigw` runs, and holds the pass-through to the same memory settings.
 */
export async function heapFlags(): Promise<readonly string[]> {
  const module = (await import(pathToFileURL(join(REPO_DIR, "runtime-node/dist/heap-flags.js")).href)) as {
    HEAP_FLAGS: readonly string[];
  };
  return module.HEAP_FLAGS;
}

/** Starts `node <heap flags> runtime-node/dist/cli.js --config FILE --port 0 [--workers N]`. */
export async function startGateway(options: GatewayStart): Promise<Child> {
  const env = { ...process.env };
  // The config decides the log level; no inherited loader or flags.
  delete env["LOG_LEVEL"];
  delete env["NODE_OPTIONS"];
  return spawnChild({
    name: options.name,
    args: [
      ...(await heapFlags()),
      ...(options.nodeFlags ?? []),
      CLI,
      "--config",
      options.configFile,
      "--port",
      "0",
      "--host",
      "127.0.0.1",
      ...(options.workers ? ["--workers", String(options.workers)] : []),
    ],
    cpus: options.cpus,
    env,
    cwd: BENCH_DIR,
    ready: /aigw listening on (http:\/\/[^\s]+)/,
  });
}
