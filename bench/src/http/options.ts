/**
 * The HTTP benchmark's knobs, all from the environment so `pnpm --filter @aigw/bench http` needs
 * no arguments. Defaults keep a full run around 6 minutes on a 2-core box (up to ~9 when other
 * jobs on the box force rounds to be run again); BENCH_PHASES runs a subset of the phases for
 * faster iteration.
 */
import { availableParallelism } from "node:os";
import { PIPELINES, type Pipeline } from "./pipelines.js";

/** The measurement phases BENCH_PHASES picks from, in the order they run. */
export const PHASES = [
  "sequential",
  "streaming",
  "throughput",
  "paired",
  "workers",
  "coldstart",
  "footprint",
] as const;
export type Phase = (typeof PHASES)[number];

export interface BenchOptions {
  /**
   * The phases to run, in run order (BENCH_PHASES, comma-separated; default all). The check
   * always runs and the profile follows BENCH_PROFILE. BENCH_WORKERS=0 leaves `workers` out.
   */
  phases: Phase[];
  /** Seconds of measured load per throughput round. */
  durationS: number;
  /** Seconds of unmeasured load before each throughput round (JIT, connection pools). */
  warmupS: number;
  /** Throughput rounds per system, interleaved across systems; the median round is reported. */
  rounds: number;
  /** Paired rounds per pair (the paired and the workers phases), interleaved across pairs. */
  pairedRounds: number;
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
  /** Profile the gateway: "auto" (only when a target is missed), "on" or "off". */
  profile: "auto" | "on" | "off";
  /** Seconds of load while the gateway runs under `--cpu-prof`. */
  profileS: number;
  /** The pipeline profiled. */
  profilePipeline: Pipeline;
  /** Profile under the 2 KB prompt (BENCH_PROFILE_PROMPT=2kb) rather than the benchmark's request. */
  profileLongPrompt: boolean;
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

function isPhase(name: string): name is Phase {
  return (PHASES as readonly string[]).includes(name);
}

/** BENCH_PHASES, validated; BENCH_WORKERS=0 (the older knob) drops `workers`. */
function phases(workers: boolean): Phase[] {
  const raw = process.env["BENCH_PHASES"];
  let wanted: readonly Phase[] = PHASES;
  if (raw !== undefined && raw.trim() !== "") {
    const names = raw
      .split(",")
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== "");
    const unknown = names.filter((name) => !isPhase(name));
    if (unknown.length > 0)
      throw new Error(
        `BENCH_PHASES: unknown phase ${unknown.map((name) => `"${name}"`).join(", ")}; known: ${PHASES.join(", ")}`,
      );
    wanted = names.filter(isPhase);
  }
  // Run order is fixed, whatever the listed order: the pinned phases come before the unpinned ones.
  const selected = PHASES.filter((phase) => wanted.includes(phase) && (workers || phase !== "workers"));
  if (selected.length === 0)
    throw new Error(`BENCH_PHASES="${raw}"${workers ? "" : " with BENCH_WORKERS=0"} leaves no phase to run`);
  return selected;
}

function pipeline(name: string, fallback: Pipeline): Pipeline {
  const raw = process.env[name]?.trim();
  if (raw === undefined || raw === "") return fallback;
  const found = PIPELINES.find((p) => p === raw);
  if (!found) throw new Error(`${name}: unknown pipeline "${raw}"; known: ${PIPELINES.join(", ")}`);
  return found;
}

export function readOptions(): BenchOptions {
  const profile = (process.env["BENCH_PROFILE"] ?? "auto").trim().toLowerCase();
  const rounds = Math.round(num("BENCH_ROUNDS", 3, 1));
  return {
    phases: phases(flag("BENCH_WORKERS", true)),
    durationS: num("BENCH_DURATION", 6, 1),
    warmupS: num("BENCH_WARMUP", 2, 0),
    rounds,
    pairedRounds: Math.round(num("BENCH_PAIRED_ROUNDS", rounds, 1)),
    connections: Math.round(num("BENCH_CONNECTIONS", 50, 1)),
    sequential: Math.round(num("BENCH_SEQUENTIAL", 2_000, 10)),
    streams: Math.round(num("BENCH_STREAMS", 500, 10)),
    chunks: Math.round(num("BENCH_CHUNKS", 20, 1)),
    chunkDelayMs: num("BENCH_CHUNK_DELAY_MS", 0, 0),
    coldStarts: Math.round(num("BENCH_COLD_STARTS", 5, 1)),
    profile:
      profile === "1" || profile === "on" ? "on" : profile === "0" || profile === "off" ? "off" : "auto",
    profileS: num("BENCH_PROFILE_DURATION", 8, 1),
    profilePipeline: pipeline("BENCH_PROFILE_PIPELINE", "default-shape"),
    profileLongPrompt: (process.env["BENCH_PROFILE_PROMPT"] ?? "").trim().toLowerCase() === "2kb",
    maxOtherCores: num("BENCH_MAX_OTHER_CORES", 0.1, 0),
    maxAttempts: Math.round(num("BENCH_MAX_ATTEMPTS", 2, 1)),
    pin: flag("BENCH_PIN", availableParallelism() >= 2),
  };
}
