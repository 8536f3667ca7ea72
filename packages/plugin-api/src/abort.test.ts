import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LazyAbort } from "./abort.js";

describe("LazyAbort", () => {
  it("calls each listener once, in order, with the reason set", () => {
    const abort = new LazyAbort();
    const seen: unknown[] = [];
    abort.addEventListener("abort", () => seen.push(["a", abort.reason]));
    abort.addEventListener("abort", () => seen.push(["b", abort.aborted]));
    abort.abort("first");
    abort.abort("second");
    expect(seen).toEqual([
      ["a", "first"],
      ["b", true],
    ]);
    expect(abort.reason).toBe("first");
  });

  it("never calls a listener added after the abort, nor one removed before it", () => {
    const abort = new LazyAbort();
    let calls = 0;
    const removed = () => calls++;
    abort.addEventListener("abort", removed);
    abort.removeEventListener("abort", removed);
    abort.abort(new Error("x"));
    abort.addEventListener("abort", () => calls++);
    expect(calls).toBe(0);
  });

  it("keeps calling the other listeners when one throws, without throwing itself", () => {
    const abort = new LazyAbort();
    let after = false;
    abort.addEventListener("abort", () => {
      throw new Error("listener failed");
    });
    abort.addEventListener("abort", () => {
      after = true;
    });
    expect(() => abort.abort("r")).not.toThrow();
    expect(after).toBe(true);
  });

  it("makes a real AbortSignal in the same state, before or after the abort", () => {
    const early = new LazyAbort();
    const signal = early.signal;
    expect(signal).toBeInstanceOf(AbortSignal);
    expect(signal.aborted).toBe(false);
    early.abort("gone");
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe("gone");
    expect(early.signal).toBe(signal);

    const late = new LazyAbort();
    late.abort("left");
    expect(late.signal.aborted).toBe(true);
    expect(late.signal.reason).toBe("left");
  });

  it("follows a parent, a real AbortSignal or another LazyAbort, aborted or not", () => {
    const controller = new AbortController();
    const child = new LazyAbort(controller.signal);
    const grandchild = new LazyAbort(child);
    controller.abort("client left");
    expect([child.aborted, child.reason]).toEqual([true, "client left"]);
    expect([grandchild.aborted, grandchild.reason]).toEqual([true, "client left"]);

    const orphan = new LazyAbort(grandchild);
    expect([orphan.aborted, orphan.reason]).toEqual([true, "client left"]);
  });

  it("aborts a child alone without touching its parent", () => {
    const parent = new LazyAbort();
    const child = new LazyAbort(parent);
    child.abort("timeout");
    expect(parent.aborted).toBe(false);
    expect(child.reason).toBe("timeout");
  });

  it("behaves like an AbortController's signal for any sequence of adds, removes and aborts", () => {
    type Op =
      | { kind: "add"; id: number }
      | { kind: "remove"; id: number }
      | { kind: "abort"; reason: number };
    const op = fc.oneof(
      fc.record({ kind: fc.constant("add" as const), id: fc.integer({ min: 0, max: 4 }) }),
      fc.record({ kind: fc.constant("remove" as const), id: fc.integer({ min: 0, max: 4 }) }),
      fc.record({ kind: fc.constant("abort" as const), reason: fc.integer() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 20 }), (ops: Op[]) => {
        const real = new AbortController();
        const lazy = new LazyAbort();
        const realCalls: number[] = [];
        const lazyCalls: number[] = [];
        const realListeners = new Map<number, () => void>();
        const lazyListeners = new Map<number, () => void>();
        const listener = (map: Map<number, () => void>, calls: number[], id: number) => {
          let fn = map.get(id);
          if (!fn) {
            fn = () => calls.push(id);
            map.set(id, fn);
          }
          return fn;
        };
        for (const o of ops) {
          if (o.kind === "add") {
            // An AbortSignal ignores a second add of the same listener; so do callers here.
            if (!realListeners.has(o.id)) {
              real.signal.addEventListener("abort", listener(realListeners, realCalls, o.id), { once: true });
              lazy.addEventListener("abort", listener(lazyListeners, lazyCalls, o.id));
            }
          } else if (o.kind === "remove") {
            const r = realListeners.get(o.id);
            const l = lazyListeners.get(o.id);
            if (r && l) {
              real.signal.removeEventListener("abort", r);
              lazy.removeEventListener("abort", l);
              realListeners.delete(o.id);
              lazyListeners.delete(o.id);
            }
          } else {
            real.abort(o.reason);
            lazy.abort(o.reason);
          }
          expect(lazy.aborted).toBe(real.signal.aborted);
          expect(lazy.reason).toBe(real.signal.aborted ? real.signal.reason : undefined);
          expect(lazyCalls).toEqual(realCalls);
        }
      }),
    );
  });
});
