/** Where things are: the repository, the bench package, its results, the built gateway CLI. */
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_DIR = fileURLToPath(new URL("../../../", import.meta.url));
export const BENCH_DIR = join(REPO_DIR, "bench");
export const RESULTS_DIR = join(BENCH_DIR, "results");
export const CLI = join(REPO_DIR, "runtime-node/dist/cli.js");
