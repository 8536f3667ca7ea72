/**
 * `--workers N`: the cluster primary. It forks N workers that share one listening port (the
 * primary accepts and hands connections out round-robin), prints one line once all of them
 * listen, restarts a worker that crashes after it booted, and on SIGTERM/SIGINT asks every worker
 * to drain and exits when the last one is gone. A second signal kills them all at once. A worker
 * that cannot boot (bad config, port taken) stops the whole cluster with its message, once.
 */
import cluster, { type Worker } from "node:cluster";
import { onShutdown, type Settings } from "@aigw/runtime-kit";
import { missingHeapFlags } from "./heap-flags.js";
import { isWorkerMessage, type PrimaryMessage } from "./worker-protocol.js";

export interface PrimaryOptions {
  settings: Settings;
  /** Normal output (the listening line). */
  print: (line: string) => void;
  /** Diagnostics. */
  log: (message: string) => void;
  /** A worker's boot failure, already formatted (stderr by default). */
  fail?: (message: string) => void;
  exit?: (code: number) => void;
}

/** More crashes than this within the window means something is broken: give up. */
const MAX_RESTARTS = 10;
const RESTART_WINDOW_MS = 60_000;

export function runPrimary(options: PrimaryOptions): void {
  const { settings, print, log } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const fail = options.fail ?? ((message: string) => process.stderr.write(`${message}\n`));
  const booted = new Set<Worker>();
  const restarts: number[] = [];
  let stopping = false;
  let exitCode = 0;
  let announced = false;
  let allGone: (() => void) | undefined;

  // Workers serve, so they always get the gateway's heap settings, however the primary started.
  cluster.setupPrimary({ execArgv: [...process.execArgv, ...missingHeapFlags()] });

  const tellAll = (message: PrimaryMessage) => {
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (worker?.isConnected()) worker.send(message);
    }
  };
  const stopAll = (code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    tellAll({ aigw: "shutdown" });
  };

  cluster.on("message", (worker, message: unknown) => {
    if (!isWorkerMessage(message)) return;
    if (message.aigw === "listening") {
      booted.add(worker);
      // It was still booting when the shutdown was sent and did not hear it yet.
      if (stopping) worker.send({ aigw: "shutdown" } satisfies PrimaryMessage);
      if (!announced && booted.size >= settings.workers) {
        announced = true;
        print(`aigw listening on ${message.url} (${settings.workers} workers, primary pid ${process.pid})`);
      }
      return;
    }
    if (!stopping) fail(message.message);
    stopAll(message.exitCode);
  });

  const alive = () => Object.keys(cluster.workers ?? {}).length;
  /** Stops everything with `code`; exits now if no worker is left to wait for. */
  const giveUp = (code: number) => {
    stopAll(code);
    if (alive() === 0) exit(exitCode);
  };

  cluster.on("exit", (worker, code, signal) => {
    const wasBooted = booted.delete(worker);
    if (stopping) {
      if (alive() === 0) {
        allGone?.();
        exit(exitCode);
      }
      return;
    }
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (!wasBooted) {
      // It never listened and did not say why (it crashed while booting): restarting won't help.
      log(`worker ${worker.process.pid} exited with ${how} before it started`);
      return giveUp(1);
    }
    const now = Date.now();
    while (restarts.length > 0 && now - restarts[0]! > RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length >= MAX_RESTARTS) {
      log(`workers crashed ${MAX_RESTARTS} times within ${RESTART_WINDOW_MS / 1000} s; giving up`);
      return giveUp(1);
    }
    restarts.push(now);
    log(`worker ${worker.process.pid} died (${how}); starting a new one`);
    cluster.fork();
  });

  const trigger = onShutdown({
    log,
    exit,
    run: () =>
      new Promise<void>((resolve) => {
        allGone = resolve;
        stopAll(0);
        if (alive() === 0) resolve();
      }),
  });
  // A forced exit must not leave workers behind.
  process.once("exit", () => {
    trigger.dispose();
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
  });

  for (let i = 0; i < settings.workers; i++) cluster.fork();
}
