// The built `aigw` executable (dist/cli.js, what `npm start` and an installed `aigw` run) as a user
// runs it, from a folder outside the repository: every first-party plugin package loads (the shared
// suite in @aigw/testkit), and a package that cannot be loaded stops it with one message naming
// where it looked and what is installed. Needs the build, as `npm test` does first.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describeFirstPartyBoot, firstPartyPackages } from "@aigw/testkit/conformance";
import { afterAll, describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const firstParty = firstPartyPackages();

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

describeFirstPartyBoot([
  {
    name: "the built aigw executable",
    start: (config, port, cwd, env) => {
      const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
      delete childEnv["PORT"];
      return spawn(process.execPath, [CLI, "--config", config, "--port", String(port)], {
        cwd,
        env: childEnv,
        stdio: ["ignore", "pipe", "pipe"],
      });
    },
  },
]);

describe("the built aigw executable", () => {
  it("exists (npm test and npm start build it)", () => {
    expect(existsSync(CLI), `${CLI} is missing: run npm run build`).toBe(true);
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
