// The plugin on a real stdout: a child process (node + tsx, from the sources) creates it and
// finishes records while this process reads its stdout, or does not read it at all for a while (a
// full pipe): the child is never held up, drops what its bounded buffer cannot hold, reports the
// drops, and every line it kept arrives whole and in order.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const CHILD = fileURLToPath(new URL("./testing/child.ts", import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

interface Run {
  stdout: string;
  /** Every JSON line of stderr (progress and the plugin's log). */
  stderr: Record<string, unknown>[];
  code: number | null;
}

/**
 * Runs the child. With `holdUntil` (`pushed`, `closed`), nothing is read from its stdout until it
 * reports that stage on stderr.
 */
function runChild(env: Record<string, string>, holdUntil?: "pushed" | "closed"): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=aigw-source", "--import", TSX, CHILD], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    const read = () => child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    if (!holdUntil) read();
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      stderr += text;
      if (holdUntil && stderr.includes(`"${holdUntil}"`) && child.stdout.listenerCount("data") === 0) read();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const lines = stderr.split("\n").filter((line) => line.startsWith("{"));
      resolve({ stdout, stderr: lines.map((line) => JSON.parse(line) as Record<string, unknown>), code });
    });
  });
}

const records = (stdout: string) =>
  stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe("logger-stdout on a real stdout", () => {
  it("writes one line per record, in order, with its level and message", async () => {
    const run = await runChild({
      AIGW_TEST_COUNT: "2000",
      AIGW_TEST_CONFIG: JSON.stringify({ includeTimings: false }),
    });
    expect(run.code).toBe(0);
    const lines = records(run.stdout);
    expect(lines.map((l) => l.requestId)).toEqual(Array.from({ length: 2000 }, (_, i) => `r-${i}`));
    expect(lines[0]).toMatchObject({
      level: "info",
      msg: "request finished",
      status: 200,
      timings: { totalMs: 812.5 },
    });
    expect((lines[0]!.timings as Record<string, unknown>).nodes).toBeUndefined();
    expect(run.stderr.filter((l) => l.level === "warn" || l.level === "error")).toEqual([]);
  });

  it("writes to stderr when asked", async () => {
    const run = await runChild({
      AIGW_TEST_COUNT: "10",
      AIGW_TEST_CONFIG: JSON.stringify({ destination: "stderr" }),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr.filter((l) => l.msg === "request finished").map((l) => l.requestId)).toEqual(
      Array.from({ length: 10 }, (_, i) => `r-${i}`),
    );
  });

  it("never holds up the records while nobody reads stdout: drops past its buffer, reports the drops, keeps order", async () => {
    const count = 3000;
    const run = await runChild(
      {
        AIGW_TEST_COUNT: String(count),
        AIGW_TEST_PAD: "1000",
        AIGW_TEST_CONFIG: JSON.stringify({ maxBufferBytes: 65_536, bufferBytes: 0 }),
      },
      "pushed",
    );
    expect(run.code).toBe(0);
    // Every record was handed over before this process read a byte: the finish hook never waited.
    const pushed = run.stderr.find((l) => "pushed" in l);
    expect(pushed?.pushed).toBe(count);
    const lines = records(run.stdout);
    const reports = run.stderr.filter(
      (l) => l.msg === "request log lines dropped while the output was not keeping up",
    );
    const dropped = reports.reduce((sum, l) => sum + (l.dropped as number), 0);
    expect(dropped).toBeGreaterThan(count / 2);
    expect(lines.length + dropped).toBe(count);
    expect(
      run.stderr.filter(
        (l) => l.msg === "request log output is not keeping up; dropping lines until it does",
      ),
    ).toHaveLength(reports.length);
    // The kept lines are whole and in order.
    const ids = lines.map((l) => Number(String(l.requestId).slice(2)));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    expect(run.stderr.some((l) => l.closed === true)).toBe(true);
  });

  it("stops waiting at close after its timeout when stdout never drains, and says so", async () => {
    const run = await runChild(
      { AIGW_TEST_COUNT: "300", AIGW_TEST_PAD: "1000", AIGW_TEST_SINK_TIMEOUT_MS: "300" },
      "closed",
    );
    expect(run.code).toBe(0);
    const error = run.stderr.find((l) => l.level === "error");
    expect(error?.msg).toBe("request log lines still buffered at shutdown could not be written");
    expect(error?.timeoutMs).toBe(300);
  });
});
