// The shutdown trigger with an injected signal source (how the Deno runtime uses it): one graceful
// run on the first signal, a forced exit on the second, handlers removed by dispose.
import { describe, expect, it } from "vitest";
import { onShutdown, type ShutdownSignal, type SignalSource } from "./shutdown.js";

function fakeSignals() {
  const handlers = new Map<ShutdownSignal, Set<() => void>>();
  const source: SignalSource = {
    on: (signal, handler) => {
      if (!handlers.has(signal)) handlers.set(signal, new Set());
      handlers.get(signal)?.add(handler);
    },
    off: (signal, handler) => handlers.get(signal)?.delete(handler),
  };
  const send = (signal: ShutdownSignal) => {
    for (const handler of handlers.get(signal) ?? []) handler();
  };
  const count = () => [...handlers.values()].reduce((n, set) => n + set.size, 0);
  return { source, send, count };
}

describe("onShutdown", () => {
  it("runs the graceful shutdown once on the first signal, then exits 0", async () => {
    const signals = fakeSignals();
    const logs: string[] = [];
    const exits: number[] = [];
    let runs = 0;
    let finish: () => void = () => {};
    onShutdown({
      signals: signals.source,
      log: (m) => logs.push(m),
      exit: (code) => exits.push(code),
      run: () => {
        runs++;
        return new Promise<void>((resolve) => (finish = resolve));
      },
    });
    expect(signals.count()).toBe(2);
    signals.send("SIGTERM");
    expect(runs).toBe(1);
    expect(logs).toEqual(["SIGTERM: shutting down gracefully (send it again to force)"]);
    expect(exits).toEqual([]);
    finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(exits).toEqual([0]);
  });

  it("a second signal exits 1 at once; a failed shutdown exits 1", async () => {
    const signals = fakeSignals();
    const logs: string[] = [];
    const exits: number[] = [];
    onShutdown({
      signals: signals.source,
      log: (m) => logs.push(m),
      exit: (code) => exits.push(code),
      run: () => new Promise<void>(() => {}),
    });
    signals.send("SIGINT");
    signals.send("SIGTERM");
    expect(exits).toEqual([1]);
    expect(logs[1]).toBe("SIGTERM again: exiting now");

    const failing = fakeSignals();
    const failedExits: number[] = [];
    onShutdown({
      signals: failing.source,
      log: () => {},
      exit: (code) => failedExits.push(code),
      run: () => Promise.reject(new Error("boom")),
    });
    failing.send("SIGTERM");
    await new Promise((r) => setTimeout(r, 0));
    expect(failedExits).toEqual([1]);
  });

  it("begin() starts the same shutdown without a signal; dispose() removes the handlers", () => {
    const signals = fakeSignals();
    let runs = 0;
    const trigger = onShutdown({
      signals: signals.source,
      log: () => {},
      exit: () => {},
      run: async () => {
        runs++;
      },
    });
    trigger.begin("primary asked to stop");
    signals.send("SIGTERM");
    expect(runs).toBe(1);
    trigger.dispose();
    expect(signals.count()).toBe(0);
  });
});
