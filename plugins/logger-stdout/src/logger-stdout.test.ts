// What a line holds (the record, with or without per-node timings), its level by outcome, and the
// config rules: field names that would shadow a record field are refused at boot, through the
// real engine, naming the option.
import { createGateway } from "@aigw/engine";
import { fixedProvider, sampleRecord } from "@aigw/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateConfig } from "./config-validator.gen.js";
import stdoutLogger, { checkKeys, levelOf, lineFields } from "./index.js";

async function boot(config: Record<string, unknown>): Promise<void> {
  const gateway = await createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "log", plugin: "logger-stdout", config },
          { id: "llm", plugin: "fixed-provider" },
        ],
      },
    },
    plugins: [stdoutLogger, fixedProvider],
  });
  await gateway.close();
}

describe("logger-stdout lines", () => {
  it("hold the whole record, or the record without timings.nodes", () => {
    const record = sampleRecord();
    expect(lineFields(record, true)).toBe(record);
    const without = lineFields(record, false);
    expect(without).toEqual({
      ...record,
      timings: { totalMs: 812.5, overheadMs: 2.5, upstreamMs: 810, ttfbMs: 811 },
    });
    // The record itself is left as it was: other observers get it too.
    expect(record.timings.nodes).toHaveLength(2);
  });

  it("take their level from the outcome: error for failures, warn for refusals, info otherwise", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("ok", "ended_early", "error", "stream_error", "client_closed" as const),
        fc.integer({ min: 100, max: 599 }),
        (outcome, status) => {
          const level = levelOf(sampleRecord({ outcome, status }));
          if (outcome === "stream_error" || (outcome === "error" && status >= 500))
            expect(level).toBe("error");
          else if (outcome === "error") expect(level).toBe("warn");
          else expect(level).toBe("info");
        },
      ),
    );
  });
});

describe("logger-stdout config", () => {
  it("refuses a level or message key that is a record field, or both keys the same", async () => {
    expect(() => checkKeys("level", "msg")).not.toThrow();
    expect(() => checkKeys("status", "msg")).toThrow('levelKey "status" is a field of the request record');
    expect(() => checkKeys("level", "requestId")).toThrow(
      'messageKey "requestId" is a field of the request record',
    );
    expect(() => checkKeys("x", "x")).toThrow('levelKey and messageKey are both "x"');
    await expect(boot({ levelKey: "outcome" })).rejects.toThrow("levelKey");
    await expect(boot({ messageKey: "tags" })).rejects.toThrow("messageKey");
  });

  it("refuses bad values and fills in the defaults", async () => {
    for (const bad of [
      { destination: "file" },
      { bufferBytes: 20_000 },
      { bufferBytes: -1 },
      { maxBufferBytes: 1024 },
      { flushIntervalMs: 0 },
      { levelKey: "" },
      { colour: "blue" },
    ]) {
      expect(validateConfig({ ...bad }), JSON.stringify(bad)).toBe(false);
    }
    await expect(boot({ destination: "file" })).rejects.toThrow("destination");
    const config: Record<string, unknown> = {};
    expect(validateConfig(config)).toBe(true);
    expect(config).toEqual({
      destination: "stdout",
      levelKey: "level",
      messageKey: "msg",
      message: "request finished",
      includeTimings: true,
      bufferBytes: 4096,
      flushIntervalMs: 100,
      maxBufferBytes: 16_777_216,
    });
  });
});
