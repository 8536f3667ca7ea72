/**
 * @aigw/runtime-node: runs an aigw gateway on Node.js. `startServer` serves a config with the
 * Node services (undici HTTP client, pino logger, process env); the `aigw` CLI wraps it with
 * config files, signals and `--workers`.
 */
// The config, command-line and shutdown pieces every runtime shares, re-exported as before.
export {
  type CliArgs,
  DEFAULT_CONFIG_FILE,
  DEFAULT_HOST,
  DEFAULT_PORT,
  type LevelName,
  type LoadedConfig,
  logLevelFrom,
  onShutdown,
  packageImporter,
  parseCliArgs,
  readConfigFile,
  readDefaultConfig,
  resolveSettings,
  type Settings,
  type ShutdownTrigger,
} from "@aigw/runtime-kit";
export { HEAP_FLAGS, missingHeapFlags } from "./heap-flags.js";
export { type UndiciClientOptions, undiciHttpClient } from "./http-client.js";
export { pinoLogger } from "./logger.js";
export { runCli } from "./run-cli.js";
export { type NodeServer, type StartOptions, startServer } from "./server.js";
export { nodeServices } from "./services.js";
