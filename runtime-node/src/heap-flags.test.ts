// The heap flags: one list, passed by the aigw shebang, and added only where missing.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HEAP_FLAGS, missingHeapFlags } from "./heap-flags.js";

describe("heap flags", () => {
  it("the aigw shebang passes exactly HEAP_FLAGS", () => {
    const shebang = readFileSync(new URL("./cli.ts", import.meta.url), "utf8").split("\n")[0];
    expect(shebang).toBe(`#!/usr/bin/env -S node ${HEAP_FLAGS.join(" ")}`);
  });

  it("adds only the flags a process was not started with; the user's own values win", () => {
    expect(missingHeapFlags([])).toEqual(HEAP_FLAGS);
    expect(missingHeapFlags([...HEAP_FLAGS])).toEqual([]);
    expect(missingHeapFlags(["--max-semi-space-size=8", "--inspect"])).toEqual(["--heap-growing-percent=50"]);
    expect(missingHeapFlags(["--heap_growing_percent=20"])).toEqual(["--max-semi-space-size=4"]);
  });
});
