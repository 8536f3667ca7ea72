/**
 * The HTTP benchmark's knobs, all from the environment so `pnpm --filter @aigw/bench http` needs
 * no arguments. Defaults keep a full run around 5 minutes on the 2-core dev box (up to ~9 when
 * other jobs on the box force rounds to be run again).
 */
import { availableParallelism } from "node:os";

export interface BenchOptions {
  /** Seconds of measured load per throughput round. */
  durationS: number;
  /** Seconds of unmeasured load before each throughput round (JIT, connection pools). */
  warmupS: number;
  /** Throughput rounds per system, interleaved across systems; the median round is reported. */
  rounds: number;
  /** Concurrent connections of the throughput load. */
  connections: number;
  /** Sequential (1 connection) requests per system, split across `rounds` interleaved batches. */
  sequential: number;
  /** Sequential streamed requests per system (time to first byte, total stream time). */
  streams: number;
  /** SSE chunks the mock upstream sends per streamed answer (before `data: [DONE]`). */
  chunks: number;
  /** Milliseconds the mock upstream waits before each chunk (0: all at once). */
  chunkDelayMs: number;
  /** Gateway cold starts to time. */
  coldStarts: number;
  /** Run the `--workers 1` vs `--workers 2` comparison. */
  workers: boolean;
  /** Profile the gateway: "auto" (only when a target is missed), "on" or "off". */
  profile: "auto" | "on" | "off";
  /** Seconds of load while the gateway runs under `--cpu-prof`. */
  profileS: number;
  /** Repeat a throughput round when other processes used more cores than this meanwhile. */
  maxOtherCores: number;
  /** Runs of one throughput round at most. */
  maxAttempts: number;
  /** Pin processes to cores with taskset (needs 2+ cores and taskset). */
  pin: boolean;
}

function num(name: string, fallback: number, min = 0): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min)
    throw new Error(`${name} must be a number >= ${min}, got "${raw}"`);
  return value;
}

function flag(name: string, fallback: boolean): boolean {
  const raw = process.env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  return !["0", "false", "no", "off"].includes(raw);
}

export function readOptions(): BenchOptions {
  const profile = (process.env["BENCH_PROFILE"] ?? "auto").trim().toLowerCase();
  return {
    durationS: num("BENCH_DURATION", 6, 1),
    warmupS: num("BENCH_WARMUP", 2, 0),
    rounds: Math.round(num("BENCH_ROUNDS", 3, 1)),
    connections: Math.round(num("BENCH_CONNECTIONS", 50, 1)),
    sequential: Math.round(num("BENCH_SEQUENTIAL", 2_000, 10)),
    streams: Math.round(num("BENCH_STREAMS", 500, 10)),
    chunks: Math.round(num("BENCH_CHUNKS", 20, 1)),
    chunkDelayMs: num("BENCH_CHUNK_DELAY_MS", 0, 0),
    coldStarts: Math.round(num("BENCH_COLD_STARTS", 5, 1)),
    workers: flag("BENCH_WORKERS", true),
    profile:
      profile === "1" || profile === "on" ? "on" : profile === "0" || profile === "off" ? "off" : "auto",
    profileS: num("BENCH_PROFILE_DURATION", 8, 1),
    maxOtherCores: num("BENCH_MAX_OTHER_CORES", 0.1, 0),
    maxAttempts: Math.round(num("BENCH_MAX_ATTEMPTS", 2, 1)),
    pin: flag("BENCH_PIN", availableParallelism() >= 2),
  };
}
