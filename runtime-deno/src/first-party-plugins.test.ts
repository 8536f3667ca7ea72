// Every first-party plugin package loads from a config outside the repository on Deno, from the
// sources and from the built packages (the shared suite in @aigw/testkit).
import { spawn } from "node:child_process";
import { describeFirstPartyBoot } from "@aigw/testkit/conformance";
import { denoBinary } from "./testing/deno-binary.js";

const MAIN = new URL("./main.ts", import.meta.url).pathname;

describeFirstPartyBoot(
  [
    ["deno on the sources", ["--conditions=aigw-source"]],
    ["deno on the built packages", []],
  ].map(([name, flags]) => ({
    name: name as string,
    start: (config, port, cwd, env) =>
      spawn(
        denoBinary(),
        ["run", "-A", ...(flags as string[]), MAIN, "--config", config, "--port", String(port)],
        {
          cwd,
          env: { ...process.env, ...env, DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1" },
          stdio: ["ignore", "pipe", "pipe"],
        },
      ),
  })),
);
