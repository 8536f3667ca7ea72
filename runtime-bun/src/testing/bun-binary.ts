/**
 * The path of the Bun executable that the `bun` npm package installed. Its postinstall puts the
 * native binary at `bin/bun.exe` (the name on every platform). Spawned directly rather than
 * through node_modules/.bin/bun, a shell script that does not `exec`, so signals sent by tests
 * reach Bun itself. Throws, never skips, when the package is missing.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export function bunBinary(): string {
  const pkg = createRequire(import.meta.url).resolve("bun/package.json");
  const binary = join(dirname(pkg), "bin", "bun.exe");
  if (!existsSync(binary))
    throw new Error(`no Bun binary at ${binary}: run pnpm install (bun must be in onlyBuiltDependencies)`);
  return binary;
}
