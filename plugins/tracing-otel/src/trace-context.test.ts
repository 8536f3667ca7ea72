// The request hook's decision: a caller's valid traceparent is continued under a new span (its
// sampled flag decides, its tracestate passes on), anything else starts a new random trace
// sampled by ratio, deterministically from the trace id.
import { isSpanId, isTraceId } from "@aigw/otel-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { newSpanId, newTraceId } from "./ids.js";
import { sampledByRatio } from "./sampling.js";
import { traceFor } from "./trace-context.js";
import { parseTraceparent } from "./traceparent.js";

const CALLER = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

describe("traceFor", () => {
  it("continues a caller's trace under a new span of the gateway's", () => {
    const trace = traceFor(new Headers({ traceparent: CALLER, tracestate: "rojo=1, congo=2" }), 0);
    expect(trace.context).toEqual({
      traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
      spanId: expect.any(String),
      parentSpanId: "00f067aa0ba902b7",
      sampled: true,
    });
    expect(isSpanId(trace.context.spanId)).toBe(true);
    expect(trace.context.spanId).not.toBe("00f067aa0ba902b7");
    expect(trace.traceparent).toBe(`00-4bf92f3577b34da6a3ce929d0e0e4736-${trace.context.spanId}-01`);
    expect(trace.tracestate).toBe("rojo=1,congo=2");
  });

  it("follows a caller's unsampled flag whatever the ratio, and still propagates", () => {
    const trace = traceFor(new Headers({ traceparent: CALLER.replace(/01$/, "00") }), 1);
    expect(trace.context.sampled).toBe(false);
    expect(trace.traceparent).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-00$/);
    expect(trace.tracestate).toBeUndefined();
  });

  it.each([
    ["no traceparent", {}],
    ["an invalid traceparent", { traceparent: CALLER.toUpperCase(), tracestate: "rojo=1" }],
    ["an all-zero trace id", { traceparent: `00-${"0".repeat(32)}-00f067aa0ba902b7-01` }],
  ])("starts a new trace for %s", (_label, headers) => {
    const trace = traceFor(new Headers(headers), 1);
    expect(isTraceId(trace.context.traceId)).toBe(true);
    expect(trace.context.traceId).not.toBe("4bf92f3577b34da6a3ce929d0e0e4736");
    expect(trace.context.parentSpanId).toBeUndefined();
    expect(trace.context.sampled).toBe(true);
    expect(trace.tracestate).toBeUndefined();
    expect(parseTraceparent(trace.traceparent)).toEqual({
      version: "00",
      traceId: trace.context.traceId,
      parentId: trace.context.spanId,
      flags: 1,
    });
  });

  it("samples new traces at the configured ratio", () => {
    expect(traceFor(new Headers(), 0).context.sampled).toBe(false);
    expect(traceFor(new Headers(), 0).traceparent.endsWith("-00")).toBe(true);
    expect(traceFor(new Headers(), 1).context.sampled).toBe(true);
  });
});

describe("ids", () => {
  it("are valid and distinct", () => {
    const traces = new Set(Array.from({ length: 2000 }, newTraceId));
    const spans = new Set(Array.from({ length: 2000 }, newSpanId));
    expect(traces.size).toBe(2000);
    expect(spans.size).toBe(2000);
    for (const id of traces) expect(isTraceId(id)).toBe(true);
    for (const id of spans) expect(isSpanId(id)).toBe(true);
  });
});

describe("sampledByRatio", () => {
  const traceIds = fc
    .string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 32, maxLength: 32 })
    .filter((id) => id !== "0".repeat(32));

  it("is decided by the trace id alone, and monotonic in the ratio", () => {
    fc.assert(
      fc.property(
        traceIds,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (id, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(sampledByRatio(id, low)).toBe(sampledByRatio(id, low));
          if (sampledByRatio(id, low)) expect(sampledByRatio(id, high)).toBe(true);
        },
      ),
    );
  });

  it("keeps about the ratio's share of ids spread evenly over the range", () => {
    // 4096 ids whose low 13 digits step evenly through the range: exactly ratio of them pass.
    const ids = Array.from(
      { length: 4096 },
      (_, i) => `${"a".repeat(19)}${(i * 2 ** 40).toString(16).padStart(13, "0")}`,
    );
    expect(ids.filter((id) => sampledByRatio(id, 0.25)).length).toBe(1024);
    expect(ids.filter((id) => sampledByRatio(id, 0)).length).toBe(0);
    expect(ids.filter((id) => sampledByRatio(id, 1)).length).toBe(4096);
  });
});
