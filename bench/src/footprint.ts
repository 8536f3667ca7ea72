/**
 * Footprint: how much code a gateway program loads at start. Bundles a program that creates a
 * gateway (createGateway + one OpenAI provider, memory stores; and the default config's plugin
 * set) with esbuild, minified ESM for Node with code splitting, and reports the bytes of the
 * entry and the chunks it imports statically (what loads at start), the chunks reached only
 * through dynamic `import()` (loaded when a config needs them), and which packages the bytes
 * come from. The HTTP benchmark runs the same as its `footprint` phase.
 *
 * Run (after building): pnpm --filter @aigw/bench footprint
 * Output: tables on stdout, JSON in bench/results/footprint.json, bundles in bench/results/footprint/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { measureFootprints } from "./footprint/measure.js";
import { footprintPackagesTable, footprintTable } from "./footprint/report.js";
import { assertBuilt } from "./http/gateway.js";
import { RESULTS_DIR } from "./http/paths.js";
import { targetsTable } from "./http/report.js";
import { evaluateTargets } from "./http/targets.js";

assertBuilt();
const footprint = await measureFootprints();
const targets = evaluateTargets({ footprint }).filter((t) => t.result !== "not measured");
const out = [
  "# aigw footprint (esbuild: minified, ESM, platform node, code splitting; KB = 1,024 bytes)",
  "",
  footprintTable(footprint),
  ...Object.entries(footprint).flatMap(([name, summary]) => [
    "",
    `## ${name}: bytes per package`,
    "",
    footprintPackagesTable(summary),
  ]),
  "",
  "## Target",
  "",
  targetsTable(targets),
];
process.stdout.write(`${out.join("\n")}\n`);
mkdirSync(RESULTS_DIR, { recursive: true });
writeFileSync(
  join(RESULTS_DIR, "footprint.json"),
  `${JSON.stringify({ date: new Date().toISOString(), footprint, targets }, null, 2)}\n`,
);
