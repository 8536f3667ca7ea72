// The built `aigw` executable (dist/cli.js, what `npm start` and an installed `aigw` run) as a user
// runs it: a config in a folder outside the repository, started from there, naming every
// first-party plugin package (Anthropic's among them). They resolve from aigw's own install, so it
// boots and answers /health, then drains on SIGTERM. Needs the build, as `npm test` does first.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "./testing/spawn-cli.js";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const PLUGINS_DIR = fileURLToPath(new URL("../../plugins/", import.meta.url));
const firstParty = readdirSync(PLUGINS_DIR)
  .sort()
  .map(
    (dir) =>
      (JSON.parse(readFileSync(join(PLUGINS_DIR, dir, "package.json"), "utf8")) as { name: string }).name,
  );

const dir = mkdtempSync(join(tmpdir(), "aigw-dist-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const env: Record<string, string | undefined> = {
    ...process.env,
    LOG_LEVEL: "warn",
    ANTHROPIC_API_KEY: "test-key",
  };
  delete env["PORT"];
  const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (text: string) => (output += text));
  child.stderr.setEncoding("utf8").on("data", (text: string) => (output += text));
  const exited = new Promise<number | string>((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? signal ?? "unknown")),
  );
  return { child, exited, output: () => output };
}

async function waitForHealth(url: string, cli: ReturnType<typeof run>): Promise<number> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (cli.child.exitCode !== null) throw new Error(`aigw exited before it was healthy:\n${cli.output()}`);
    const status = await fetch(`${url}/health`).then(
      (res) => res.status,
      () => 0,
    );
    if (status === 200) return status;
    if (Date.now() > deadline) throw new Error(`aigw was not healthy in 15 s:\n${cli.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the built aigw executable", () => {
  it("exists (npm test and npm start build it)", () => {
    expect(existsSync(CLI), `${CLI} is missing: run npm run build`).toBe(true);
  });

  it("boots a config outside the repository that names every first-party plugin package", async () => {
    expect(firstParty).toContain("@aigw/providers-anthropic");
    const config = join(dir, "gateway.yaml");
    writeFileSync(
      config,
      [
        `plugins: ${JSON.stringify(firstParty)}`,
        "pipeline:",
        "  nodes:",
        "    - { id: route, plugin: router-fallback, targets: [claude, mock] }",
        "    - { id: claude, plugin: providers-anthropic }",
        "    - { id: mock, plugin: providers-mock }",
        "",
      ].join("\n"),
    );
    const port = await freePort();
    const cli = run(["--config", config, "--port", String(port)]);
    try {
      expect(await waitForHealth(`http://127.0.0.1:${port}`, cli)).toBe(200);
      cli.child.kill("SIGTERM");
      expect(await cli.exited).toBe(0);
      expect(cli.output()).toContain(`aigw listening on http://127.0.0.1:${port}`);
    } finally {
      if (cli.child.exitCode === null) cli.child.kill("SIGKILL");
    }
  });

  it("stops with one message naming where it looked and what is installed", async () => {
    const config = join(dir, "missing.yaml");
    writeFileSync(
      config,
      'plugins: ["@aigw/providers-nowhere"]\npipeline:\n  nodes:\n    - { id: p, plugin: x }\n',
    );
    const cli = run(["--config", config, "--port", "0"]);
    expect(await cli.exited).toBe(1);
    const output = cli.output();
    expect(output).toContain('/plugins/0: plugin package "@aigw/providers-nowhere" could not be loaded');
    expect(output).toContain(`${dir} (the config file's folder, the working directory)`);
    for (const name of firstParty) expect(output).toContain(name);
    expect(output).not.toMatch(/^\s+at /m);
  });
});
