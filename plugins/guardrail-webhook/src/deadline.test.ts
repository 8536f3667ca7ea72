// The call's signal: aborted by its time running out or by the request, once, and let go after.
import { describe, expect, test, vi } from "vitest";
import { Deadline } from "./deadline.js";

describe("Deadline", () => {
  test("expires after its time, calling each listener once", () => {
    vi.useFakeTimers();
    try {
      const parent = new AbortController();
      const deadline = new Deadline(parent.signal, 100);
      const heard = vi.fn();
      deadline.addEventListener("abort", heard);
      vi.advanceTimersByTime(99);
      expect(deadline.aborted).toBe(false);
      vi.advanceTimersByTime(1);
      expect(deadline).toMatchObject({ aborted: true, expired: true });
      parent.abort(new Error("later"));
      expect(heard).toHaveBeenCalledTimes(1);
      expect((deadline.reason as Error).message).toContain("100 ms");
    } finally {
      vi.useRealTimers();
    }
  });

  test("follows the request's abort, keeping its reason, without expiring", () => {
    const parent = new AbortController();
    const deadline = new Deadline(parent.signal, 10_000);
    const heard = vi.fn();
    deadline.addEventListener("abort", heard);
    const reason = new Error("client left");
    parent.abort(reason);
    expect(deadline).toMatchObject({ aborted: true, expired: false, reason });
    expect(heard).toHaveBeenCalledTimes(1);
    deadline.dispose();
  });

  test("starts aborted under a request already aborted", () => {
    const parent = new AbortController();
    parent.abort("gone");
    const deadline = new Deadline(parent.signal, 10_000);
    expect(deadline).toMatchObject({ aborted: true, reason: "gone" });
  });

  test("once disposed, neither its timer nor the request reaches it", () => {
    vi.useFakeTimers();
    try {
      const parent = new AbortController();
      const deadline = new Deadline(parent.signal, 100);
      const heard = vi.fn();
      deadline.addEventListener("abort", heard);
      deadline.dispose();
      vi.advanceTimersByTime(1_000);
      parent.abort();
      expect(deadline.aborted).toBe(false);
      expect(heard).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  test("a listener removed is not called", () => {
    const parent = new AbortController();
    const deadline = new Deadline(parent.signal, 10_000);
    const heard = vi.fn();
    deadline.addEventListener("abort", heard);
    deadline.removeEventListener("abort", heard);
    parent.abort();
    expect(heard).not.toHaveBeenCalled();
  });
});
