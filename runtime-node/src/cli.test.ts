// The `aigw` CLI in child processes: port precedence, config errors, SIGTERM draining a stream,
// a forced second signal, and `--workers` (both workers serve, a crashed one is replaced).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { type CliProcess, freePort, spawnCli } from "./testing/spawn-cli.js";
import { installTestPlugins, type TestProviderConfig } from "./testing/test-plugins.js";

const dir = mkdtempSync(join(tmpdir(), "aigw-cli-"));
installTestPlugins(dir);
const children: CliProcess[] = [];
afterEach(() => {
  for (const cli of children.splice(0)) if (cli.child.exitCode === null) cli.child.kill("SIGKILL");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
/** Writes a config that uses the test provider; returns its path. */
function writeConfig(provider: TestProviderConfig = {}, extra: object = {}): string {
  const file = join(dir, `aigw-${++files}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      plugins: ["aigw-test-plugins"],
      pipeline: { nodes: [{ id: "p", plugin: "test-provider", config: provider }] },
      ...extra,
    }),
  );
  return file;
}

function start(args: string[], env: Record<string, string | undefined> = {}): CliProcess {
  const cli = spawnCli(args, { env, cwd: dir });
  children.push(cli);
  return cli;
}

async function listening(cli: CliProcess): Promise<string> {
  const match = await cli.waitFor(/aigw listening on (http:\/\/\S+)/);
  return match[1]!;
}

const CHAT = { model: "test-model", messages: [{ role: "user", content: "hi" }] };

/** One request on its own connection (so a cluster may hand it to any worker). */
function post(url: string, body: object): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: "POST", agent: false, headers: { "content-type": "application/json" } },
      async (res) => {
        let text = "";
        for await (const part of res) text += String(part);
        resolve({ status: res.statusCode ?? 0, text });
      },
    );
    req.on("error", reject);
    req.end(JSON.stringify(body));
  });
}

describe("aigw CLI", () => {
  it("takes the port from the flag, then PORT, then server.port", async () => {
    const [a, b, c] = [await freePort(), await freePort(), await freePort()];
    const config = writeConfig({}, { server: { port: c } });
    const [flag, env, file] = await Promise.all([
      listening(start(["--config", config, "--port", String(a)], { PORT: String(b) })),
      listening(start(["--config", config], { PORT: String(b) })),
      listening(start(["-c", config])),
    ]);
    expect(flag).toBe(`http://127.0.0.1:${a}`);
    expect(env).toBe(`http://127.0.0.1:${b}`);
    expect(file).toBe(`http://127.0.0.1:${c}`);
    const answer = await post(`${flag}/v1/chat/completions`, CHAT);
    expect(answer.status).toBe(200);
  });

  it("listens on 8787 by default", async () => {
    // Whether 8787 is free or taken on this machine, the CLI must try exactly that port.
    const cli = start(["--config", writeConfig()]);
    const outcome = await listening(cli).then(
      (url) => ({ url }),
      async () => ({ code: await cli.exited }),
    );
    if ("url" in outcome) expect(outcome.url).toBe("http://127.0.0.1:8787");
    else {
      expect(outcome.code).toBe(1);
      expect(cli.stderr()).toContain("cannot listen on 127.0.0.1:8787");
    }
  });

  it("prints every config issue with its JSON path and exits 1 without a stack", async () => {
    const config = writeConfig({ chunks: -1, colour: "blue" } as TestProviderConfig);
    const cli = start(["--config", config]);
    expect(await cli.exited).toBe(1);
    const err = cli.stderr();
    expect(err).toContain(`aigw: config ${config}`);
    expect(err).toContain("/pipeline/nodes/0/config");
    expect(err).toMatch(/chunks|colour/);
    expect(err).not.toMatch(/^\s+at /m);
    expect(cli.stdout()).not.toContain("listening");
  });

  it("exits 1 naming a plugin package that cannot be found, and 2 on a bad flag", async () => {
    const missing = join(dir, "missing-plugin.yaml");
    writeFileSync(missing, "plugins: [aigw-nowhere]\npipeline:\n  nodes:\n    - { id: p, plugin: x }\n");
    const bad = start(["--config", missing]);
    const flag = start(["--port", "eighty"]);
    expect(await bad.exited).toBe(1);
    expect(bad.stderr()).toContain('/plugins/0: plugin package "aigw-nowhere" could not be loaded');
    expect(await flag.exited).toBe(2);
    expect(flag.stderr()).toContain("--port must be a port");
  });

  it("on SIGTERM lets a slow stream finish, then exits 0", async () => {
    const cli = start(["--config", writeConfig({ chunks: 8, chunkDelayMs: 100 }), "--port", "0"]);
    const url = await listening(cli);
    const streamed = new Promise<string>((resolve, reject) => {
      const req = request(
        `${url}/v1/chat/completions`,
        { method: "POST", headers: { "content-type": "application/json" } },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.once("data", () => cli.child.kill("SIGTERM"));
          res.on("data", (part: string) => {
            text += part;
          });
          res.on("end", () => resolve(text));
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(JSON.stringify({ ...CHAT, stream: true }));
    });
    const text = await streamed;
    expect(text.match(/"content"/g)).toHaveLength(8);
    expect(text.trim().endsWith("data: [DONE]")).toBe(true);
    expect(await cli.exited).toBe(0);
    expect(cli.stderr()).toContain("SIGTERM: shutting down gracefully");
  });

  it("a second signal forces the exit", async () => {
    const cli = start(["--config", writeConfig({ chunks: 200, chunkDelayMs: 100 }), "--port", "0"]);
    const url = await listening(cli);
    const req = request(`${url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
    });
    req.on("error", () => {});
    req.on("response", (res) => {
      res.resume();
      res.once("data", () => {
        cli.child.kill("SIGTERM");
        setTimeout(() => cli.child.kill("SIGINT"), 200);
      });
    });
    req.end(JSON.stringify({ ...CHAT, stream: true }));
    const started = Date.now();
    expect(await cli.exited).toBe(1);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(cli.stderr()).toContain("SIGINT again: exiting now");
  });
});

describe("aigw --workers", () => {
  it("serves from both workers, replaces a crashed one, and shuts down cleanly", async () => {
    const cli = start(["--config", writeConfig(), "--port", "0", "--workers", "2"]);
    const url = await listening(cli);
    expect(cli.stdout()).toMatch(/\(2 workers, primary pid \d+\)/);
    const pidsOf = async (n: number) => {
      const answers = await Promise.all(
        Array.from({ length: n }, () => post(`${url}/v1/chat/completions`, CHAT)),
      );
      for (const a of answers) expect(a.status).toBe(200);
      return new Set(answers.map((a) => /pid (\d+)/.exec(a.text)?.[1]));
    };
    const pids = await pidsOf(20);
    expect(pids.size).toBe(2);
    expect(pids.has(String(cli.child.pid))).toBe(false);

    const victim = Number([...pids][0]);
    process.kill(victim, "SIGKILL");
    await cli.waitFor(new RegExp(`worker ${victim} died \\(signal SIGKILL\\); starting a new one`));
    // The replacement boots (tsx compiles on the fly) while the other worker serves everything.
    let after = new Set<string | undefined>();
    const deadline = Date.now() + 15_000;
    while (!(after.size === 2 && !after.has(String(victim))) && Date.now() < deadline) {
      after = await pidsOf(10);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(after.size).toBe(2);
    expect(after.has(String(victim))).toBe(false);

    cli.child.kill("SIGTERM");
    expect(await cli.exited).toBe(0);
  });

  it("a config error stops the cluster with exit 1, printed once", async () => {
    const cli = start(["--config", writeConfig({ chunks: -1 }), "--workers", "2"]);
    expect(await cli.exited).toBe(1);
    expect(cli.stderr().match(/Invalid gateway config/g)).toHaveLength(1);
    expect(cli.stderr()).toContain("/pipeline/nodes/0/config/chunks");
  });
});
