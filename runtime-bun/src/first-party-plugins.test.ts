// Every first-party plugin package loads from a config outside the repository on Bun, from the
// sources and from the built packages (the shared suite in @aigw/testkit).
import { spawn } from "node:child_process";
import { describeFirstPartyBoot } from "@aigw/testkit/conformance";
import { bunBinary } from "./testing/bun-binary.js";

const MAIN = new URL("./main.ts", import.meta.url).pathname;

describeFirstPartyBoot(
  [
    ["bun on the sources", ["--conditions=aigw-source"]],
    ["bun on the built packages", []],
  ].map(([name, flags]) => ({
    name: name as string,
    start: (config, port, cwd, env) =>
      spawn(bunBinary(), [...(flags as string[]), MAIN, "--config", config, "--port", String(port)], {
        cwd,
        env: { ...process.env, ...env },
        stdio: ["ignore", "pipe", "pipe"],
      }),
  })),
);
