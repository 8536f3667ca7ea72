/**
 * Loads plugin packages named in a config file. The runtime supplies how a package name is
 * imported (relative to the config file, say); a missing package is a boot error that names it.
 */
import type { Plugin } from "@aigw/plugin-api";
import { ConfigError, type ConfigIssue } from "./config/config-error.js";

export type PackageImporter = (name: string) => Promise<unknown>;

function pluginsFromModule(mod: unknown): Plugin<unknown>[] {
  const candidates = [
    (mod as { default?: unknown })?.default,
    (mod as { plugin?: unknown })?.plugin,
    (mod as { plugins?: unknown })?.plugins,
  ];
  for (const c of candidates) {
    if (Array.isArray(c)) return c as Plugin<unknown>[];
    if (c && typeof c === "object" && "manifest" in c) return [c as Plugin<unknown>];
  }
  return [];
}

/** Imports each package and returns its plugins (default export, `plugin`, or `plugins`). */
export async function loadPluginPackages(
  names: readonly string[],
  importer: PackageImporter,
): Promise<Plugin<unknown>[]> {
  const issues: ConfigIssue[] = [];
  const loaded: Plugin<unknown>[][] = names.map(() => []);
  await Promise.all(
    names.map(async (name, i) => {
      let mod: unknown;
      try {
        mod = await importer(name);
      } catch (error) {
        const message = (error as Error).message.split("\n")[0];
        issues.push({
          path: `/plugins/${i}`,
          message: `plugin package "${name}" could not be loaded (is it installed?): ${message}`,
        });
        return;
      }
      const plugins = pluginsFromModule(mod);
      if (plugins.length === 0)
        issues.push({
          path: `/plugins/${i}`,
          message: `package "${name}" does not export a plugin (expected a default export from definePlugin)`,
        });
      loaded[i] = plugins;
    }),
  );
  if (issues.length > 0) throw new ConfigError(issues);
  return loaded.flat();
}
