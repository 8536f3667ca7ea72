/**
 * @aigw/runtime-node: runs an aigw gateway on Node.js. `startServer` serves a config with the
 * Node services (undici HTTP client, pino logger, process env); the `aigw` CLI wraps it with
 * config files, signals and `--workers`.
 */
export {
  type CliArgs,
  DEFAULT_HOST,
  DEFAULT_PORT,
  parseCliArgs,
  resolveSettings,
  type Settings,
} from "./args.js";
export { type LoadedConfig, packageImporter, readConfigFile } from "./config-file.js";
export { DEFAULT_CONFIG_FILE, readDefaultConfig } from "./default-config.js";
export { type UndiciClientOptions, undiciHttpClient } from "./http-client.js";
export { type LevelName, logLevelFrom, pinoLogger } from "./logger.js";
export { runCli } from "./run-cli.js";
export { type NodeServer, type StartOptions, startServer } from "./server.js";
export { nodeServices } from "./services.js";
export { onShutdown, type ShutdownTrigger } from "./shutdown.js";
