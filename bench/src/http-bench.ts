/**
 * HTTP benchmark: what the gateway costs over the network, and what each piece of the default
 * pipeline's shape costs, in one run. It starts a mock OpenAI upstream and, each in its own
 * process, the systems under test: the upstream itself (direct), a featureless Node pass-through
 * proxy (the ceiling for any Node proxy), the same proxy under the gateway's V8 heap flags (the
 * fair ceiling: both held to the same memory), and the gateway CLI with four pipelines
 * (pipelines.ts): `provider`, `conditional`, `fallback` and `default-shape`.
 * It measures sequential latency, streamed TTFB, throughput with RSS and CPU, paired throughput
 * (two systems on one core at once: each pipeline against `provider`, `provider` against the
 * pass-throughs), CPU per request under `--workers 2` vs 1, cold start and the code loaded at
 * start (footprint), checks the targets, and profiles the gateway when one is missed.
 * BENCH_PHASES picks a subset of those phases (the check always runs): only the systems the
 * chosen phases need are started, and targets of the others are reported as not measured.
 *
 * Placement on a 2-core box (BENCH_PIN=1, the default with taskset): the load generator (this
 * process) and the upstream share core 0; the systems under test get core 1. The workers
 * comparison needs both cores for the gateway, so there nothing is pinned.
 *
 * Run (after building): pnpm --filter @aigw/bench http   (knobs: see src/http/options.ts)
 * Output: tables on stdout, JSON in bench/results/latest.json.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus as cpuInfo, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { measureFootprints } from "./footprint/measure.js";
import { footprintPackagesTable, footprintTable } from "./footprint/report.js";
import { type Child, canPin, scriptArgs, setAffinity, spawnChild } from "./http/children.js";
import { bareNodeColdStarts, type ColdStart, gatewayColdStarts } from "./http/cold-start.js";
import { assertBuilt, heapFlags, startGateway, writeGatewayConfig } from "./http/gateway.js";
import { DIRECT, PASS, PASS_HEAP, pairName, WORKERS_1, WORKERS_2 } from "./http/names.js";
import { PHASES, type Phase, readOptions } from "./http/options.js";
import { type Pair, type PairedSummary, pairedPhase } from "./http/paired.js";
import { REPO_DIR, RESULTS_DIR } from "./http/paths.js";
import { longRequestBody } from "./http/payloads.js";
import {
  type LatencySummary,
  type System,
  sequentialPhase,
  type ThroughputSummary,
  throughputPhase,
  verify,
} from "./http/phases.js";
import { PIPELINES, type Pipeline } from "./http/pipelines.js";
import { treeRss } from "./http/proc-stats.js";
import { type ProfileSummary, summarizeProfile } from "./http/profile.js";
import {
  coldStartTable,
  pairedLines,
  pairedTable,
  pairedWarnings,
  profileTable,
  sequentialTable,
  streamTable,
  type Target,
  targetsTable,
  throughputTable,
} from "./http/report.js";
import { evaluateTargets, type Measurements } from "./http/targets.js";
import { loadRun } from "./http/throughput.js";

const log = (message: string) => process.stderr.write(`[http-bench] ${message}\n`);
// Ctrl-C must run the exit hook that kills the children.
process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));

const options = readOptions();
assertBuilt();
const coreCount = availableParallelism();
const pinned = options.pin && coreCount >= 2 && canPin();
const ALL_CPUS = `0-${coreCount - 1}`;
const LOADGEN_CPUS = pinned ? "0" : undefined;
const SUT_CPUS = pinned ? "1" : undefined;

/** The gateway the latency, memory and cold-start targets are about. */
const GW: Pipeline = "provider";
/** Under unpaired throughput load: the ceilings, the smallest gateway and the default's shape. */
const THROUGHPUT_PIPELINES: readonly Pipeline[] = ["provider", "default-shape"];
/**
 * Paired: each piece of the default's shape against `provider`, the input guardrail set against
 * `provider` (on the benchmark's request, and on a 2 KB prompt: guardrails read the prompt), and
 * `provider` against the ceilings.
 */
const ALL_PAIRS: readonly [system: string, base: string, prompt?: "2 KB prompt"][] = [
  ["conditional", GW],
  ["fallback", GW],
  ["default-shape", GW],
  ["guardrails", GW],
  ["guardrails", GW, "2 KB prompt"],
  ["metrics", "default-shape"],
  ["postgres", "default-shape"],
  [GW, PASS_HEAP],
  [GW, PASS],
];

/** BENCH_PAIRS (comma-separated systems, e.g. `metrics,postgres`) keeps only their pairs. */
const PAIRS = pairsWanted(ALL_PAIRS, process.env["BENCH_PAIRS"]);

function pairsWanted<T extends readonly [string, ...unknown[]]>(
  all: readonly T[],
  raw: string | undefined,
): readonly T[] {
  if (!raw?.trim()) return all;
  const names = raw.split(",").map((name) => name.trim());
  const kept = all.filter(([system]) => names.includes(system));
  if (kept.length === 0) throw new Error(`BENCH_PAIRS="${raw}": no pair has one of these systems`);
  return kept;
}

const children: Child[] = [];
async function start(child: Promise<Child>): Promise<Child> {
  const started = await child;
  children.push(started);
  return started;
}
async function stop(child: Child): Promise<void> {
  await child.stop();
  children.splice(children.indexOf(child), 1);
}
function repin(pids: readonly number[], cpus: string | undefined): void {
  if (!pinned || !cpus) return;
  for (const pid of pids) setAffinity(pid, cpus);
}

const logDir = mkdtempSync(join(tmpdir(), "aigw-bench-logs-"));
const throughputSettings = {
  connections: options.connections,
  durationS: options.durationS,
  warmupS: options.warmupS,
  rounds: options.rounds,
  maxOtherCores: options.maxOtherCores,
  maxAttempts: options.maxAttempts,
};

interface Results extends Measurements {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };
  options: typeof options;
  placement: string;
  heapFlags: readonly string[];
  targets: Target[];
  profile?: ProfileSummary;
}

const runs = (phase: Phase) => options.phases.includes(phase);
const runsAny = (...phases: Phase[]) => phases.some(runs);

type Configs = Record<Pipeline, string>;

async function main(): Promise<Results> {
  log(
    `phases: check, ${options.phases.join(", ")}${options.profile === "off" ? "" : `, profile (${options.profile})`}`,
  );
  log(`pinning: ${pinned ? "load generator + upstream on cpu 0, systems under test on cpu 1" : "off"}`);
  const [typical, worst] = estimatedMinutes();
  log(
    `estimated time: ~${typical} min${worst > typical ? ` (up to ~${worst} if other jobs force reruns)` : ""}`,
  );
  if (pinned) setAffinity(process.pid, LOADGEN_CPUS!);

  // Always started: every gateway config points at it (cold starts and the profile included).
  const upstream = await start(
    spawnChild({
      name: "upstream",
      args: scriptArgs("./upstream-main.ts", String(options.chunks), String(options.chunkDelayMs)),
      cpus: LOADGEN_CPUS,
    }),
  );
  const configs = Object.fromEntries(
    PIPELINES.map((p) => [p, writeGatewayConfig(`gateway-${p}`, p, upstream.url, logDir)]),
  ) as Configs;
  const measured: Measurements = await pinnedPhases(upstream, configs);

  // Everything shares both cores from here on.
  repin([process.pid, upstream.pid], ALL_CPUS);
  if (runs("workers")) measured.workers = await workersPhase(upstream, configs[GW]);
  if (runs("coldstart")) measured.coldStart = await coldStartPhase(configs);
  if (runs("footprint")) {
    log("footprint: bundling the provider and the default programs with esbuild");
    measured.footprint = await measureFootprints();
  }

  const targets = evaluateTargets(measured);
  let profile: ProfileSummary | undefined;
  if (
    options.profile === "on" ||
    (options.profile === "auto" && targets.some((t) => t.result === "missed"))
  ) {
    repin([process.pid, upstream.pid], LOADGEN_CPUS);
    profile = await profileGateway(configs[options.profilePipeline]);
  }
  await stop(upstream);

  return {
    date: new Date().toISOString(),
    machine: {
      cpus: coreCount,
      cpuModel: cpuInfo()[0]?.model ?? "unknown",
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    options,
    placement: pinned
      ? "load generator + upstream pinned to cpu 0, systems under test to cpu 1 (taskset); workers and cold start unpinned"
      : "unpinned",
    heapFlags: await heapFlags(),
    ...measured,
    targets,
    ...(profile ? { profile } : {}),
  };
}

/** Rough minutes for the selected phases on a 2-core box: on a quiet box, and with every round run again. */
function estimatedMinutes(): [number, number] {
  // A throughput round: warm-up, measurement, and ~1 s of setting up and sampling around them.
  const perRound = options.durationS + options.warmupS + 1;
  const throughputRounds = options.rounds * (runs("throughput") ? 3 + THROUGHPUT_PIPELINES.length : 0);
  // Paired rounds are never run again: both sides of a pair see the same disturbance.
  const pairs = (runs("paired") ? PAIRS.length : 0) + (runs("workers") ? 1 : 0);
  const paired = pairs * (options.warmupS + options.pairedRounds * (options.durationS + 0.5));
  // The rest at the default counts (start-up and check, 2,000 sequential requests, 500 streams,
  // 5 cold starts, two bundles), scaled to the counts asked for.
  const rest =
    20 +
    (runs("sequential") ? (20 * options.sequential) / 2_000 : 0) +
    (runs("streaming") ? (12 * options.streams) / 500 : 0) +
    (runs("coldstart") ? (12 * options.coldStarts) / 5 : 0) +
    (runs("footprint") ? 10 : 0) +
    (options.profile === "off" ? 0 : options.profileS + options.warmupS + 2);
  const minutes = (attempts: number) =>
    Math.ceil((perRound * throughputRounds * attempts + paired + rest) / 60);
  return [minutes(1), minutes(options.maxAttempts)];
}

/**
 * The pinned phases that were selected (sequential, streaming, throughput, paired), after the
 * check. Only the systems they need are started, and all of those are checked.
 */
async function pinnedPhases(upstream: Child, configs: Configs): Promise<Measurements> {
  const latency = runsAny("sequential", "streaming");
  const needsPassthrough = latency || runsAny("throughput", "paired");
  const passthrough = needsPassthrough
    ? await start(
        spawnChild({ name: PASS, args: scriptArgs("./passthrough-main.ts", upstream.url), cpus: SUT_CPUS }),
      )
    : undefined;
  const passthroughHeap = runsAny("throughput", "paired")
    ? await start(
        spawnChild({
          name: PASS_HEAP,
          args: [...(await heapFlags()), ...scriptArgs("./passthrough-main.ts", upstream.url)],
          cpus: SUT_CPUS,
        }),
      )
    : undefined;
  const paired = new Set(PAIRS.flatMap(([system, base]) => [system, base]));
  const wanted = PIPELINES.filter(
    (p) =>
      latency ||
      (runs("paired") && paired.has(p)) ||
      (runs("throughput") && THROUGHPUT_PIPELINES.includes(p)),
  );
  const gateways = new Map<string, Child>();
  for (const p of wanted)
    gateways.set(p, await start(startGateway({ name: p, configFile: configs[p], cpus: SUT_CPUS })));

  const system = (name: string, child: Child): System => ({
    name,
    url: child.url,
    pid: child.pid,
    upstreamPid: upstream.pid,
  });
  const byName = new Map<string, System>([
    [DIRECT, system(DIRECT, upstream)],
    ...(passthrough ? [[PASS, system(PASS, passthrough)] as const] : []),
    ...(passthroughHeap ? [[PASS_HEAP, system(PASS_HEAP, passthroughHeap)] as const] : []),
    ...[...gateways].map(([name, child]) => [name, system(name, child)] as const),
  ]);
  const pick = (names: readonly string[]) => names.flatMap((name) => byName.get(name) ?? []);
  await verify([...byName.values()]);

  const measured: Measurements = {};
  // Latency: the pass-through's heap flags change nothing one request at a time.
  const latencySystems = pick([DIRECT, PASS, ...PIPELINES]);
  if (runs("sequential")) {
    log(`sequential: ${options.sequential} plain requests per system, 1 connection`);
    measured.sequential = await sequentialPhase(
      latencySystems,
      false,
      options.sequential,
      throughputSettings,
    );
  }
  if (runs("streaming")) {
    log(`streaming: ${options.streams} streamed requests per system (${options.chunks} chunks)`);
    measured.streaming = await sequentialPhase(latencySystems, true, options.streams, throughputSettings);
  }
  if (runs("throughput")) {
    const systems = pick([DIRECT, PASS, PASS_HEAP, ...THROUGHPUT_PIPELINES]);
    const idleRss = idleRssOf(systems);
    log(
      `throughput: ${options.connections} connections, ${options.rounds} x (${options.warmupS} s warm-up + ${options.durationS} s)`,
    );
    measured.throughput = withIdleRss(await throughputPhase(systems, throughputSettings), idleRss);
  }
  if (runs("paired")) {
    log(
      `paired: two systems on one core at once, ${options.connections / 2} connections each, ${options.pairedRounds} x ${options.durationS} s`,
    );
    // A gateway that is the base of a pair gets a process of its own for that pair: shared by
    // several pairs, one process would be warmed up and loaded more than each system it is
    // compared with (which skewed its pairs by several points against measuring a pair alone).
    const ownBases: Child[] = [];
    const ownSystems: System[] = [];
    const pairs: Pair[] = [];
    for (const [name, base, prompt] of PAIRS) {
      let baseSystem = byName.get(base)!;
      if (gateways.has(base)) {
        const own = await start(
          startGateway({
            name: `${base} (base of ${name})`,
            configFile: configs[base as Pipeline],
            cpus: SUT_CPUS,
          }),
        );
        ownBases.push(own);
        baseSystem = system(base, own);
        ownSystems.push(baseSystem);
      }
      pairs.push({
        name: prompt ? `${pairName(name, base)}, ${prompt}` : pairName(name, base),
        system: byName.get(name)!,
        base: baseSystem,
        body: prompt ? longRequestBody() : undefined,
        label: prompt,
      });
    }
    await verify(ownSystems);
    measured.paired = await pairedPhase(pairs, { ...pairedSettings(), upstreamPid: upstream.pid });
    for (const child of ownBases) await stop(child);
  }
  for (const child of [...gateways.values(), passthroughHeap, passthrough]) if (child) await stop(child);
  return measured;
}

function pairedSettings() {
  return {
    connections: options.connections,
    durationS: options.durationS,
    warmupS: options.warmupS,
    rounds: options.pairedRounds,
  };
}

/** Cold starts, unpinned: a bare node:http server (the floor), `provider` and `default-shape`. */
async function coldStartPhase(configs: Configs): Promise<Record<string, ColdStart>> {
  log(`cold start: ${options.coldStarts} runs each`);
  const out: Record<string, ColdStart> = {
    "node (bare http server)": await bareNodeColdStarts(
      options.coldStarts,
      options.maxOtherCores,
      options.maxAttempts,
    ),
  };
  for (const p of [GW, "default-shape"] as const)
    out[p] = await gatewayColdStarts(
      options.coldStarts,
      configs[p],
      options.maxOtherCores,
      options.maxAttempts,
    );
  return out;
}

/** Each system's RSS (whole process tree) in MB, before any load. */
function idleRssOf(systems: readonly System[]): Record<string, number> {
  return Object.fromEntries(systems.map((s) => [s.name, treeRss(s.pid) / (1024 * 1024)]));
}

function withIdleRss(
  results: Record<string, ThroughputSummary>,
  idle: Record<string, number>,
): Record<string, ThroughputSummary> {
  for (const [name, result] of Object.entries(results)) result.idleRssMb = idle[name];
  return results;
}

/**
 * `--workers 2` vs `--workers 1` (the `provider` pipeline), unpinned, paired: both loaded at
 * once under the same load; CPU per request of each whole process tree (primary and workers),
 * round by round. On a box whose cores the load generator and the upstream share, a second
 * worker cannot double the throughput; what it must not do is cost more CPU per request.
 */
async function workersPhase(upstream: Child, configFile: string): Promise<Record<string, PairedSummary>> {
  const one = await start(startGateway({ name: WORKERS_1, configFile, workers: 1 }));
  const two = await start(startGateway({ name: WORKERS_2, configFile, workers: 2 }));
  const [base, system] = [one, two].map((child) => ({
    name: child.name,
    url: child.url,
    pid: child.pid,
    upstreamPid: upstream.pid,
  })) as [System, System];
  await verify([base, system]);
  log(`workers: ${WORKERS_2} and ${WORKERS_1} loaded at once, unpinned, ${options.pairedRounds} rounds`);
  const paired = await pairedPhase([{ name: pairName(WORKERS_2, WORKERS_1), system, base }], {
    ...pairedSettings(),
    upstreamPid: upstream.pid,
  });
  await stop(two);
  await stop(one);
  return paired;
}

/** Runs a gateway under `--cpu-prof` through a throughput load; summarizes the profile. */
async function profileGateway(configFile: string): Promise<ProfileSummary> {
  const dir = mkdtempSync(join(tmpdir(), "aigw-bench-prof-"));
  log(`profiling the ${options.profilePipeline} gateway: ${options.profileS} s of load under --cpu-prof`);
  const spawned = performance.now();
  const child = await start(
    startGateway({
      name: "gateway (profiled)",
      configFile,
      cpus: SUT_CPUS,
      nodeFlags: ["--cpu-prof", `--cpu-prof-dir=${dir}`],
    }),
  );
  const body = options.profileLongPrompt ? longRequestBody() : undefined;
  await loadRun(child.url, options.connections, options.warmupS || 1, false, body);
  // Start-up and warm-up samples are left out of the summary.
  const skipMs = performance.now() - spawned;
  await loadRun(child.url, options.connections, options.profileS, false, body);
  await stop(child);
  const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no .cpuprofile written in ${dir}`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const kept = join(RESULTS_DIR, "gateway.cpuprofile");
  copyFileSync(join(dir, file), kept);
  rmSync(dir, { recursive: true, force: true });
  log(`profile kept in ${kept} (open it in Chrome DevTools > Performance)`);
  return summarizeProfile(kept, REPO_DIR, 25, skipMs);
}

function print(results: Results): void {
  const out: string[] = [];
  const section = (title: string, body: string) => out.push(`\n## ${title}\n\n${body}`);
  out.push(
    `# aigw HTTP benchmark, ${results.date}\n${results.machine.cpus} cores (${results.machine.cpuModel}), ` +
      `${results.machine.memoryGiB} GiB, Node ${results.machine.node}; ${results.placement}; ` +
      `gateway heap flags: ${results.heapFlags.join(" ")}`,
  );
  const other = (phase: Record<string, LatencySummary>) =>
    `other processes used ${Math.max(...Object.values(phase).map((r) => r.otherCores ?? 0)).toFixed(2)} cores at most meanwhile`;
  const rerun =
    `a round during which other processes used > ${options.maxOtherCores} cores was run again, up to ${options.maxAttempts} runs; ` +
    "figures are medians of the quiet rounds, or of all rounds when none was quiet";
  if (results.sequential)
    section(
      `Sequential, 1 connection (${options.sequential} requests per system; ${other(results.sequential)})`,
      sequentialTable(results.sequential, PASS, DIRECT),
    );
  if (results.streaming)
    section(
      `Streaming, 1 connection (${options.streams} streams of ${options.chunks} chunks, ${options.chunkDelayMs} ms apart; ${other(results.streaming)})`,
      streamTable(results.streaming, PASS, DIRECT),
    );
  if (results.throughput)
    section(
      `Throughput (${options.connections} connections, ${options.rounds} rounds of ${options.durationS} s; CPU in cores; ${rerun})`,
      throughputTable(results.throughput, PASS),
    );
  if (results.paired)
    section(
      `Paired throughput (two systems on cpu 1 at the same time, ${options.connections / 2} connections each, ` +
        `${options.pairedRounds} rounds of ${options.durationS} s; % of base = base ÷ system CPU per request, round by round)`,
      `${pairedLines(results.paired)}\n\n${pairedTable(results.paired)}`,
    );
  if (results.workers)
    section(
      `Workers (both loaded at once, unpinned, ${options.connections / 2} connections each, ${options.pairedRounds} rounds of ${options.durationS} s; ` +
        "CPU of the whole process tree per request)",
      [pairedTable(results.workers), pairedWarnings(results.workers)].filter(Boolean).join("\n\n"),
    );
  if (results.coldStart) section("Cold start", coldStartTable(results.coldStart));
  if (results.footprint) {
    section(
      "Footprint (esbuild: minified, ESM, platform node, code splitting; KB = 1,024 bytes)",
      footprintTable(results.footprint),
    );
    for (const [name, summary] of Object.entries(results.footprint))
      section(`Footprint of ${name}: bytes per package`, footprintPackagesTable(summary));
  }
  // A partial run says so: its "not measured" targets are not failures.
  const partial = options.phases.length < PHASES.length ? ` (phases run: ${options.phases.join(", ")})` : "";
  section(`Targets${partial}`, targetsTable(results.targets));
  if (results.profile)
    section(
      `Gateway CPU profile (${options.profilePipeline} pipeline under throughput load)`,
      profileTable(results.profile),
    );
  process.stdout.write(`${out.join("\n")}\n`);
}

try {
  const results = await main();
  print(results);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(join(RESULTS_DIR, "latest.json"), json);
  writeFileSync(join(RESULTS_DIR, `http-${results.date.replace(/[:.]/g, "-")}.json`), json);
  log(`results written to ${join(RESULTS_DIR, "latest.json")}`);
} finally {
  for (const child of [...children].reverse()) await child.stop();
  rmSync(logDir, { recursive: true, force: true });
}
