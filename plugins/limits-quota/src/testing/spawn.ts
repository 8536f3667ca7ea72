/**
 * Starts gateway processes (`instance.ts` under node + tsx, sources resolved through the
 * `aigw-source` condition) and sends them load from this process (excluded from the build).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PRINCIPAL_HEADER } from "./fixtures.js";

const INSTANCE = fileURLToPath(new URL("./instance.ts", import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

export interface Instance {
  readonly child: ChildProcess;
  readonly url: string;
  stop(): Promise<void>;
}

export async function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ["--conditions=aigw-source", "--import", TSX, INSTANCE], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stderr?.setEncoding("utf8").on("data", (text: string) => {
    out += text;
  });
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no LISTENING within 20 s:\n${out}`)), 20_000);
    child.stdout?.setEncoding("utf8").on("data", (text: string) => {
      out += text;
      const match = /LISTENING (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on("exit", (code) => reject(new Error(`exited (${code}) before listening:\n${out}`)));
  });
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * Sends `count` chat requests as `principal`, round-robin over `urls`, `concurrency` at a time;
 * returns each one's status. `uncounted` counts answers admitted without rate-limit headers
 * (let through while the quota store was away).
 */
export async function load(
  urls: readonly string[],
  count: number,
  concurrency: number,
  principal: object,
  body: object = {},
  uncounted: { count: number } = { count: 0 },
): Promise<number[]> {
  const statuses: number[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const response = await fetch(`${urls[i % urls.length]}/v1/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json", [PRINCIPAL_HEADER]: JSON.stringify(principal) },
        body: JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: "hello" }], ...body }),
      });
      await response.arrayBuffer();
      statuses[i] = response.status;
      if (response.status === 200 && !response.headers.has("x-ratelimit-limit-requests")) uncounted.count++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return statuses;
}
