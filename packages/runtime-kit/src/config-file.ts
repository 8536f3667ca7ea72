/**
 * Reads a gateway config file (JSON for `.json`, YAML otherwise) and builds the importer for the
 * plugin packages it names. Every failure is a `ConfigError`, so the CLI prints one kind of error.
 */
import { readFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { ConfigError, type PackageImporter, parseConfigText } from "@aigw/engine";
import { firstPartyPlugins, RUNTIME_KIT_DIR } from "./first-party-plugins.js";
import { explainPackageFailure, type SearchPlace } from "./package-failure.js";
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
 * this package's own dependencies (every first-party plugin package, so every runtime finds them
 * wherever the config lives and wherever it is started). A package that cannot be loaded is
 * rejected with a message saying where it was looked for and which plugin packages are
 * available; the engine turns the rejection into a `ConfigError` that names the entry.
 */
export function packageImporter(configDir: string, cwd = process.cwd()): PackageImporter {
  const places: SearchPlace[] = [
    { dir: configDir, role: "the config file's folder" },
    { dir: cwd, role: "the working directory" },
    { dir: RUNTIME_KIT_DIR, role: "aigw's own installation, where the first-party plugins are" },
  ];
  const dirs = places.map((place) => place.dir);
  return async (name) => {
    try {
      return await importFrom(name, dirs);
    } catch (error) {
      throw explainPackageFailure(error, places, firstPartyPlugins);
    }
  };
}
