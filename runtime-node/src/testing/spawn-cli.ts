/**
 * Runs the `aigw` CLI from its TypeScript sources in a child process (node + tsx, with the
 * `aigw-source` condition so workspace packages resolve to their sources too: no build needed),
 * and watches its output.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { fileURLToPath, pathToFileURL } from "node:url";

const CLI = fileURLToPath(new URL("../cli.ts", import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

export interface CliProcess {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match of `pattern` in stdout+stderr (rejects if the process exits first). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit code (or the signal name). */
  readonly exited: Promise<number | string>;
}

export function spawnCli(
  args: readonly string[],
  options: { env?: Record<string, string | undefined>; cwd?: string } = {},
): CliProcess {
  const env: Record<string, string | undefined> = { ...process.env, LOG_LEVEL: "warn", ...options.env };
  // Whatever the test runner set must not leak into the gateway's own port choice.
  if (!options.env || !("PORT" in options.env)) delete env["PORT"];
  const child = spawn(process.execPath, ["--conditions=aigw-source", "--import", TSX, CLI, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  child.stdout?.setEncoding("utf8").on("data", (text: string) => {
    out += text;
    notify();
  });
  child.stderr?.setEncoding("utf8").on("data", (text: string) => {
    err += text;
    notify();
  });
  const exited = new Promise<number | string>((resolve) =>
    child.on("exit", (code, signal) => {
      resolve(code ?? signal ?? "unknown");
      notify();
    }),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor(pattern, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = (out + err).match(pattern);
          if (match) return done(() => resolve(match));
          if (child.exitCode !== null || child.signalCode !== null)
            done(() => reject(new Error(`exited before ${pattern}:\n${out}\n${err}`)));
        };
        const timer = setTimeout(
          () => done(() => reject(new Error(`timed out waiting for ${pattern}:\n${out}\n${err}`))),
          timeoutMs,
        );
        const done = (then: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          then();
        };
        listeners.add(check);
        check();
      });
    },
  };
}

/** A port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
