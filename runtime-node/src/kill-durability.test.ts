// What a request log survives: the `aigw` CLI (a child process, from its sources) with the mock
// provider and the file logger, under concurrent load from this process, killed outright
// (SIGKILL, as `kill -9`) mid-load, three times over one log file. Every request whose answer this
// process had received in full more than the logger's flush interval before the kill, plus a
// margin, must have its line in the file. The margin is the write's allowance (5 ms) plus twice
// how late the gateway's own timers ran just before the kill, measured inside the gateway by a
// probe: a loaded process on shared cores runs its callbacks late, and a record waits on two of
// them at most (the batch timer, then the completion of a write still in flight, or the finish
// hook that queues the record after the answer went out, then the batch timer).
// Stopped gracefully (SIGTERM) instead, every request answered must have its line. Only
// `requestId` is read from the lines.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { type CliProcess, spawnCli } from "./testing/spawn-cli.js";

/** The file logger's batch window in these gateways. */
const FLUSH_INTERVAL_MS = 25;
/** The write of a batch: a page-cache write of some kilobytes takes well under a millisecond. */
const WRITE_ALLOWANCE_MS = 5;
/** Requests in flight at once. */
const CONCURRENCY = 16;
/** How often the probe in the gateway checks its timers. */
const PROBE_PERIOD_MS = 5;

const dir = mkdtempSync(join(tmpdir(), "aigw-kill-"));

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes. */
const wallNow = () => performance.timeOrigin + performance.now();

/**
 * Loaded into the gateway with `--import`: every PROBE_PERIOD_MS, appends (synchronously, so the
 * lines survive the kill) the time and how late its timer ran.
 */
const PROBE = `import { appendFileSync } from "node:fs";
const file = process.env.AIGW_TEST_LAG_FILE;
let expected = performance.now() + ${PROBE_PERIOD_MS};
setInterval(() => {
  const now = performance.now();
  const late = Math.max(0, now - expected);
  expected = now + ${PROBE_PERIOD_MS};
  appendFileSync(file, (performance.timeOrigin + now).toFixed(2) + " " + late.toFixed(2) + "\\n");
}, ${PROBE_PERIOD_MS}).unref();
`;
const probePath = join(dir, "lag-probe.mjs");
writeFileSync(probePath, PROBE);

/**
 * How late the gateway's timers ran in the `spanMs` before `at`: the largest lateness the probe
 * saw, or the silence since its last tick (a gateway frozen until the kill never ran that tick).
 */
function timerLateness(lagFile: string, at: number, spanMs = 500): number {
  let worst = 0;
  let last = 0;
  for (const line of readFileSync(lagFile, "utf8").split("\n")) {
    const [time, late] = line.split(" ").map(Number);
    if (time === undefined || late === undefined || Number.isNaN(late) || time > at) continue;
    last = Math.max(last, time);
    if (time >= at - spanMs) worst = Math.max(worst, late);
  }
  return Math.max(worst, at - last - PROBE_PERIOD_MS);
}
const children: CliProcess[] = [];
afterEach(() => {
  for (const cli of children.splice(0)) if (cli.child.exitCode === null) cli.child.kill("SIGKILL");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A config with the file logger writing to `logPath` and a mock provider answering after 2 ms. */
function writeConfig(name: string, logPath: string): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    [
      'plugins: ["@aigw/logger-file", "@aigw/providers-mock"]',
      "pipeline:",
      "  nodes:",
      `    - { id: log, plugin: logger-file, config: { path: ${JSON.stringify(logPath)}, flushIntervalMs: ${FLUSH_INTERVAL_MS} } }`,
      "    - { id: llm, plugin: providers-mock, config: { latencyMs: 2 } }",
      "",
    ].join("\n"),
  );
  return file;
}

async function startGateway(config: string, lagFile?: string): Promise<{ cli: CliProcess; url: string }> {
  const probe = lagFile
    ? {
        NODE_OPTIONS: `${process.env["NODE_OPTIONS"] ?? ""} --import=${pathToFileURL(probePath).href}`,
        AIGW_TEST_LAG_FILE: lagFile,
      }
    : {};
  const cli = spawnCli(["--config", config, "--port", "0"], { cwd: dir, env: probe });
  children.push(cli);
  const match = await cli.waitFor(/aigw listening on (http:\/\/\S+)/, 30_000);
  return { cli, url: match[1]! };
}

/** A request answered in full: its id and when (wallNow()) its last byte arrived. */
interface Completed {
  id: string;
  status: number;
  at: number;
}

const BODY = JSON.stringify({ model: "mock", messages: [{ role: "user", content: "hello" }] });

/** One chat request; resolves when its answer has arrived in full, rejects if the connection dies. */
function chat(url: string, agent: Agent): Promise<Completed> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/v1/chat/completions`,
      { method: "POST", agent, headers: { "content-type": "application/json" } },
      (res) => {
        res.on("data", () => {});
        res.on("end", () => {
          const at = wallNow();
          const id = res.headers["x-request-id"];
          if (typeof id === "string") resolve({ id, status: res.statusCode ?? 0, at });
          else reject(new Error(`answer ${res.statusCode} without x-request-id`));
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(BODY);
  });
}

/**
 * Keeps CONCURRENCY requests in flight until `stop()` resolves, then lets what is in flight settle
 * (answered or failed with the connection). Returns every request answered in full.
 */
async function load(url: string, stop: Promise<void>): Promise<Completed[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const completed: Completed[] = [];
  let stopped = false;
  void stop.then(() => {
    stopped = true;
  });
  const worker = async () => {
    while (!stopped) {
      try {
        completed.push(await chat(url, agent));
      } catch {
        // The gateway is gone (killed, or closed this connection while stopping): not answered.
        return;
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  return completed;
}

/** The request ids in the log; a torn line (a write cut by the kill) is skipped. */
function loggedIds(path: string): { ids: Set<string>; torn: number } {
  const ids = new Set<string>();
  let torn = 0;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line === "") continue;
    try {
      ids.add((JSON.parse(line) as { requestId: string }).requestId);
    } catch {
      torn++;
    }
  }
  return { ids, torn };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe("the request log of a gateway that is stopped under load", () => {
  it("killed with SIGKILL, three times over one file, keeps every request answered more than the flush interval before the kill", async () => {
    const logPath = join(dir, "killed", "requests.jsonl");
    const config = writeConfig("killed", logPath);
    const required = new Set<string>();
    let answeredTotal = 0;
    // Kill at different points of the load (and so of the writer's batch window).
    for (const [round, loadMs] of [600, 950, 1300].entries()) {
      const lagFile = join(dir, `lag-${round}.txt`);
      const { cli, url } = await startGateway(config, lagFile);
      let killedAt = 0;
      const completed = await load(
        url,
        sleep(loadMs).then(() => {
          killedAt = wallNow();
          cli.child.kill("SIGKILL");
        }),
      );
      expect(await cli.exited).toBe("SIGKILL");
      const lateness = timerLateness(lagFile, killedAt);
      const deadline = killedAt - FLUSH_INTERVAL_MS - WRITE_ALLOWANCE_MS - 2 * lateness;
      const due = completed.filter((c) => c.at < deadline);
      // The load was real: many answers, and most of them due in the file.
      expect(completed.length).toBeGreaterThan(100);
      expect(due.length).toBeGreaterThan(completed.length / 2);
      for (const c of due) required.add(c.id);
      answeredTotal += completed.length;

      const { ids, torn } = loggedIds(logPath);
      const missing = due.filter((c) => !ids.has(c.id));
      expect(
        missing.map((c) => `${c.id}: answered ${(killedAt - c.at).toFixed(1)} ms before the kill`),
        `${missing.length} of ${due.length} due records missing (timers ${lateness.toFixed(1)} ms late)`,
      ).toEqual([]);
      // At most one torn line per kill, and no record glued to one (each run starts a new line).
      expect(torn).toBeLessThanOrEqual(round + 1);
    }
    // Across the three runs, every required record is still there (the file was appended to).
    const { ids } = loggedIds(logPath);
    expect([...required].filter((id) => !ids.has(id))).toEqual([]);
    expect(answeredTotal).toBeGreaterThan(300);
  }, 120_000);

  it("stopped with SIGTERM, keeps every request it answered", async () => {
    const logPath = join(dir, "graceful", "requests.jsonl");
    const { cli, url } = await startGateway(writeConfig("graceful", logPath));
    const completed = await load(
      url,
      sleep(800).then(() => {
        cli.child.kill("SIGTERM");
      }),
    );
    expect(await cli.exited).toBe(0);
    expect(completed.length).toBeGreaterThan(100);
    const { ids, torn } = loggedIds(logPath);
    expect(torn).toBe(0);
    expect(completed.filter((c) => !ids.has(c.id)).map((c) => `${c.id} (${c.status})`)).toEqual([]);
  }, 60_000);
});
