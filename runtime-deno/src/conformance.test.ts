// The runtime conformance suite (@aigw/testkit) against runtime-deno, run by the `deno` binary that
// the npm package `deno` installed (a devDependency: CI needs nothing else). runtime-deno/deno.json
// (found next to the entry point) makes Deno use the pnpm node_modules.
import { spawn } from "node:child_process";
import { describeRuntimeConformance } from "@aigw/testkit/conformance";
import { denoBinary } from "./testing/deno-binary.js";

const MAIN = new URL("./main.ts", import.meta.url).pathname;

describeRuntimeConformance({
  name: "deno",
  start: (configFile, port) =>
    spawn(
      denoBinary(),
      ["run", "-A", "--conditions=aigw-source", MAIN, "--config", configFile, "--port", String(port)],
      // No update checks or prompts from a test.
      {
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1" },
      },
    ),
});
