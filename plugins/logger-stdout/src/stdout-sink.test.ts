// The sink on its own, writing to a file descriptor of a temporary file: line format, buffering
// with a flush interval, a full buffer dropping and reporting lines, a failed descriptor, close.
import { closeSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { capturingLogger, type LogEntry } from "@aigw/testkit";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StdoutSink, type StdoutSinkOptions } from "./stdout-sink.js";

let dir: string;
let logs: LogEntry[];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "aigw-logger-stdout-"));
  logs = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function sink(path: string, options: Partial<StdoutSinkOptions> = {}): StdoutSink {
  return new StdoutSink({
    fd: openSync(path, "a"),
    name: "test",
    levelKey: "level",
    messageKey: "msg",
    bufferBytes: 0,
    flushIntervalMs: 100,
    maxBufferBytes: 16 * 1024 * 1024,
    logger: capturingLogger(logs),
    ...options,
  });
}

const read = (path: string) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe("StdoutSink", () => {
  it("writes one JSON line per call: level and message under their keys, the fields as given", async () => {
    const path = join(dir, "lines.jsonl");
    const out = sink(path, { levelKey: "severity", messageKey: "message" });
    expect(out.write("info", { requestId: "a", status: 200 }, "request finished")).toBe(true);
    expect(out.write("error", { requestId: "b", status: 502 }, "request finished")).toBe(true);
    await out.close();
    expect(read(path)).toEqual([
      { severity: "info", requestId: "a", status: 200, message: "request finished" },
      { severity: "error", requestId: "b", status: 502, message: "request finished" },
    ]);
    expect(logs).toEqual([]);
  });

  it("holds lines below bufferBytes until the flush interval, and writes them all at close", async () => {
    const path = join(dir, "buffered.jsonl");
    const out = sink(path, { bufferBytes: 4096, flushIntervalMs: 300 });
    out.write("info", { requestId: "a" }, "m");
    await new Promise((r) => setTimeout(r, 100));
    expect(readFileSync(path, "utf8")).toBe("");
    const deadline = Date.now() + 5_000;
    while (readFileSync(path, "utf8") === "" && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(read(path)).toEqual([{ level: "info", requestId: "a", msg: "m" }]);
    for (let i = 0; i < 500; i++) out.write("info", { requestId: `r${i}` }, "m");
    await out.close();
    const lines = read(path);
    expect(lines).toHaveLength(501);
    expect(lines.map((l) => l.requestId)).toEqual(["a", ...Array.from({ length: 500 }, (_, i) => `r${i}`)]);
  });

  it("drops lines beyond maxBufferBytes, never blocking, and reports each burst once with its count", async () => {
    const path = join(dir, "full.jsonl");
    const out = sink(path, { maxBufferBytes: 65_536 });
    const pad = "x".repeat(1000);
    // One tick: the first line's write is in flight, the rest wait in the buffer until it is full.
    const accepted = Array.from({ length: 200 }, (_, i) => out.write("info", { i, pad }, "m"));
    const taken = accepted.filter(Boolean).length;
    expect(taken).toBeGreaterThan(50);
    expect(taken).toBeLessThan(70);
    expect(out.dropped).toBe(200 - taken);
    // Dropped lines are a suffix: the buffer was full from then on.
    expect(accepted.indexOf(false)).toBe(taken);
    expect(logs.filter((l) => l.level === "warn")).toHaveLength(1);
    expect(logs[0]!.message).toContain("not keeping up");
    // Once the buffer drained (every line taken is in the file), the next line is taken and the
    // burst is reported.
    const deadline = Date.now() + 10_000;
    while (read(path).length < taken && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(out.write("info", { i: 200, pad }, "m")).toBe(true);
    const report = logs.find((l) => l.message?.includes("dropped while"));
    expect(report?.fields).toMatchObject({ dropped: 200 - taken, droppedTotal: 200 - taken });
    await out.close();
    const lines = read(path);
    expect(lines).toHaveLength(taken + 1);
    expect(lines.map((l) => l.i)).toEqual([...Array.from({ length: taken }, (_, i) => i), 200]);
  });

  it("reports a failing descriptor once, drops what follows, and still closes", async () => {
    const path = join(dir, "readonly.jsonl");
    writeFileSync(path, "");
    const fd = openSync(path, "r");
    const out = new StdoutSink({
      fd,
      name: "test",
      levelKey: "level",
      messageKey: "msg",
      bufferBytes: 0,
      flushIntervalMs: 100,
      maxBufferBytes: 1 << 20,
      logger: capturingLogger(logs),
    });
    out.write("info", { n: 1 }, "m");
    const deadline = Date.now() + 5_000;
    while (!logs.some((l) => l.level === "error") && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    expect(logs.filter((l) => l.level === "error")).toHaveLength(1);
    expect(logs[0]!.message).toContain("output failed");
    expect(out.write("info", { n: 2 }, "m")).toBe(false);
    expect(out.write("info", { n: 3 }, "m")).toBe(false);
    expect(out.dropped).toBe(2);
    await out.close();
    expect(readFileSync(path, "utf8")).toBe("");
    closeSync(fd);
  });

  it("closes once however often it is asked, and drops lines that come after", async () => {
    const path = join(dir, "closed.jsonl");
    const out = sink(path, { bufferBytes: 4096, flushIntervalMs: 60_000 });
    out.write("info", { n: 1 }, "m");
    await Promise.all([out.close(), out.close()]);
    await out.close();
    expect(out.write("info", { n: 2 }, "m")).toBe(false);
    expect(out.dropped).toBe(1);
    // Counted, but not reported as the output falling behind.
    expect(logs).toEqual([]);
    expect(read(path)).toEqual([{ level: "info", n: 1, msg: "m" }]);
  });
});
