/**
 * The harness's own child scripts (mock upstream, pass-through) are TypeScript; they are
 * transpiled to plain JavaScript once per run (bench/results/run/js/) and started with plain
 * `node`, like the gateway's built CLI. Running them under tsx would load its loader into each
 * child (tens of MB of RSS, a loader thread), skewing what the comparison measures.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** The scripts children run, and every module they import from this directory. */
const FILES = ["upstream-main.ts", "passthrough-main.ts", "payloads.ts"];

let compiledTo: string | undefined;

/** Transpiles the child scripts into `outDir` (once); returns the directory. */
export function compileChildScripts(outDir: string): string {
  if (compiledTo) return compiledTo;
  mkdirSync(outDir, { recursive: true });
  for (const file of FILES) {
    const source = readFileSync(fileURLToPath(new URL(file, import.meta.url)), "utf8");
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      fileName: file,
    });
    writeFileSync(join(outDir, file.replace(/\.ts$/, ".js")), outputText);
  }
  // ESM, whatever package.json is above the output directory.
  writeFileSync(join(outDir, "package.json"), '{ "type": "module" }\n');
  compiledTo = outDir;
  return outDir;
}
