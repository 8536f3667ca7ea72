/**
 * HTTP benchmark: the gateway's cost over the network, side by side with what it is compared to.
 * One run starts a mock OpenAI upstream and, each in its own process, the systems under test:
 * the upstream itself (direct), a featureless Node pass-through proxy (the ceiling for any Node
 * proxy), the gateway CLI with a minimal pipeline, with the default-like logging pipeline, and
 * (under throughput load only) started as plain `node cli.js`, with V8's default heap sizing instead
 * of the heap flags `aigw` passes, to show what those flags do to memory and CPU.
 * It measures sequential latency, streamed TTFB, throughput with RSS and CPU, `--workers 2` vs 1
 * and cold start, checks the targets, and profiles the gateway when one is missed.
 * BENCH_PHASES picks a subset of those phases (the check always runs): only the systems the
 * chosen phases need are started, and targets of the others are reported as not measured.
 *
 * Placement on a 2-core box (BENCH_PIN=1, the default with taskset): the load generator (this
 * process) and the upstream share core 0; the system under test gets core 1 alone. The workers
 * comparison needs both cores for the gateway, so there nothing is pinned.
 *
 * Run (after building): pnpm --filter @aigw/bench http   (knobs: see src/http/options.ts)
 * Output: tables on stdout, JSON in bench/results/latest.json.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus as cpuInfo, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { type Child, canPin, scriptArgs, setAffinity, spawnChild } from "./http/children.js";
import { bareNodeColdStarts, type ColdStart, gatewayColdStarts } from "./http/cold-start.js";
import { assertBuilt, startGateway, writeGatewayConfig } from "./http/gateway.js";
import { PHASES, type Phase, readOptions } from "./http/options.js";
import { pairedPhase } from "./http/paired.js";
import { REPO_DIR, RESULTS_DIR } from "./http/paths.js";
import {
  type LatencySummary,
  type System,
  sequentialPhase,
  type ThroughputSummary,
  throughputPhase,
  verify,
} from "./http/phases.js";
import { treeRss } from "./http/proc-stats.js";
import { type ProfileSummary, summarizeProfile } from "./http/profile.js";
import {
  coldStartTable,
  pairedTable,
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

const PASS = "pass-through";
const GW = "gateway";
const GW_LOG = "gateway+logger-file";
/** The minimal gateway without aigw's heap flags: what V8's default heap sizing costs in RSS. */
const GW_V8_HEAP = "gateway, V8 default heap";

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
  targets: Target[];
  profile?: ProfileSummary;
}

const runs = (phase: Phase) => options.phases.includes(phase);
const runsAny = (...phases: Phase[]) => phases.some(runs);

async function main(): Promise<Results> {
  log(
    `phases: check, ${options.phases.join(", ")}${options.profile === "off" ? "" : `, profile (${options.profile})`}`,
  );
  log(`pinning: ${pinned ? "load generator + upstream on cpu 0, system under test on cpu 1" : "off"}`);
  const [typical, worst] = estimatedMinutes();
  log(
    `estimated time: ~${typical} min${worst > typical ? ` (up to ~${worst} if other jobs force reruns)` : ""}`,
  );
  if (pinned) setAffinity(process.pid, LOADGEN_CPUS!);

  // Always started: every gateway config points at it (cold starts and the profile included).
  const upstream = await start(
    spawnChild({
      name: "upstream",
      args: scriptArgs("./upstream-main.ts", "http", String(options.chunks), String(options.chunkDelayMs)),
      cpus: LOADGEN_CPUS,
    }),
  );
  const passthrough = runsAny("sequential", "streaming", "throughput", "paired", "workers")
    ? await start(
        spawnChild({ name: PASS, args: scriptArgs("./passthrough-main.ts", upstream.url), cpus: SUT_CPUS }),
      )
    : undefined;
  const configs: Configs = {
    minimal: writeGatewayConfig("gateway-minimal", "minimal", upstream.url, logDir),
    logging: writeGatewayConfig("gateway-logging", "logging", upstream.url, logDir),
  };
  const measured: Measurements = await pinnedPhases(upstream, passthrough, configs);

  // Everything shares both cores from here on.
  repin([process.pid, upstream.pid, ...(passthrough ? [passthrough.pid] : [])], ALL_CPUS);
  // The pass-through was started above whenever the workers phase runs.
  if (runs("workers")) measured.workers = await workersPhase(upstream, passthrough!, logDir);
  if (passthrough) await stop(passthrough);
  if (runs("coldstart")) measured.coldStart = await coldStartPhase(configs);

  const targets = evaluateTargets({ gateway: GW, passthrough: PASS }, measured);
  let profile: ProfileSummary | undefined;
  if (
    options.profile === "on" ||
    (options.profile === "auto" && targets.some((t) => t.result === "missed"))
  ) {
    repin([process.pid, upstream.pid], LOADGEN_CPUS);
    profile = await profileGateway(configs.minimal);
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
      ? "load generator + upstream pinned to cpu 0, system under test to cpu 1 (taskset); workers and cold start unpinned"
      : "unpinned",
    ...measured,
    targets,
    ...(profile ? { profile } : {}),
  };
}

/** Rough minutes for the selected phases on the 2-core dev box: on a quiet box, and with every round run again. */
function estimatedMinutes(): [number, number] {
  // A throughput round: warm-up, measurement, and ~1 s of setting up and sampling around them.
  const perRound = options.durationS + options.warmupS + 1;
  // 5 systems in each of the throughput and the workers phases, 3 pairs in the paired one.
  const rounds =
    options.rounds *
    (5 * ((runs("throughput") ? 1 : 0) + (runs("workers") ? 1 : 0)) + (runs("paired") ? 3 : 0));
  // The rest at the default counts (start-up and check, 2,000 sequential requests, 500 streams,
  // 5 cold starts), scaled to the counts asked for.
  const rest =
    15 +
    (runs("sequential") ? (15 * options.sequential) / 2_000 : 0) +
    (runs("streaming") ? (10 * options.streams) / 500 : 0) +
    (runs("coldstart") ? (10 * options.coldStarts) / 5 : 0) +
    (options.profile === "off" ? 0 : options.profileS + options.warmupS);
  const minutes = (attempts: number) => Math.ceil((perRound * rounds * attempts + rest) / 60);
  return [minutes(1), minutes(options.maxAttempts)];
}

interface Configs {
  minimal: string;
  logging: string;
}

/**
 * The pinned phases that were selected (sequential, streaming, throughput), after the check.
 * Only the systems they need are started, and all of those are checked, even when none of
 * these phases runs (then just the upstream, and the pass-through if the workers phase needs it).
 */
async function pinnedPhases(
  upstream: Child,
  passthrough: Child | undefined,
  configs: Configs,
): Promise<Measurements> {
  const gateways = runsAny("sequential", "streaming", "throughput", "paired");
  const gateway = gateways
    ? await start(startGateway({ name: GW, configFile: configs.minimal, cpus: SUT_CPUS }))
    : undefined;
  const gatewayLog = gateways
    ? await start(startGateway({ name: GW_LOG, configFile: configs.logging, cpus: SUT_CPUS }))
    : undefined;
  const gatewayV8Heap = runsAny("throughput", "paired")
    ? await start(
        startGateway({
          name: GW_V8_HEAP,
          configFile: configs.minimal,
          cpus: SUT_CPUS,
          heap: "v8-default",
        }),
      )
    : undefined;

  const on = (pairs: [string, Child | undefined][]): System[] =>
    pairs.flatMap(([name, child]) =>
      child ? [{ name, url: child.url, pid: child.pid, upstreamPid: upstream.pid }] : [],
    );
  const systems = on([
    ["direct", upstream],
    [PASS, passthrough],
    [GW, gateway],
    [GW_LOG, gatewayLog],
  ]);
  // Only under throughput load: its latencies would be the minimal gateway's.
  const throughputSystems = [...systems, ...on([[GW_V8_HEAP, gatewayV8Heap]])];
  await verify(throughputSystems);
  const idleRss = idleRssOf(throughputSystems);

  const measured: Measurements = {};
  if (runs("sequential")) {
    log(`sequential: ${options.sequential} plain requests per system, 1 connection`);
    measured.sequential = await sequentialPhase(systems, false, options.sequential, throughputSettings);
  }
  if (runs("streaming")) {
    log(`streaming: ${options.streams} streamed requests per system (${options.chunks} chunks)`);
    measured.streaming = await sequentialPhase(systems, true, options.streams, throughputSettings);
  }
  if (runs("throughput")) {
    log(
      `throughput: ${options.connections} connections, ${options.rounds} x (${options.warmupS} s warm-up + ${options.durationS} s)`,
    );
    measured.throughput = withIdleRss(await throughputPhase(throughputSystems, throughputSettings), idleRss);
  }
  if (runs("paired") && passthrough) {
    log(
      `paired: each gateway and the pass-through on one core at once, ${options.connections / 2} connections each, ${options.rounds} x ${options.durationS} s`,
    );
    const base = { url: passthrough.url, pid: passthrough.pid };
    measured.paired = await pairedPhase(
      throughputSystems
        .filter((system) => system.name !== "direct" && system.name !== PASS)
        .map((system) => ({ name: system.name, system, base })),
      throughputSettings,
    );
  }
  for (const child of [gateway, gatewayLog, gatewayV8Heap]) if (child) await stop(child);
  return measured;
}

/** Cold starts, unpinned: a bare node:http server (the floor) and the gateway with each pipeline. */
async function coldStartPhase(configs: Configs): Promise<Record<string, ColdStart>> {
  log(`cold start: ${options.coldStarts} runs each`);
  return {
    "node (bare http server)": await bareNodeColdStarts(
      options.coldStarts,
      options.maxOtherCores,
      options.maxAttempts,
    ),
    [GW]: await gatewayColdStarts(
      options.coldStarts,
      configs.minimal,
      options.maxOtherCores,
      options.maxAttempts,
    ),
    [GW_LOG]: await gatewayColdStarts(
      options.coldStarts,
      configs.logging,
      options.maxOtherCores,
      options.maxAttempts,
    ),
  };
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

/** `--workers 1` vs `--workers 2`, unpinned, against the node:http upstream and a raw one. */
async function workersPhase(
  upstream: Child,
  passthrough: Child,
  logs: string,
): Promise<Record<string, ThroughputSummary>> {
  const raw = await start(
    spawnChild({
      name: "raw upstream",
      args: scriptArgs("./upstream-main.ts", "raw", String(options.chunks)),
    }),
  );
  const gateways: { name: string; child: Child; upstream: Child }[] = [];
  for (const up of [upstream, raw]) {
    const config = writeGatewayConfig(`gateway-${up === raw ? "raw" : "http"}`, "minimal", up.url, logs);
    for (const count of [1, 2]) {
      const name = `gateway --workers ${count}${up === raw ? " (raw upstream)" : ""}`;
      gateways.push({
        name,
        child: await start(startGateway({ name, configFile: config, workers: count })),
        upstream: up,
      });
    }
  }
  const systems: System[] = [
    { name: `${PASS} (unpinned)`, url: passthrough.url, pid: passthrough.pid, upstreamPid: upstream.pid },
    ...gateways.map((g) => ({
      name: g.name,
      url: g.child.url,
      pid: g.child.pid,
      upstreamPid: g.upstream.pid,
    })),
  ];
  await verify(systems);
  const idleRss = idleRssOf(systems);
  log(`workers: ${systems.map((s) => s.name).join(", ")}`);
  const results = withIdleRss(await throughputPhase(systems, throughputSettings), idleRss);
  for (const g of gateways) await stop(g.child);
  await stop(raw);
  return results;
}

/** Runs the minimal gateway under `--cpu-prof` through a throughput load; summarizes the profile. */
async function profileGateway(configFile: string): Promise<ProfileSummary> {
  const dir = mkdtempSync(join(tmpdir(), "aigw-bench-prof-"));
  log(`profiling the gateway: ${options.profileS} s of load under --cpu-prof`);
  const spawned = performance.now();
  const child = await start(
    startGateway({
      name: "gateway (profiled)",
      configFile,
      cpus: SUT_CPUS,
      nodeFlags: ["--cpu-prof", `--cpu-prof-dir=${dir}`],
    }),
  );
  await loadRun(child.url, options.connections, options.warmupS || 1, false);
  // Start-up and warm-up samples are left out of the summary.
  const skipMs = performance.now() - spawned;
  await loadRun(child.url, options.connections, options.profileS, false);
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
      `${results.machine.memoryGiB} GiB, Node ${results.machine.node}; ${results.placement}`,
  );
  const other = (phase: Record<string, LatencySummary>) =>
    `other processes used ${Math.max(...Object.values(phase).map((r) => r.otherCores ?? 0)).toFixed(2)} cores at most meanwhile`;
  if (results.sequential)
    section(
      `Sequential, 1 connection (${options.sequential} requests per system; ${other(results.sequential)})`,
      sequentialTable(results.sequential, PASS, "direct"),
    );
  if (results.streaming)
    section(
      `Streaming, 1 connection (${options.streams} streams of ${options.chunks} chunks, ${options.chunkDelayMs} ms apart; ${other(results.streaming)})`,
      streamTable(results.streaming, PASS, "direct"),
    );
  if (results.throughput)
    section(
      `Throughput (${options.connections} connections, ${options.rounds} rounds of ${options.durationS} s; CPU in cores; a round during ` +
        `which other processes used > ${options.maxOtherCores} cores was run again, up to ${options.maxAttempts} runs; ` +
        `figures are medians of the quiet rounds, or of all rounds when none was quiet)`,
      throughputTable(results.throughput, PASS),
    );
  if (results.paired)
    section(
      `Paired throughput (each gateway and the ${PASS} on cpu 1 at the same time, ${options.connections / 2} connections each, ` +
        `${options.rounds} rounds of ${options.durationS} s; ratio = gateway ÷ ${PASS} CPU per request, round by round)`,
      pairedTable(results.paired, PASS),
    );
  if (results.workers)
    section(
      "Workers (nothing pinned; all processes share the cores)",
      throughputTable(results.workers, "gateway --workers 1"),
    );
  if (results.coldStart) section("Cold start", coldStartTable(results.coldStart));
  // A partial run says so: its "not measured" targets are not failures.
  const partial = options.phases.length < PHASES.length ? `; phases run: ${options.phases.join(", ")}` : "";
  section(`Targets (gateway = the minimal pipeline${partial})`, targetsTable(results.targets));
  if (results.profile)
    section("Gateway CPU profile (minimal pipeline under throughput load)", profileTable(results.profile));
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
