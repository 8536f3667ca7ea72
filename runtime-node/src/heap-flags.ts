/**
 * The V8 heap settings the gateway runs with. By default V8 lets a busy process's heap grow far
 * beyond what it keeps alive (young generation up to 2 x 16 MB, the old one up to ~4x its live
 * size before a full GC), which put a loaded gateway at 145 MB RSS (260-430 MB in session 1).
 * 4 MB semi-spaces and an old generation allowed 50 % over its live size keep it around 90 MB.
 * The semi-space size is the trade: GC took 17 % of the gateway's CPU under load at 2 MB, 11 %
 * at 4 MB and 8-9 % at 6-8 MB, where the peak RSS reached 97-100 MB (docs/benchmarks.md).
 * No hard cap: a large request still gets the heap it needs.
 *
 * V8 reads these only at start-up (`v8.setFlagsFromString` later has no effect, and NODE_OPTIONS
 * refuses --heap-growing-percent), so they are given on the command line: by the `aigw` shebang,
 * `npm start`, the `--workers` primary for its workers, and the benchmark.
 */
export const HEAP_FLAGS: readonly string[] = ["--max-semi-space-size=4", "--heap-growing-percent=50"];

/** The heap flags a process was not started with (by flag name; a value of the user's own wins). */
export function missingHeapFlags(execArgv: readonly string[] = process.execArgv): string[] {
  const given = new Set(execArgv.map((arg) => arg.split("=")[0]!.replace(/_/g, "-")));
  return HEAP_FLAGS.filter((flag) => !given.has(flag.split("=")[0]!));
}
