/**
 * @aigw/runtime-kit: what the Node, Bun and Deno runtimes share. Reading config files (JSON or
 * YAML) and the bundled default, importing the plugin packages a config names relative to it (and
 * every first-party plugin package, which this package depends on, from its own install), the
 * command line and the settings it resolves, the log level, graceful shutdown, and `runServerCli`,
 * the whole CLI of a single-process runtime. Only node:fs, node:path, node:module and node:util
 * are used, which Bun and Deno provide.
 */
export {
  type CliArgs,
  type CliOptions,
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_SHUTDOWN_TIMEOUT_MS,
  parseCliArgs,
  resolveSettings,
  type Settings,
  UsageError,
  usage,
} from "./args.js";
export { asBootError, BootError, type BootPlan, explain, packageVersion, planBoot, urlOf } from "./boot.js";
export { type LoadedConfig, packageImporter, readConfigFile } from "./config-file.js";
export { DEFAULT_CONFIG_FILE, readDefaultConfig } from "./default-config.js";
export { drainAndClose } from "./drain.js";
export { firstPartyPlugins, type PluginPackage, RUNTIME_KIT_DIR } from "./first-party-plugins.js";
export { type LevelName, logLevelFrom } from "./log-level.js";
export {
  findPackageDir,
  importFrom,
  PackageImportError,
  PackageNotFoundError,
  resolveFrom,
} from "./resolve-package.js";
export { type Listener, type ListenOptions, runServerCli, type ServerRuntime } from "./serve-cli.js";
export {
  onShutdown,
  processSignals,
  type ShutdownOptions,
  type ShutdownSignal,
  type ShutdownTrigger,
  type SignalSource,
} from "./shutdown.js";
