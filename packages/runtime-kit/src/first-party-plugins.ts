/**
 * The first-party plugin packages every runtime ships with: this package depends on each of them,
 * so a config anywhere can name them and they resolve from this package's own install as a last
 * resort. The list is read from the installed packages (every `@aigw/*` dependency whose
 * package.json declares plugins in its `aigw` field), not kept here, so what a boot error offers
 * as available is exactly what is installed.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findPackageDir } from "./resolve-package.js";

/** This module's folder (`src/` or `dist/`): plugin packages resolve from here as a last resort. */
export const RUNTIME_KIT_DIR = dirname(fileURLToPath(import.meta.url));

/** A plugin package and the manifest names of the plugins it exports. */
export interface PluginPackage {
  /** What a config lists under `plugins:`. */
  packageName: string;
  /** What its nodes write in `plugin:`. */
  plugins: readonly string[];
}

interface Manifest {
  dependencies?: Record<string, string>;
  aigw?: { plugin?: string; plugins?: Record<string, string> };
}

/** The first-party plugin packages installed with this runtime, by package name. */
export function firstPartyPlugins(): PluginPackage[] {
  const own = readManifest(join(RUNTIME_KIT_DIR, "..", "package.json"));
  const found: PluginPackage[] = [];
  for (const name of Object.keys(own?.dependencies ?? {}).sort()) {
    if (!name.startsWith("@aigw/")) continue;
    const dir = findPackageDir(name, RUNTIME_KIT_DIR);
    const aigw = dir ? readManifest(join(dir, "package.json"))?.aigw : undefined;
    const plugins = [aigw?.plugin, ...Object.keys(aigw?.plugins ?? {})].filter(
      (plugin): plugin is string => typeof plugin === "string",
    );
    if (plugins.length > 0) found.push({ packageName: name, plugins });
  }
  return found;
}

function readManifest(file: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Manifest;
  } catch {
    return undefined;
  }
}
