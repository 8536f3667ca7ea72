// A config in a folder outside the repository, naming every first-party plugin package, boots on
// Bun (from the sources and from the built packages): they resolve from runtime-kit's own install.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { bunBinary } from "./testing/bun-binary.js";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));
const PLUGINS_DIR = fileURLToPath(new URL("../../plugins/", import.meta.url));
const firstParty = readdirSync(PLUGINS_DIR)
  .sort()
  .map(
    (dir) =>
      (JSON.parse(readFileSync(join(PLUGINS_DIR, dir, "package.json"), "utf8")) as { name: string }).name,
  );

const dir = mkdtempSync(join(tmpdir(), "aigw-bun-plugins-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = join(dir, "gateway.yaml");
writeFileSync(
  config,
  `plugins: ${JSON.stringify(firstParty)}\npipeline:\n  nodes:\n    - { id: claude, plugin: providers-anthropic }\n`,
);

describe.each([
  ["the sources", ["--conditions=aigw-source"]],
  ["the built packages", []],
])("bun on %s", (_, flags) => {
  it("boots a config outside the repository naming every first-party plugin package", async () => {
    const child = spawn(bunBinary(), [...flags, MAIN, "--config", config, "--port", "0"], {
      cwd: dir,
      env: { ...process.env, LOG_LEVEL: "warn", ANTHROPIC_API_KEY: "test-key" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (output += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (output += text));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const check = () => {
          const match = output.match(/aigw listening on (http:\/\/\S+)/);
          if (match) resolve(match[1]!);
        };
        child.stdout.on("data", check);
        void exited.then(() => reject(new Error(`bun exited before listening:\n${output}`)));
      });
      expect((await fetch(`${url}/health`)).status).toBe(200);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});
