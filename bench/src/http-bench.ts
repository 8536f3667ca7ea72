/**
 * HTTP benchmark: the gateway's cost over the network, side by side with what it is compared to.
 * One run starts a mock OpenAI upstream and, each in its own process, the systems under test:
 * the upstream itself (direct), a featureless Node pass-through proxy (the ceiling for any Node
 * proxy), the gateway CLI with a minimal pipeline, with the default-like logging pipeline, and
 * (under throughput load only) with V8's old generation capped, to tell lazy GC from growth.
 * It measures sequential latency, streamed TTFB, throughput with RSS and CPU, `--workers 2` vs 1
 * and cold start, checks the targets, and profiles the gateway when one is missed.
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
import { readOptions } from "./http/options.js";
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
  profileTable,
  sequentialTable,
  streamTable,
  type Target,
  targetsTable,
  throughputTable,
} from "./http/report.js";
import { evaluateTargets } from "./http/targets.js";
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
/** The minimal gateway with V8's old generation capped: shows how much of its RSS is lazy GC. */
const GW_CAPPED = "gateway, old space capped";
const HEAP_CAP_FLAG = "--max-old-space-size=64";

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

interface Results {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };
  options: typeof options;
  placement: string;
  sequential: Record<string, LatencySummary>;
  streaming: Record<string, LatencySummary>;
  throughput: Record<string, ThroughputSummary>;
  workers?: Record<string, ThroughputSummary>;
  coldStart: Record<string, ColdStart>;
  targets: Target[];
  profile?: ProfileSummary;
}

async function main(): Promise<Results> {
  const perRound = options.durationS + options.warmupS;
  const runs = options.rounds * (5 + (options.workers ? 5 : 0));
  const rest = 60 + (options.profile === "off" ? 0 : options.profileS + options.warmupS);
  log(`pinning: ${pinned ? "load generator + upstream on cpu 0, system under test on cpu 1" : "off"}`);
  log(
    `estimated time: ~${Math.ceil((perRound * runs + rest) / 60)} min ` +
      `(up to ~${Math.ceil((perRound * runs * options.maxAttempts + rest) / 60)} if other jobs force reruns)`,
  );
  if (pinned) setAffinity(process.pid, LOADGEN_CPUS!);

  const upstream = await start(
    spawnChild({
      name: "upstream",
      args: scriptArgs("./upstream-main.ts", "http", String(options.chunks), String(options.chunkDelayMs)),
      cpus: LOADGEN_CPUS,
    }),
  );
  const passthrough = await start(
    spawnChild({ name: PASS, args: scriptArgs("./passthrough-main.ts", upstream.url), cpus: SUT_CPUS }),
  );
  const minimalConfig = writeGatewayConfig("gateway-minimal", "minimal", upstream.url, logDir);
  const loggingConfig = writeGatewayConfig("gateway-logging", "logging", upstream.url, logDir);
  const gateway = await start(startGateway({ name: GW, configFile: minimalConfig, cpus: SUT_CPUS }));
  const gatewayLog = await start(startGateway({ name: GW_LOG, configFile: loggingConfig, cpus: SUT_CPUS }));
  const gatewayCapped = await start(
    startGateway({ name: GW_CAPPED, configFile: minimalConfig, cpus: SUT_CPUS, nodeFlags: [HEAP_CAP_FLAG] }),
  );

  const on = (name: string, child: Child): System => ({
    name,
    url: child.url,
    pid: child.pid,
    upstreamPid: upstream.pid,
  });
  const systems = [on("direct", upstream), on(PASS, passthrough), on(GW, gateway), on(GW_LOG, gatewayLog)];
  // Only under throughput load: its latencies would be the minimal gateway's.
  const throughputSystems = [...systems, on(GW_CAPPED, gatewayCapped)];
  await verify(throughputSystems);
  const idleRss = idleRssOf(throughputSystems);

  log(`sequential: ${options.sequential} plain requests per system, 1 connection`);
  const sequential = await sequentialPhase(systems, false, options.sequential, throughputSettings);
  log(`streaming: ${options.streams} streamed requests per system (${options.chunks} chunks)`);
  const streaming = await sequentialPhase(systems, true, options.streams, throughputSettings);

  log(
    `throughput: ${options.connections} connections, ${options.rounds} x (${options.warmupS} s warm-up + ${options.durationS} s)`,
  );
  const throughput = withIdleRss(await throughputPhase(throughputSystems, throughputSettings), idleRss);
  await stop(gateway);
  await stop(gatewayLog);
  await stop(gatewayCapped);

  // Everything shares both cores from here on.
  repin([process.pid, upstream.pid, passthrough.pid], ALL_CPUS);
  let workers: Record<string, ThroughputSummary> | undefined;
  if (options.workers) workers = await workersPhase(upstream, passthrough, logDir);
  await stop(passthrough);

  log(`cold start: ${options.coldStarts} runs each`);
  const coldStart: Record<string, ColdStart> = {
    "node (bare http server)": await bareNodeColdStarts(
      options.coldStarts,
      options.maxOtherCores,
      options.maxAttempts,
    ),
    [GW]: await gatewayColdStarts(
      options.coldStarts,
      minimalConfig,
      options.maxOtherCores,
      options.maxAttempts,
    ),
    [GW_LOG]: await gatewayColdStarts(
      options.coldStarts,
      loggingConfig,
      options.maxOtherCores,
      options.maxAttempts,
    ),
  };

  const targets = evaluateTargets(
    { gateway: GW, passthrough: PASS },
    sequential,
    streaming,
    throughput,
    workers,
    coldStart,
  );
  let profile: ProfileSummary | undefined;
  if (options.profile === "on" || (options.profile === "auto" && targets.some((t) => !t.met))) {
    repin([process.pid, upstream.pid], LOADGEN_CPUS);
    profile = await profileGateway(minimalConfig);
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
    sequential,
    streaming,
    throughput,
    ...(workers ? { workers } : {}),
    coldStart,
    targets,
    ...(profile ? { profile } : {}),
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
  section(
    `Sequential, 1 connection (${options.sequential} requests per system; ${other(results.sequential)})`,
    sequentialTable(results.sequential, PASS, "direct"),
  );
  section(
    `Streaming, 1 connection (${options.streams} streams of ${options.chunks} chunks, ${options.chunkDelayMs} ms apart; ${other(results.streaming)})`,
    streamTable(results.streaming, PASS, "direct"),
  );
  section(
    `Throughput (${options.connections} connections, ${options.rounds} rounds of ${options.durationS} s; CPU in cores; a round during ` +
      `which other processes used > ${options.maxOtherCores} cores was run again, up to ${options.maxAttempts} runs; ` +
      `figures are medians of the quiet rounds, or of all rounds when none was quiet)`,
    throughputTable(results.throughput, PASS),
  );
  if (results.workers)
    section(
      "Workers (nothing pinned; all processes share the cores)",
      throughputTable(results.workers, "gateway --workers 1"),
    );
  section("Cold start", coldStartTable(results.coldStart));
  section("Targets (gateway = the minimal pipeline)", targetsTable(results.targets));
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
