/**
 * The path of the Deno executable that the `deno` npm package installed (its postinstall copies
 * the native binary from @deno/<platform> next to its package.json). Spawned directly rather than
 * through node_modules/.bin/deno, a Node launcher that runs Deno as its own child, so signals sent
 * by tests reach Deno itself. Throws, never skips, when the package is missing.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export function denoBinary(): string {
  const pkg = createRequire(import.meta.url).resolve("deno/package.json");
  const binary = join(dirname(pkg), process.platform === "win32" ? "deno.exe" : "deno");
  if (!existsSync(binary))
    throw new Error(`no Deno binary at ${binary}: run pnpm install (deno must be in onlyBuiltDependencies)`);
  return binary;
}
