/**
 * The footprint measurement: bundles the `provider` and the `default` gateway programs and
 * reports, for each, the minified bytes loaded at start and the bytes per package.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RESULTS_DIR } from "../http/paths.js";
import { type FootprintSummary, summarizeBundle } from "./analyze.js";
import { bundleFootprint } from "./bundle.js";
import { defaultConfig, PROVIDER_CONFIG } from "./configs.js";

/** Where the entries and bundles are kept (bench/results is git-ignored), to inspect them. */
export const FOOTPRINT_DIR = join(RESULTS_DIR, "footprint");

/** `provider` and `default`, bundled and summarized; the bundles stay in FOOTPRINT_DIR. */
export async function measureFootprints(): Promise<Record<string, FootprintSummary>> {
  const logDir = mkdtempSync(join(tmpdir(), "aigw-footprint-logs-"));
  try {
    const out: Record<string, FootprintSummary> = {};
    for (const footprint of [PROVIDER_CONFIG, await defaultConfig(logDir)]) {
      const bundle = await bundleFootprint(footprint, join(FOOTPRINT_DIR, footprint.name));
      out[footprint.name] = summarizeBundle(bundle, footprint.description);
    }
    return out;
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
}
