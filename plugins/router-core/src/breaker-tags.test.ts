/**
 * The breaker states routers write to the record's tags (`breaker:<target>`), which metrics turn
 * into a gauge: through the real engine, on a clock the test moves, so which request reads the
 * store and which uses this process's fresh copy is exact.
 */
import type { Clock } from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import { type NodeSpec, testGateway } from "./testing/harness.js";
import { newWorld } from "./testing/scripted.js";

const leaves = (...ids: string[]): NodeSpec[] => ids.map((id) => ({ id, plugin: "scripted" }));

/** A clock whose `now` moves only when the test says (durations still use real time). */
function manualClock(start = 1_000_000): Clock & { advance(ms: number): void } {
  let t = start;
  return {
    now: () => t,
    monotonic: () => performance.now(),
    advance: (ms) => {
      t += ms;
    },
  };
}

const breaker = { minRequests: 3, failureRatio: 0.5, cooldownMs: 1000, windowMs: 10_000, halfOpenProbes: 1 };

describe("breaker tags", () => {
  test("closed when first read, nothing on the fast path, open when tripped and skipped, half_open and closed around the probe", async () => {
    let failing = true;
    const world = newWorld((node) =>
      node === "a" ? (failing ? { kind: "status", status: 500 } : { kind: "ok", delayMs: 50 }) : undefined,
    );
    const clock = manualClock();
    const gw = await testGateway(
      [{ id: "r", plugin: "router-fallback", targets: ["a", "b"], config: { breaker } }, ...leaves("a", "b")],
      world,
      { clock },
    );
    const tagsOf = async () => (await gw.chat()).record.annotations.tags;

    const first = await tagsOf();
    expect(first["breaker:a"]).toBe("closed");
    expect(first["breaker:b"]).toBe("closed");
    // Both copies are fresh now: a healthy target costs no store read and adds no tag.
    const second = await tagsOf();
    expect(second).not.toHaveProperty("breaker:b");
    expect(second).not.toHaveProperty("breaker:a");

    expect((await tagsOf())["breaker:a"]).toBe("open"); // the third failure trips it
    const skipped = await tagsOf();
    expect(skipped["breaker:a"]).toBe("open");
    expect(skipped["r.skipped"]).toEqual(["a"]);

    // After the cooldown one request probes (and closes it), the other finds the probe taken.
    failing = false;
    clock.advance(1001);
    const pair = await Promise.all([gw.chat(), gw.chat()]);
    const states = pair.map((o) => o.record.annotations.tags["breaker:a"]).sort();
    expect(states).toEqual(["closed", "half_open"]);
    const served = pair.map((o) => o.headers.get("x-aigw-target")).sort();
    expect(served).toEqual(["a", "b"]);

    const after = await tagsOf();
    expect(after).not.toHaveProperty("breaker:a");
    expect(world.journal.at(-1)).toBe("a");
  });

  test("a failed probe reopens it; an open target tried because every target is open is tagged as it ends", async () => {
    const world = newWorld(() => ({ kind: "status", status: 500 }));
    const clock = manualClock();
    const gw = await testGateway(
      [
        {
          id: "r",
          plugin: "router-fallback",
          targets: ["a", "b"],
          config: { breaker: { ...breaker, minRequests: 1 } },
        },
        ...leaves("a", "b"),
      ],
      world,
      { clock },
    );
    const first = (await gw.chat()).record.annotations.tags;
    expect(first).toMatchObject({ "breaker:a": "open", "breaker:b": "open" });
    // Every breaker open: a (reopens soonest) is still tried, and failing keeps it open.
    const forced = (await gw.chat()).record.annotations.tags;
    expect(forced["r.forced"]).toBe("a");
    expect(forced["breaker:a"]).toBe("open");
    expect(forced["breaker:b"]).toBe("open");

    clock.advance(1001);
    world.journal.length = 0;
    const probe = (await gw.chat()).record.annotations.tags;
    expect(world.journal[0]).toBe("a");
    expect(probe["breaker:a"]).toBe("open");
  });
});
