/** The footprint's tables: bytes loaded at start per program, and per package. */
import { table } from "../http/report.js";
import type { FootprintSummary } from "./analyze.js";

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function footprintTable(results: Record<string, FootprintSummary>): string {
  return table(
    ["program", "loaded at start KB", "files", "lazy chunks KB", "files", "what it is"],
    Object.entries(results).map(([name, r]) => [
      name,
      kb(r.startBytes),
      String(r.startFiles),
      kb(r.lazyBytes),
      String(r.lazyFiles),
      r.description,
    ]),
    [0, 5],
  );
}

/** Bytes per package of one program, largest at start first; packages under 0.1 KB are summed. */
export function footprintPackagesTable(summary: FootprintSummary): string {
  const shown = summary.packages.filter((p) => p.startBytes + p.lazyBytes >= 100);
  const rest = summary.packages.filter((p) => p.startBytes + p.lazyBytes < 100);
  const rows = shown.map((p) => [p.name, kb(p.startBytes), kb(p.lazyBytes), p.importedBy.join(", ")]);
  if (rest.length > 0)
    rows.push([
      `${rest.length} more, each < 0.1 KB`,
      kb(rest.reduce((sum, p) => sum + p.startBytes, 0)),
      kb(rest.reduce((sum, p) => sum + p.lazyBytes, 0)),
      "",
    ]);
  return table(["package", "at start KB", "lazy KB", "imported by"], rows, [0, 3]);
}
