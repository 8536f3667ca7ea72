/**
 * A runtime under test as a child process: its output (stdout and stderr together), its exit, and
 * waiting until it answers /health. Also picks a free port to give it.
 */
import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export interface RuntimeProcess {
  readonly child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves with the exit code (or the signal name). */
  readonly exited: Promise<number | string>;
  /** Polls `GET url/health` until it answers 200; rejects if the process exits first or time runs out. */
  waitForHealth(url: string, timeoutMs: number): Promise<void>;
  /** SIGKILLs it if it still runs, and waits for the exit. */
  kill(): Promise<void>;
}

export function watchProcess(child: ChildProcess): RuntimeProcess {
  let text = "";
  child.stdout?.setEncoding("utf8").on("data", (part: string) => {
    text += part;
  });
  child.stderr?.setEncoding("utf8").on("data", (part: string) => {
    text += part;
  });
  let running = true;
  const exited = new Promise<number | string>((resolve) => {
    child.once("exit", (code, signal) => {
      running = false;
      resolve(code ?? signal ?? "unknown");
    });
    child.once("error", (error) => {
      running = false;
      text += `\n[spawn failed: ${error.message}]`;
      resolve("spawn-error");
    });
  });
  return {
    child,
    output: () => text,
    exited,
    async waitForHealth(url, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (!running) throw new Error(`the runtime exited (${await exited}) before it was healthy:\n${text}`);
        try {
          const res = await fetch(`${url}/health`);
          if (res.status === 200) return;
        } catch {
          // Not listening yet.
        }
        if (Date.now() > deadline)
          throw new Error(`the runtime was not healthy within ${timeoutMs} ms:\n${text}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async kill() {
      if (running) child.kill("SIGKILL");
      await exited;
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
