/**
 * The gateway under test, as users run it: the built `aigw` CLI (runtime-node/dist/cli.js) in
 * its own process, with a config file written here. Two pipelines: `minimal` (providers-openai
 * pointed at the mock upstream, logging silent) and `logging` (the default config's shape:
 * logger-file in front of the provider, writing to a temp dir, runtime logging at info).
 *
 * Config files go to bench/results/run/ so the plugin packages they name resolve from
 * bench/node_modules (the CLI imports plugins relative to the config file first).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Child, spawnChild } from "./children.js";
import { BENCH_DIR, CLI, REPO_DIR, RESULTS_DIR } from "./paths.js";

const RUN_DIR = join(RESULTS_DIR, "run");

export type Pipeline = "minimal" | "logging";

/** Fails early, with the fix, when the packages the children import were not built. */
export function assertBuilt(): void {
  const needed = [
    CLI,
    join(REPO_DIR, "plugins/providers-openai/dist/index.js"),
    join(REPO_DIR, "plugins/logger-file/dist/index.js"),
    join(REPO_DIR, "packages/testkit/dist/index.js"),
  ];
  const missing = needed.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `missing build output:\n  ${missing.join("\n  ")}\nbuild first: cd /work/main && node_modules/.bin/tsc -b tsconfig.build.json`,
    );
  }
}

/** Writes the config for `pipeline` in front of `upstream` and returns its path. */
export function writeGatewayConfig(
  name: string,
  pipeline: Pipeline,
  upstream: string,
  logDir: string,
): string {
  const provider = { id: "openai", plugin: "providers-openai", config: { baseUrl: `${upstream}/v1` } };
  const config =
    pipeline === "minimal"
      ? {
          plugins: ["@aigw/providers-openai"],
          pipeline: { nodes: [provider] },
          logging: { level: "silent" },
        }
      : {
          plugins: ["@aigw/providers-openai", "@aigw/logger-file"],
          pipeline: {
            nodes: [
              // Rotation bounds the disk a long run uses (at most 2 x 64 MiB per gateway).
              {
                id: "log",
                plugin: "logger-file",
                config: { path: join(logDir, `${name}.jsonl`), maxBytes: 64 * 1024 * 1024 },
              },
              provider,
            ],
          },
          stores: { type: "memory" },
          logging: { level: "info" },
        };
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
  /**
   * `aigw` (default): the V8 heap flags the `aigw` executable's shebang passes (HEAP_FLAGS in
   * runtime-node); `v8-default`: plain `node cli.js`, V8's own heap sizing.
   */
  heap?: "aigw" | "v8-default";
}

/** runtime-node's HEAP_FLAGS, read from the build so the harness runs what `aigw` runs. */
async function heapFlags(): Promise<readonly string[]> {
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
      ...(options.heap === "v8-default" ? [] : await heapFlags()),
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
