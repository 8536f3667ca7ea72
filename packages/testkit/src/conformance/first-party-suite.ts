/**
 * Every first-party plugin loads from a user's own config on every runtime: a config in a folder
 * outside the repository, started from there, naming every package under plugins/ (they resolve
 * from the runtime's own install, not from the config's folder), boots, answers /health and
 * exits 0 on SIGTERM. Each runtime runs it for each way it is started (sources, built packages).
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { freePort, watchProcess } from "./runtime-process.js";

export interface RuntimeLaunch {
  /** Shown in test names ("bun on the built packages"). */
  name: string;
  /** Starts the runtime on `configFile` and `port` in `cwd`, with `env` added, output piped. */
  start(configFile: string, port: number, cwd: string, env: Record<string, string>): ChildProcess;
  /** How long it may take to answer /health (default 30 s). */
  bootTimeoutMs?: number;
}

const PLUGINS_DIR = fileURLToPath(new URL("../../../../plugins/", import.meta.url));

/** The package name of every first-party plugin (every folder under plugins/). */
export function firstPartyPackages(): string[] {
  return readdirSync(PLUGINS_DIR)
    .sort()
    .map(
      (dir) =>
        (JSON.parse(readFileSync(join(PLUGINS_DIR, dir, "package.json"), "utf8")) as { name: string }).name,
    );
}

export function describeFirstPartyBoot(launches: readonly RuntimeLaunch[]): void {
  const dir = mkdtempSync(join(tmpdir(), "aigw-first-party-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const packages = firstPartyPackages();
  const config = join(dir, "gateway.yaml");
  writeFileSync(
    config,
    [
      `plugins: ${JSON.stringify(packages)}`,
      "pipeline:",
      "  nodes:",
      "    - { id: route, plugin: router-fallback, targets: [claude, mock] }",
      "    - { id: claude, plugin: providers-anthropic }",
      "    - { id: mock, plugin: providers-mock }",
      "",
    ].join("\n"),
  );

  describe.each(launches.map((launch) => [launch.name, launch] as const))("%s", (_, launch) => {
    const timeoutMs = launch.bootTimeoutMs ?? 30_000;
    test(
      "boots a config outside the repository that names every first-party plugin package",
      async () => {
        expect(packages).toContain("@aigw/providers-anthropic");
        const port = await freePort();
        const env = { LOG_LEVEL: "warn", ANTHROPIC_API_KEY: "test-key" };
        const proc = watchProcess(launch.start(config, port, dir, env));
        try {
          await proc.waitForHealth(`http://127.0.0.1:${port}`, timeoutMs);
          proc.child.kill("SIGTERM");
          expect(await proc.exited).toBe(0);
          expect(proc.output()).toContain(`aigw listening on http://127.0.0.1:${port}`);
        } finally {
          await proc.kill();
        }
      },
      timeoutMs + 10_000,
    );
  });
}
