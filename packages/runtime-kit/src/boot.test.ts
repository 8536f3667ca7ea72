// Booting from the command line: what the flags ask for, the config it reads, and how failures
// are explained (message and exit code), the same for every runtime.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError } from "@aigw/engine";
import { afterAll, describe, expect, it } from "vitest";
import { UsageError, usage } from "./args.js";
import { asBootError, BootError, explain, planBoot, urlOf } from "./boot.js";
import { DEFAULT_CONFIG_FILE } from "./default-config.js";

const dir = mkdtempSync(join(tmpdir(), "aigw-boot-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("planBoot", () => {
  it("answers --help and --version without reading a config", async () => {
    expect(await planBoot(["--help"], {})).toEqual({ kind: "help" });
    expect(await planBoot(["-v", "--config", join(dir, "missing.yaml")], {})).toEqual({ kind: "version" });
  });

  it("reads the config and resolves the settings", async () => {
    const file = join(dir, "a.json");
    writeFileSync(file, JSON.stringify({ pipeline: { nodes: [] }, server: { port: 7001 } }));
    const plan = await planBoot(["--config", file], { PORT: "7002" });
    if (plan.kind !== "serve") throw new Error(plan.kind);
    expect(plan.loaded.file).toBe(file);
    expect(plan.settings.port).toBe(7002);
    const fallback = await planBoot([], {});
    expect(fallback.kind === "serve" && fallback.loaded.file).toBe(DEFAULT_CONFIG_FILE);
  });

  it("refuses --workers where the runtime serves from one process", async () => {
    await expect(planBoot(["--workers", "2"], {}, { workers: false })).rejects.toThrow(UsageError);
    expect(usage("bun main.ts", { workers: false })).not.toContain("--workers");
    expect(usage("aigw")).toContain("--workers N");
  });

  it("makes an unreadable config a BootError naming the file", async () => {
    const error = await planBoot(["--config", join(dir, "missing.yaml")], {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BootError);
    expect(explain(error)).toMatchObject({ exitCode: 1 });
    expect(explain(error).message).toContain(`aigw: config ${join(dir, "missing.yaml")}`);
  });
});

describe("explain and asBootError", () => {
  it("gives 2 for a bad command line, 1 for a config or listen failure", () => {
    expect(explain(new UsageError("--port must be a port"))).toEqual({
      message: "aigw: --port must be a port",
      exitCode: 2,
    });
    const config = new ConfigError([{ path: "/pipeline", message: "bad" }]);
    expect(explain(asBootError(config, "x.yaml")).exitCode).toBe(1);
    const taken = Object.assign(new Error("in use"), { code: "EADDRINUSE" });
    expect(explain(asBootError(taken, "x.yaml", "127.0.0.1:80"))).toEqual({
      message: "aigw: cannot listen on 127.0.0.1:80: EADDRINUSE",
      exitCode: 1,
    });
    expect(asBootError(new Error("other"), "x.yaml", "127.0.0.1:80")).toBeInstanceOf(Error);
    expect(explain(new Error("other")).message).toMatch(/^aigw: failed to start: Error: other/);
  });

  it("urlOf brackets IPv6 hosts", () => {
    expect(urlOf("127.0.0.1", 80)).toBe("http://127.0.0.1:80");
    expect(urlOf("::1", 80)).toBe("http://[::1]:80");
  });
});
