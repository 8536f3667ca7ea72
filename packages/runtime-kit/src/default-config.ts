/**
 * The config every runtime uses when it gets no `--config`: mock models answered offline, others
 * routed to OpenAI, a file logger, memory stores. Its single source is `aigw.default.yaml` at the
 * package root (shipped for people to copy), read from here so the two can never drift.
 */
import { fileURLToPath } from "node:url";
import { type LoadedConfig, readConfigFile } from "./config-file.js";

/** The default config file; `../` from both `src/` and `dist/`. */
export const DEFAULT_CONFIG_FILE = fileURLToPath(new URL("../aigw.default.yaml", import.meta.url));

/** Reads the default config; its plugins resolve from this package's own dependencies. */
export function readDefaultConfig(cwd = process.cwd()): Promise<LoadedConfig> {
  return readConfigFile(DEFAULT_CONFIG_FILE, cwd);
}
