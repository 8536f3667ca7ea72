// The write queue on its own: order, batching, rotation (size, age, day, kept files), a torn last
// line, a full queue, and giving up at close.
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Logger } from "@aigw/plugin-api";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { JsonlWriter } from "./jsonl-writer.js";

const logged: { level: string; message: string | undefined; fields: Record<string, unknown> }[] = [];
const logger: Logger = {
  debug: (fields, message) => logged.push({ level: "debug", fields, message }),
  info: (fields, message) => logged.push({ level: "info", fields, message }),
  warn: (fields, message) => logged.push({ level: "warn", fields, message }),
  error: (fields, message) => logged.push({ level: "error", fields, message }),
  child: () => logger,
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "aigw-jsonl-"));
  logged.length = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const lines = async (path: string) => (await readFile(path, "utf8")).split("\n").filter(Boolean);
/** Lines of a file that may not exist (none then). */
const linesIfAny = (path: string) => lines(path).catch(() => [] as string[]);
const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

describe("JsonlWriter", () => {
  it("appends lines in push order, across batches", async () => {
    const path = join(dir, "a.jsonl");
    const writer = new JsonlWriter({ path, maxPending: 10_000, logger });
    for (let i = 0; i < 2_500; i++) writer.push(JSON.stringify({ i }));
    expect(writer.pending).toBe(2_500);
    await writer.flush();
    for (let i = 2_500; i < 3_000; i++) writer.push(JSON.stringify({ i }));
    await writer.close();
    expect(writer.pending).toBe(0);
    expect((await lines(path)).map((l) => (JSON.parse(l) as { i: number }).i)).toEqual(
      Array.from({ length: 3_000 }, (_, i) => i),
    );
  });

  it("rotates to .1 before the file would pass maxBytes", async () => {
    const path = join(dir, "r.jsonl");
    const writer = new JsonlWriter({ path, maxBytes: 1024, maxPending: 100, logger });
    const line = JSON.stringify({ pad: "x".repeat(90) }); // 101 bytes with its newline
    for (let i = 0; i < 25; i++) {
      writer.push(line);
      await writer.flush();
    }
    await writer.close();
    const current = await stat(path);
    const rotated = await stat(`${path}.1`);
    expect(current.size).toBeLessThanOrEqual(1024);
    expect(rotated.size).toBeLessThanOrEqual(1024);
    // 10 lines fit in 1024 bytes: 25 lines are 10 (gone), 10 (in .1), then 5.
    expect(await lines(path)).toHaveLength(5);
    expect(await lines(`${path}.1`)).toHaveLength(10);
  });

  it("keeps its file open between batches, until the path names another file", async () => {
    const path = join(dir, "held.jsonl");
    // Checked at most once a minute: a file renamed meanwhile keeps getting the lines.
    const slow = new JsonlWriter({ path, maxPending: 100, logger, reopenCheckMs: 60_000 });
    slow.push('{"n":1}');
    await slow.flush();
    await rename(path, `${path}.moved`);
    slow.push('{"n":2}');
    await slow.close();
    expect(await lines(`${path}.moved`)).toEqual(['{"n":1}', '{"n":2}']);

    // Checked before every batch: after someone else rotates or deletes it, lines go to the path.
    const eager = new JsonlWriter({ path, maxPending: 100, logger, reopenCheckMs: 0 });
    eager.push('{"n":3}');
    await eager.flush();
    await rename(path, `${path}.rotated`);
    eager.push('{"n":4}');
    await eager.flush();
    expect(await lines(path)).toEqual(['{"n":4}']);
    await rm(path);
    eager.push('{"n":5}');
    await eager.close();
    expect(await lines(`${path}.rotated`)).toEqual(['{"n":3}']);
    expect(await lines(path)).toEqual(['{"n":5}']);
    expect(logged.filter((l) => l.level !== "debug")).toEqual([]);
  });

  it("refuses lines beyond maxPending while the file cannot be written, and keeps the accepted ones", async () => {
    const path = join(dir, "blocked.jsonl");
    await mkdir(path);
    const writer = new JsonlWriter({ path, maxPending: 5, logger, retryMs: 10_000 });
    const accepted = Array.from({ length: 8 }, (_, i) => writer.push(`{"i":${i}}`));
    expect(accepted).toEqual([true, true, true, true, true, false, false, false]);
    expect(await writer.flush()).toBe(false);
    expect(writer.pending).toBe(5);
    expect(logged.filter((l) => l.level === "error")).toHaveLength(1);
    await rm(path, { recursive: true });
    expect(await writer.flush()).toBe(true);
    expect(await lines(path)).toEqual(['{"i":0}', '{"i":1}', '{"i":2}', '{"i":3}', '{"i":4}']);
    expect(logged.find((l) => l.level === "warn" && l.fields.refused === 3)).toBeDefined();
    await writer.close();
  });

  it("logs the records it could not write at close", async () => {
    const path = join(dir, "never.jsonl");
    await mkdir(path);
    const writer = new JsonlWriter({ path, maxPending: 10, logger });
    writer.push("{}");
    writer.push("{}");
    await writer.close();
    const error = logged.find((l) => l.level === "error");
    expect(error?.fields.lost).toBe(2);
    expect(logged.filter((l) => l.level === "warn")).toHaveLength(1);
  });

  it("gathers lines for batchMs before writing them", async () => {
    const path = join(dir, "slow.jsonl");
    const writer = new JsonlWriter({ path, maxPending: 10, logger, batchMs: 400 });
    const pushedAt = Date.now();
    writer.push('{"n":1}');
    await new Promise((r) => setTimeout(r, 100));
    expect(await linesIfAny(path)).toEqual([]);
    while ((await linesIfAny(path)).length === 0) await new Promise((r) => setTimeout(r, 10));
    expect(Date.now() - pushedAt).toBeGreaterThanOrEqual(390);
    await writer.close();
  });

  it("writes at the first push after the window is over, when its timer runs late", async () => {
    const path = join(dir, "late.jsonl");
    // The window's timer never runs: only the late push can start the write.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const writer = new JsonlWriter({ path, maxPending: 10, logger, batchMs: 30 });
      writer.push('{"n":1}');
      const start = performance.now();
      while (performance.now() - start < 40); // an event loop busy past the window
      writer.push('{"n":2}');
      while (writer.pending > 0) await new Promise((r) => setImmediate(r));
      expect(await lines(path)).toEqual(['{"n":1}', '{"n":2}']);
      // Within the window, a push only queues.
      writer.push('{"n":3}');
      writer.push('{"n":4}');
      await new Promise((r) => setImmediate(r));
      expect(writer.pending).toBe(2);
      await writer.close();
      expect(await lines(path)).toHaveLength(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps maxFiles rotated files, newest at .1, and deletes the oldest", async () => {
    const path = join(dir, "kept.jsonl");
    const writer = new JsonlWriter({ path, maxBytes: 1024, maxFiles: 3, maxPending: 100, logger });
    const line = (i: number) => JSON.stringify({ i, pad: "x".repeat(85 - String(i).length) }); // 101 bytes
    for (let i = 0; i < 55; i++) {
      writer.push(line(i));
      await writer.flush();
    }
    await writer.close();
    // 10 lines per file: 0-9, 10-19 (deleted), 20-29 (.3), 30-39 (.2), 40-49 (.1), 50-54.
    const numbers = async (file: string) =>
      (await lines(file)).map((l) => (JSON.parse(l) as { i: number }).i);
    expect(await numbers(`${path}.3`)).toEqual(Array.from({ length: 10 }, (_, k) => 20 + k));
    expect(await numbers(`${path}.2`)).toEqual(Array.from({ length: 10 }, (_, k) => 30 + k));
    expect(await numbers(`${path}.1`)).toEqual(Array.from({ length: 10 }, (_, k) => 40 + k));
    expect(await numbers(path)).toEqual([50, 51, 52, 53, 54]);
    expect(await exists(`${path}.4`)).toBe(false);
  });

  it("rotates a file at the first write after it has existed maxAgeMs", async () => {
    const path = join(dir, "aged.jsonl");
    let now = Date.UTC(2030, 0, 1, 12);
    const writer = new JsonlWriter({
      path,
      maxAgeMs: 60_000,
      maxFiles: 2,
      maxPending: 100,
      logger,
      now: () => now,
    });
    const write = async (line: string) => {
      writer.push(line);
      await writer.flush();
    };
    await write('{"n":1}');
    now += 59_999;
    await write('{"n":2}');
    expect(await exists(`${path}.1`)).toBe(false);
    now += 1;
    // Old enough, but nothing is rotated until there is something to write.
    await writer.flush();
    expect(await exists(`${path}.1`)).toBe(false);
    await write('{"n":3}');
    expect(await lines(`${path}.1`)).toEqual(['{"n":1}', '{"n":2}']);
    expect(await lines(path)).toEqual(['{"n":3}']);
    // The new file ages from its own start.
    now += 30_000;
    await write('{"n":4}');
    now += 30_000;
    await write('{"n":5}');
    await writer.close();
    expect(await lines(`${path}.2`)).toEqual(['{"n":1}', '{"n":2}']);
    expect(await lines(`${path}.1`)).toEqual(['{"n":3}', '{"n":4}']);
    expect(await lines(path)).toEqual(['{"n":5}']);
  });

  it("rotates at the first write of each UTC day with rotateDaily", async () => {
    const path = join(dir, "daily.jsonl");
    let now = Date.UTC(2030, 2, 1, 23, 59, 59, 500);
    const writer = new JsonlWriter({
      path,
      rotateDaily: true,
      maxFiles: 5,
      maxPending: 100,
      logger,
      now: () => now,
    });
    const write = async (line: string) => {
      writer.push(line);
      await writer.flush();
    };
    await write('{"day":1}');
    now += 400;
    await write('{"day":1}');
    now += 200; // 00:00:00.100 on the next day
    await write('{"day":2}');
    now += 86_399_000; // 23:59:59.100, still day 2
    await write('{"day":2}');
    now += 3 * 86_400_000; // three days later: one rotation, not three
    await write('{"day":5}');
    await writer.close();
    expect(await lines(`${path}.2`)).toEqual(['{"day":1}', '{"day":1}']);
    expect(await lines(`${path}.1`)).toEqual(['{"day":2}', '{"day":2}']);
    expect(await lines(path)).toEqual(['{"day":5}']);
    expect(await exists(`${path}.3`)).toBe(false);
  });

  it("ages a file it did not create from the file's creation time", async () => {
    const path = join(dir, "inherited.jsonl");
    await writeFile(path, '{"old":true}\n');
    // Two hours from now, the file is older than an hour.
    const writer = new JsonlWriter({
      path,
      maxAgeMs: 3_600_000,
      maxPending: 100,
      logger,
      now: () => Date.now() + 7_200_000,
    });
    writer.push('{"new":true}');
    await writer.close();
    expect(await lines(`${path}.1`)).toEqual(['{"old":true}']);
    expect(await lines(path)).toEqual(['{"new":true}']);
  });

  it("starts on a new line after a torn last line, so no record is glued to it", async () => {
    const path = join(dir, "torn.jsonl");
    await writeFile(path, '{"a":1}\n{"b":');
    const writer = new JsonlWriter({ path, maxPending: 100, logger });
    writer.push('{"c":3}');
    await writer.flush();
    writer.push('{"d":4}');
    await writer.close();
    expect(await readFile(path, "utf8")).toBe('{"a":1}\n{"b":\n{"c":3}\n{"d":4}\n');
    // A file that ends cleanly gets nothing extra.
    const again = new JsonlWriter({ path, maxPending: 100, logger });
    again.push('{"e":5}');
    await again.close();
    expect(await readFile(path, "utf8")).toBe('{"a":1}\n{"b":\n{"c":3}\n{"d":4}\n{"e":5}\n');
  });

  it("under size rotation, keeps the newest lines in order and every file within maxBytes", async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.integer({ min: 1024, max: 2048 }),
        fc.integer({ min: 1, max: 4 }),
        async (batches, maxBytes, maxFiles) => {
          const path = join(dir, `prop-${round++}.jsonl`);
          const writer = new JsonlWriter({ path, maxBytes, maxFiles, maxPending: 1000, logger });
          const written: string[] = [];
          for (const batch of batches) {
            for (const pad of batch) {
              const line = JSON.stringify({ n: written.length, pad: "y".repeat(pad) });
              written.push(line);
              writer.push(line);
            }
            await writer.flush();
          }
          await writer.close();
          const files = [...Array.from({ length: maxFiles }, (_, k) => `${path}.${maxFiles - k}`), path];
          const kept: string[] = [];
          for (const file of files) {
            const text = await readFile(file, "utf8").catch(() => "");
            const inFile = text.split("\n").filter(Boolean);
            // Over maxBytes only when one batch went to an empty file in one write.
            if (text.length > maxBytes) expect(inFile.length).toBeLessThanOrEqual(4);
            kept.push(...inFile);
          }
          expect(kept.length).toBeGreaterThan(0);
          expect(kept).toEqual(written.slice(written.length - kept.length));
          expect(await exists(`${path}.${maxFiles + 1}`)).toBe(false);
        },
      ),
      { numRuns: 40 },
    );
  });
});
