/**
 * The names of the systems the HTTP benchmark measures, as they appear in its tables, its JSON
 * and its targets. The gateway's pipelines are named as in pipelines.ts.
 */

/** The mock upstream itself. */
export const DIRECT = "direct";
/** The bare Node pass-through proxy, with V8's default heap sizing. */
export const PASS = "pass-through";
/** The same proxy under the gateway's V8 heap flags: both held to the same memory. */
export const PASS_HEAP = "pass-through, gateway heap flags";
/** The `provider` pipeline under `--workers 1` and `--workers 2`. */
export const WORKERS_1 = "gateway --workers 1";
export const WORKERS_2 = "gateway --workers 2";

/** A paired comparison's key: "conditional vs provider". */
export function pairName(system: string, base: string): string {
  return `${system} vs ${base}`;
}
