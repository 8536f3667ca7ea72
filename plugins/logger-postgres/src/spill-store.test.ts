// The spill directory on a real disk: segments in sequence order, across reopening, within the
// size limit, committed lines skipped on a re-read, refused lines kept apart.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SpillStore, utf8Length } from "./spill-store.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "aigw-pg-spillstore-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readAll(store: SpillStore): Promise<string[]> {
  const out: string[] = [];
  for (let segment = store.oldest(); segment; segment = store.oldest()) {
    for await (const lines of store.read(segment, 3)) out.push(...lines);
    await store.remove(segment);
  }
  return out;
}

describe("utf8Length", () => {
  it("is the UTF-8 size of any well-formed string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).byteLength);
      }),
    );
  });
});

describe("SpillStore", () => {
  it("reads segments in sequence order, whatever order they were written in", async () => {
    const store = new SpillStore(dir, 1 << 20);
    await store.open();
    const [a, b, c] = [store.allocate(), store.allocate(), store.allocate()];
    await store.append(c, ["c1", "c2"]);
    await store.append(a, ["a1"]);
    await store.append(b, ["b1", "b2", "b3", "b4"]);
    await store.append(a, ["a2"]);
    expect(await readAll(store)).toEqual(["a1", "a2", "b1", "b2", "b3", "b4", "c1", "c2"]);
    expect(store.bytes).toBe(0);
    expect(await readdir(dir)).toEqual([]);
  });

  it("finds what an earlier process left, and numbers new segments after it", async () => {
    const first = new SpillStore(dir, 1 << 20);
    await first.open();
    await first.append(first.allocate(), ["old1", "old2"]);
    const second = new SpillStore(dir, 1 << 20);
    await second.open();
    expect(second.segmentCount).toBe(1);
    expect(second.bytes).toBe(10);
    await second.append(second.allocate(), ["new"]);
    expect(await readAll(second)).toEqual(["old1", "old2", "new"]);
  });

  it("writes only what fits in maxBytes and says how much", async () => {
    const store = new SpillStore(dir, 1024);
    await store.open();
    const line = "x".repeat(99); // 100 bytes with its newline
    expect(await store.append(store.allocate(), Array(8).fill(line))).toBe(8);
    expect(await store.append(store.allocate(), Array(8).fill(line))).toBe(2);
    expect(await store.append(store.allocate(), [line])).toBe(0);
    expect(store.bytes).toBe(1000);
  });

  it("skips the lines already committed when a segment is read again", async () => {
    const store = new SpillStore(dir, 1 << 20);
    await store.open();
    await store.append(store.allocate(), ["1", "2", "3", "4", "5"]);
    const segment = store.oldest()!;
    segment.committed = 3;
    const lines: string[] = [];
    for await (const batch of store.read(segment, 10)) lines.push(...batch);
    expect(lines).toEqual(["4", "5"]);
  });

  it("ignores files that are not segments, and keeps refused lines apart", async () => {
    await writeFile(join(dir, "notes.txt"), "hello");
    const store = new SpillStore(dir, 1 << 20);
    await store.open();
    expect(store.segmentCount).toBe(0);
    await store.reject(["bad"]);
    expect(await readFile(join(dir, "rejected.jsonl"), "utf8")).toBe("bad\n");
    expect(store.segmentCount).toBe(0);
  });
});
