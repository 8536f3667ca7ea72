/**
 * Finds and imports a package by name from a list of directories, in order. Resolution is Node's
 * own (`createRequire(dir).resolve`: node_modules lookup, `exports`, and any `--conditions`
 * given to node). Packages that export only an `import` condition (ESM-only, which `require`
 * resolution refuses) are resolved from their package.json `exports` by hand.
 *
 * The two ways to fail are told apart, because they need different fixes: no directory has the
 * package (install it: `PackageNotFoundError`), or one has it but it cannot be imported (a missing
 * build, a broken dependency: `PackageImportError`, with the cause).
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const IMPORT_CONDITIONS = ["import", "node", "default"];

/** No directory searched has the package. */
export class PackageNotFoundError extends Error {
  constructor(
    readonly packageName: string,
    /** The directories whose node_modules (and their parents') were searched, in order. */
    readonly searched: readonly string[],
  ) {
    super(`Cannot find package '${packageName}' from ${searched.join(", ")}`);
    this.name = "PackageNotFoundError";
  }
}

/** The package is installed at `location` but could not be imported. */
export class PackageImportError extends Error {
  constructor(
    readonly packageName: string,
    /** The file imported, or the package's folder when its entry point is missing. */
    readonly location: string,
    /** `entry`: its package.json points to no file (typically not built yet); `import`: importing it threw. */
    readonly failed: "entry" | "import",
    cause: unknown,
  ) {
    super(
      failed === "entry"
        ? `installed at ${location}, but its entry point is missing (is the package built?): ${messageOf(cause)}`
        : `found at ${location}, but importing it failed: ${messageOf(cause)}`,
      { cause },
    );
    this.name = "PackageImportError";
  }
}

/** Imports `name` as resolved from the first directory that has it. */
export async function importFrom(name: string, dirs: readonly string[]): Promise<unknown> {
  const unique = [...new Set(dirs)];
  for (const dir of unique) {
    let file: string;
    try {
      file = resolveFrom(name, dir);
    } catch (error) {
      // Installed, but its entry point is missing (typically dist/ before a build). Deno reports
      // that as ENOENT rather than as a module not found, so the folder is what tells.
      const installed = findPackageDir(name, dir);
      if (installed) throw new PackageImportError(name, installed, "entry", error);
      if (!isNotFound(error)) throw error;
      continue;
    }
    try {
      return await import(pathToFileURL(file).href);
    } catch (error) {
      throw new PackageImportError(name, file, "import", error);
    }
  }
  throw new PackageNotFoundError(name, unique);
}

/** Resolves `name` to a file path as code in `dir` would import it. */
export function resolveFrom(name: string, dir: string): string {
  const require = requireIn(dir);
  try {
    return require.resolve(name);
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ERR_PACKAGE_PATH_NOT_EXPORTED") throw error;
    return resolveImportExport(name, require.resolve.paths(name) ?? []) ?? rethrow(error);
  }
}

/** The folder of the package `name` as code in `dir` would find it, if there is one. */
export function findPackageDir(name: string, dir: string): string | undefined {
  for (const base of requireIn(dir).resolve.paths(name) ?? []) {
    const candidate = join(base, name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
  }
  return undefined;
}

function requireIn(dir: string): NodeJS.Require {
  // createRequire needs a file inside the directory; it does not have to exist.
  return createRequire(join(dir, "noop.js"));
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

/** `Name: message`, without a stack; Node's require errors append a "Require stack:" list. */
function messageOf(error: unknown): string {
  // Bun's resolve errors are not `Error` instances, but have the same name and message fields.
  const { name, message, errors } = (error ?? {}) as { name?: unknown; message?: unknown; errors?: unknown };
  if (typeof message !== "string") return String(error);
  let text = message.split("\nRequire stack:")[0]?.trim() ?? "";
  // Bun reports a syntax error as an AggregateError whose message only counts the errors.
  if (Array.isArray(errors) && errors.length > 0) text += `: ${errors.map(messageOf).join("; ")}`;
  return typeof name === "string" && name !== "" ? `${name}: ${text}` : text;
}

function rethrow(error: unknown): never {
  throw error;
}
