/**
 * Bundles a footprint entry the way a deployment that ships one file would: esbuild, minified,
 * ESM, platform node, code splitting on (so what the code loads through dynamic `import()`
 * lands in chunks of its own), and runs the bundle once, so the bytes measured are a working
 * program and not one that lost a module on the way. Node's built-in modules are not bundled, nor
 * is what only runs where Node's are missing: hyperid takes `Buffer` from Node's own `buffer`
 * module and `require`s the npm package `buffer/` only on platforms without one, so on Node that
 * package (with base64-js and ieee754, 23 KB) is never loaded.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { BENCH_DIR } from "../http/paths.js";
import { entrySource, type FootprintConfig } from "./configs.js";

export interface Bundle {
  /** esbuild's metafile: every output with its bytes, its imports and its inputs' bytes. */
  metafile: Metafile;
  /** The directory paths in the metafile are relative to. */
  workingDir: string;
  /** The entry's output file (a metafile key). */
  entryOutput: string;
  /** esbuild's warnings (text only). */
  warnings: string[];
}

// CommonJS packages bundled into ESM call `require` for Node's built-ins; ESM has none.
const REQUIRE_SHIM =
  'import{createRequire as __aigwRequire}from"node:module";const require=__aigwRequire(import.meta.url);';

/** Writes `dir`/entry.mjs for `footprint`, bundles it into `dir`/out, runs it; returns the metafile. */
export async function bundleFootprint(footprint: FootprintConfig, dir: string): Promise<Bundle> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, "entry.mjs");
  writeFileSync(entry, entrySource(footprint));
  const outdir = join(dir, "out");
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: BENCH_DIR,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node20",
    splitting: true,
    outdir,
    // .mjs: the chunks are ESM wherever they are copied, whatever package.json is above them.
    outExtension: { ".js": ".mjs" },
    metafile: true,
    external: ["buffer/"],
    banner: { js: REQUIRE_SHIM },
    logLevel: "silent",
  });
  const entryOutput = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint)?.[0];
  if (!entryOutput) throw new Error(`esbuild wrote no entry output for ${entry}`);
  checkRuns(join(BENCH_DIR, entryOutput), dir);
  return {
    metafile: result.metafile,
    workingDir: BENCH_DIR,
    entryOutput,
    warnings: result.warnings.map((w) => w.text),
  };
}

/** Runs the bundle's entry with plain node: it must create and close the gateway. */
function checkRuns(file: string, cwd: string): void {
  const run = spawnSync(process.execPath, [file], { cwd, encoding: "utf8", timeout: 30_000 });
  if (run.status !== 0 || !run.stdout.includes("FOOTPRINT_OK"))
    throw new Error(
      `the bundle ${file} did not run (exit ${run.status ?? run.signal}):\n${run.stderr.slice(-2000)}`,
    );
}
