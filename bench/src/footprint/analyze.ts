/**
 * What a bundle loads at start: the entry's output file and every chunk it imports statically,
 * transitively (chunks reached only through a dynamic `import()` load later, if ever), and the
 * bytes each package contributes to that, from esbuild's metafile.
 */
import type { Metafile } from "esbuild";
import type { Bundle } from "./bundle.js";
import { packageOf } from "./package-of.js";

export interface PackageBytes {
  name: string;
  /** Minified bytes in the files loaded at start. */
  startBytes: number;
  /** Minified bytes in the chunks loaded only through dynamic `import()`. */
  lazyBytes: number;
  /** The packages that import it (`name (import())` when only through dynamic `import()`). */
  importedBy: string[];
}

export interface FootprintSummary {
  description: string;
  /** Bytes of the files loaded at start (entry + static chunks). */
  startBytes: number;
  startFiles: number;
  /** Bytes of the chunks reached only through dynamic `import()`. */
  lazyBytes: number;
  lazyFiles: number;
  /** Per package, largest at start first; `(esbuild glue)` is the output not attributed to an input. */
  packages: PackageBytes[];
  warnings: string[];
}

/** The outputs loaded with `entry`: it and the chunks it imports with static `import`, transitively. */
export function staticClosure(outputs: Metafile["outputs"], entry: string): Set<string> {
  const loaded = new Set([entry]);
  for (const file of loaded) {
    for (const imported of outputs[file]?.imports ?? []) {
      if (imported.kind === "import-statement" && !imported.external && imported.path in outputs)
        loaded.add(imported.path);
    }
  }
  return loaded;
}

export function summarizeBundle(bundle: Bundle, description: string): FootprintSummary {
  const { outputs } = bundle.metafile;
  const start = staticClosure(outputs, bundle.entryOutput);
  const code = Object.keys(outputs).filter((file) => !file.endsWith(".map"));
  const lazy = code.filter((file) => !start.has(file));
  const packages = new Map<string, PackageBytes>();
  const add = (name: string, bytes: number, atStart: boolean) => {
    const entry = packages.get(name) ?? { name, startBytes: 0, lazyBytes: 0, importedBy: [] };
    if (atStart) entry.startBytes += bytes;
    else entry.lazyBytes += bytes;
    packages.set(name, entry);
  };
  const entryInput = outputs[bundle.entryOutput]!.entryPoint;
  const nameOf = (input: string) =>
    input === entryInput ? "(the entry)" : packageOf(input, bundle.workingDir);
  for (const file of code) {
    const output = outputs[file]!;
    let attributed = 0;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput === 0) continue;
      add(nameOf(input), bytesInOutput, start.has(file));
      attributed += bytesInOutput;
    }
    // Module wrappers, the import/export statements between chunks, the require shim.
    add("(esbuild glue)", output.bytes - attributed, start.has(file));
  }
  const importers = importersOf(bundle.metafile.inputs, nameOf);
  for (const entry of packages.values()) entry.importedBy = importers.get(entry.name) ?? [];
  const bytes = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + outputs[file]!.bytes, 0);
  return {
    description,
    startBytes: bytes(start),
    startFiles: start.size,
    lazyBytes: bytes(lazy),
    lazyFiles: lazy.length,
    packages: [...packages.values()].sort((a, b) => b.startBytes - a.startBytes || b.lazyBytes - a.lazyBytes),
    warnings: bundle.warnings,
  };
}

/** For each package, the other packages whose files import one of its files. */
function importersOf(inputs: Metafile["inputs"], nameOf: (input: string) => string): Map<string, string[]> {
  const edges = new Map<string, Map<string, boolean>>();
  for (const [file, input] of Object.entries(inputs)) {
    const from = nameOf(file);
    for (const imported of input.imports) {
      if (imported.external || !(imported.path in inputs)) continue;
      const to = nameOf(imported.path);
      if (to === from) continue;
      const byImporter = edges.get(to) ?? new Map<string, boolean>();
      // Static wins: a package imported both ways loads at start.
      byImporter.set(from, (byImporter.get(from) ?? true) && imported.kind === "dynamic-import");
      edges.set(to, byImporter);
    }
  }
  return new Map(
    [...edges].map(([to, byImporter]) => [
      to,
      [...byImporter].map(([from, dynamicOnly]) => (dynamicOnly ? `${from} (import())` : from)).sort(),
    ]),
  );
}
