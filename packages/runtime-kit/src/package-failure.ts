/**
 * What a user reads when a plugin package named in a config cannot be loaded. The engine puts it
 * under the config issue for that `plugins:` entry, so it has to say everything needed to fix it
 * without a stack: where the package was looked for and what is available, or, when it was found
 * but would not import, where and why.
 */
import type { PluginPackage } from "./first-party-plugins.js";
import { PackageImportError, PackageNotFoundError } from "./resolve-package.js";

/** A folder plugin packages are resolved from, and why it is searched. */
export interface SearchPlace {
  dir: string;
  /** e.g. "the config file's folder". */
  role: string;
}

/** The error to hand the engine for a failed import of `name`. */
export function explainPackageFailure(
  error: unknown,
  places: readonly SearchPlace[],
  available: () => readonly PluginPackage[],
): Error {
  if (error instanceof PackageImportError) return error;
  if (!(error instanceof PackageNotFoundError))
    return error instanceof Error ? error : new Error(String(error));
  return new Error(notFoundMessage(error.packageName, places, available()), { cause: error });
}

function notFoundMessage(
  name: string,
  places: readonly SearchPlace[],
  available: readonly PluginPackage[],
): string {
  const lines = [
    `no node_modules/${name} in these folders or any folder above them:`,
    ...mergeRoles(places).map((place) => `  ${place.dir} (${place.role})`),
  ];
  const bare = name.replace(/^@aigw\//, "");
  const owner = available.find((pkg) => pkg.plugins.includes(bare) && pkg.packageName !== name);
  if (owner)
    lines.push(`"${bare}" is a plugin of the package ${owner.packageName}: list that package instead.`);
  if (available.length === 0) lines.push("No first-party plugin packages are installed with this runtime.");
  else {
    const width = Math.max(...available.map((pkg) => pkg.packageName.length));
    lines.push("Plugin packages installed with aigw (package, then the plugin names nodes use):");
    for (const pkg of available) lines.push(`  ${pkg.packageName.padEnd(width)}  ${pkg.plugins.join(", ")}`);
  }
  lines.push("Other plugin packages must be installed next to the config file or in the working directory.");
  return lines.join("\n");
}

/** One line per folder, in search order: the config's folder is often the working directory. */
function mergeRoles(places: readonly SearchPlace[]): SearchPlace[] {
  const merged = new Map<string, string[]>();
  for (const { dir, role } of places) merged.set(dir, [...(merged.get(dir) ?? []), role]);
  return [...merged].map(([dir, roles]) => ({ dir, role: roles.join(", ") }));
}
