/**
 * Reads a gateway config file (JSON for `.json`, YAML otherwise) and builds the importer for the
 * plugin packages it names. Every failure is a `ConfigError`, so the CLI prints one kind of error.
 */
import { readFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, type PackageImporter, parseConfigText } from "@aigw/engine";
import { importFrom } from "./resolve-package.js";

export interface LoadedConfig {
  /** The parsed (not yet validated) config. */
  config: unknown;
  /** The absolute path it was read from. */
  file: string;
  /** Imports the plugin packages it names, relative to its directory first. */
  importPackage: PackageImporter;
}

/** Reads and parses a config file. */
export async function readConfigFile(path: string, cwd = process.cwd()): Promise<LoadedConfig> {
  const file = resolve(cwd, path);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new ConfigError([
      { path: "", message: `cannot read config file ${file}: ${(error as Error).message}` },
    ]);
  }
  const config = await parseConfigText(text, basename(file));
  return { config, file, importPackage: packageImporter(dirname(file), cwd) };
}

/**
 * Imports plugin packages from the config file's directory, then the working directory, then
 * this package's own dependencies (the bundled plugins, so every runtime finds them wherever it
 * is started). The engine turns a rejection into a `ConfigError` that names the package.
 */
export function packageImporter(configDir: string, cwd = process.cwd()): PackageImporter {
  const ownDir = dirname(fileURLToPath(import.meta.url));
  return (name) => importFrom(name, [configDir, cwd, ownDir]);
}
