/**
 * Starting and stopping the benchmark's child processes (mock upstream, pass-through proxy,
 * gateway CLI), each in its own process so none shares an event loop with another or with the
 * load generator. A child is ready when it prints its URL on stdout; CPU placement uses
 * `taskset`. Every child is killed if the harness exits, so no load loop outlives a run.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { join } from "node:path";
import { compileChildScripts } from "./compile.js";
import { RESULTS_DIR } from "./paths.js";

export interface Child {
  readonly name: string;
  readonly pid: number;
  readonly url: string;
  readonly process: ChildProcess;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
  stop(graceMs?: number): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  /** Arguments after `node`. */
  args: readonly string[];
  /** A taskset CPU list ("0", "1", "0,1"); undefined leaves placement to the OS. */
  cpus?: string | undefined;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** The URL is capture group 1. */
  ready?: RegExp;
  timeoutMs?: number;
}

const DEFAULT_READY = /BENCH_LISTENING (http:\/\/\S+)/;
const live = new Set<ChildProcess>();

process.once("exit", () => {
  for (const child of live) child.kill("SIGKILL");
});

/** Arguments to run one of this directory's `*-main.ts` scripts, transpiled to JavaScript. */
export function scriptArgs(file: string, ...args: string[]): string[] {
  const dir = compileChildScripts(join(RESULTS_DIR, "run", "js"));
  return [join(dir, file.replace(/\.ts$/, ".js")), ...args];
}

/** Spawns `node ...args` (under taskset when `cpus` is set) and waits for its URL. */
export function spawnChild(options: SpawnOptions): Promise<Child> {
  const command = options.cpus ? "taskset" : process.execPath;
  const args = options.cpus ? ["-c", options.cpus, process.execPath, ...options.args] : [...options.args];
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["pipe", "pipe", "pipe"],
  });
  live.add(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exited.then(() => live.delete(child));
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (part: string) => {
    stderr = (stderr + part).slice(-4000);
  });
  const ready = options.ready ?? DEFAULT_READY;
  return new Promise<Child>((resolve, reject) => {
    let out = "";
    let found = false;
    const timer = setTimeout(
      () => fail(new Error(`${options.name} did not start within ${options.timeoutMs ?? 20_000} ms`)),
      options.timeoutMs ?? 20_000,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`${error.message}\n${stderr}`));
    };
    child.once("error", fail);
    child.once("exit", (code, signal) => {
      if (!found) fail(new Error(`${options.name} exited (${signal ?? code}) before it listened`));
    });
    // Keep reading stdout for the child's whole life, so a chatty child never blocks on a full pipe.
    child.stdout.setEncoding("utf8").on("data", (part: string) => {
      if (found) return;
      out += part;
      const match = ready.exec(out);
      if (!match?.[1]) return;
      found = true;
      clearTimeout(timer);
      resolve({
        name: options.name,
        pid: child.pid!,
        url: match[1],
        process: child,
        stop: async (graceMs = 10_000) => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill("SIGTERM");
          const kill = setTimeout(() => child.kill("SIGKILL"), graceMs);
          await exited;
          clearTimeout(kill);
        },
      });
    });
  });
}

/** Whether CPU pinning is possible here. */
export function canPin(): boolean {
  try {
    execFileSync("taskset", ["-p", String(process.pid)], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Moves every thread of `pid` onto `cpus` (threads created later inherit it). */
export function setAffinity(pid: number, cpus: string): void {
  execFileSync("taskset", ["-a", "-p", "-c", cpus, String(pid)], { stdio: "ignore" });
}
