/**
 * Which package a bundled file belongs to, so bundle bytes can be summed per package: the name
 * after the last `node_modules/` for installed packages, else the `name` of the nearest
 * package.json above the file (the workspace's own packages, which pnpm links, not copies).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const named = new Map<string, string | undefined>();

/** The `name` of `dir`'s package.json, if it has one (nested ones often carry only `type`). */
function nameIn(dir: string): string | undefined {
  if (named.has(dir)) return named.get(dir);
  const file = join(dir, "package.json");
  let name: string | undefined;
  if (existsSync(file)) {
    const json = JSON.parse(readFileSync(file, "utf8")) as { name?: unknown };
    if (typeof json.name === "string") name = json.name;
  }
  named.set(dir, name);
  return name;
}

/** The package of `path` (as esbuild's metafile gives it: relative to `workingDir`). */
export function packageOf(path: string, workingDir: string): string {
  const at = path.lastIndexOf("node_modules/");
  if (at >= 0) {
    const parts = path.slice(at + "node_modules/".length).split("/");
    return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  // Virtual modules (esbuild's own, or a disabled browser file) have a namespace prefix.
  if (/^[a-z-]+:/.test(path) && !path.startsWith("file:")) return `(${path.split(":")[0]})`;
  for (let dir = dirname(resolve(workingDir, path)); ; dir = dirname(dir)) {
    const name = nameIn(dir);
    if (name) return name;
    if (dirname(dir) === dir) return "(no package)";
  }
}
