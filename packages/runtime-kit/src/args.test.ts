// Command-line parsing and the flag > env > config > default precedence of each setting.
import { describe, expect, it } from "vitest";
import { DEFAULT_HOST, DEFAULT_PORT, parseCliArgs, resolveSettings, UsageError } from "./args.js";

describe("parseCliArgs", () => {
  it("reads long and short flags", () => {
    expect(
      parseCliArgs(["--config", "a.yaml", "--port", "9000", "--host", "0.0.0.0", "--workers", "2"]),
    ).toEqual({
      config: "a.yaml",
      port: 9000,
      host: "0.0.0.0",
      workers: 2,
      help: false,
      version: false,
    });
    expect(parseCliArgs(["-c", "b.json", "-p", "0", "-w", "3"])).toMatchObject({
      config: "b.json",
      port: 0,
      workers: 3,
    });
    expect(parseCliArgs(["--port=1234"]).port).toBe(1234);
  });

  it("rejects unknown flags, stray words and bad numbers", () => {
    expect(() => parseCliArgs(["--nope"])).toThrow(UsageError);
    expect(() => parseCliArgs(["serve"])).toThrow(UsageError);
    expect(() => parseCliArgs(["--port", "http"])).toThrow(/--port must be a port/);
    expect(() => parseCliArgs(["--port", "70000"])).toThrow(UsageError);
    expect(() => parseCliArgs(["--workers", "0"])).toThrow(/--workers/);
  });
});

describe("resolveSettings", () => {
  const config = { server: { port: 7000, host: "0.0.0.0", workers: 4, shutdownTimeoutMs: 500 } };

  it("prefers the flag, then PORT, then the config, then the default", () => {
    expect(resolveSettings(parseCliArgs(["-p", "9000"]), { PORT: "8000" }, config).port).toBe(9000);
    expect(resolveSettings(parseCliArgs([]), { PORT: "8000" }, config).port).toBe(8000);
    expect(resolveSettings(parseCliArgs([]), {}, config).port).toBe(7000);
    expect(resolveSettings(parseCliArgs([]), { PORT: "" }, {}).port).toBe(DEFAULT_PORT);
    expect(DEFAULT_PORT).toBe(8787);
  });

  it("takes host, workers and the shutdown timeout from the config unless flagged", () => {
    expect(resolveSettings(parseCliArgs([]), {}, config)).toEqual({
      port: 7000,
      host: "0.0.0.0",
      workers: 4,
      shutdownTimeoutMs: 500,
    });
    expect(resolveSettings(parseCliArgs(["--host", "::1", "-w", "1"]), {}, config)).toMatchObject({
      host: "::1",
      workers: 1,
    });
    expect(resolveSettings(parseCliArgs([]), {}, { pipeline: {} })).toEqual({
      port: DEFAULT_PORT,
      host: DEFAULT_HOST,
      workers: 1,
      shutdownTimeoutMs: 30_000,
    });
  });

  it("rejects a PORT that is not a port", () => {
    expect(() => resolveSettings(parseCliArgs([]), { PORT: "eighty" }, {})).toThrow(/PORT must be a port/);
  });
});
