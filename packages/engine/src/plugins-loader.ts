/**
 * Loads plugin packages named in a config file. The runtime supplies how a package name is
 * imported (relative to the config file, say); a package that cannot be loaded is a boot error
 * that names it, followed by the importer's explanation.
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
        // The importer's message is the explanation (where it looked, what failed): kept whole,
        // its further lines indented under the issue. Never the stack.
        const message = String((error as Error)?.message ?? error).replace(/\n/g, "\n    ");
        issues.push({
          path: `/plugins/${i}`,
          message: `plugin package "${name}" could not be loaded: ${message}`,
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
  // Imports settle in any order; the issues are listed in the config's order.
  if (issues.length > 0) throw new ConfigError(issues.sort((a, b) => indexOf(a) - indexOf(b)));
  return loaded.flat();
}

function indexOf(issue: ConfigIssue): number {
  return Number(issue.path.slice("/plugins/".length));
}
