// The write queue on its own: order, batching, rotation, a full queue, and giving up at close.
import { mkdir, mkdtemp, readFile, rename, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Logger } from "@aigw/plugin-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
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
});
