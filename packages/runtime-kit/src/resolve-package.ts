/**
 * Finds and imports a package by name from a list of directories, in order. Resolution is Node's
 * own (`createRequire(dir).resolve`: node_modules lookup, `exports`, and any `--conditions`
 * given to node). Packages that export only an `import` condition (ESM-only, which `require`
 * resolution refuses) are resolved from their package.json `exports` by hand.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const IMPORT_CONDITIONS = ["import", "node", "default"];

/** Imports `name` as resolved from the first directory that has it. */
export async function importFrom(name: string, dirs: readonly string[]): Promise<unknown> {
  let firstError: unknown;
  const unique = [...new Set(dirs)];
  for (const dir of unique) {
    let file: string;
    try {
      file = resolveFrom(name, dir);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      firstError ??= error;
      continue;
    }
    // Import failures (a missing build, a broken dependency) are reported as they are.
    return import(pathToFileURL(file).href);
  }
  throw new Error(`Cannot find package '${name}' from ${unique.join(", ")}`, { cause: firstError });
}

/** Resolves `name` to a file path as code in `dir` would import it. */
export function resolveFrom(name: string, dir: string): string {
  // createRequire needs a file inside the directory; it does not have to exist.
  const require = createRequire(join(dir, "noop.js"));
  try {
    return require.resolve(name);
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ERR_PACKAGE_PATH_NOT_EXPORTED") throw error;
    return resolveImportExport(name, require.resolve.paths(name) ?? []) ?? rethrow(error);
  }
}

/** The `import` entry of `exports["."]` of the first `node_modules/<name>` found in `paths`. */
function resolveImportExport(name: string, paths: readonly string[]): string | undefined {
  for (const base of paths) {
    const dir = join(base, name);
    let manifest: { exports?: unknown };
    try {
      manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { exports?: unknown };
    } catch {
      continue;
    }
    const exportsField = manifest.exports;
    const root =
      exportsField && typeof exportsField === "object" && "." in exportsField
        ? (exportsField as Record<string, unknown>)["."]
        : exportsField;
    const target = pickTarget(root);
    if (target) return join(dir, target);
  }
  return undefined;
}

function pickTarget(entry: unknown): string | undefined {
  if (typeof entry === "string") return entry;
  if (Array.isArray(entry)) {
    for (const item of entry) {
      const found = pickTarget(item);
      if (found) return found;
    }
    return undefined;
  }
  if (!entry || typeof entry !== "object") return undefined;
  for (const [condition, value] of Object.entries(entry)) {
    if (IMPORT_CONDITIONS.includes(condition)) {
      const found = pickTarget(value);
      if (found) return found;
    }
  }
  return undefined;
}

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND";
}

function rethrow(error: unknown): never {
  throw error;
}
