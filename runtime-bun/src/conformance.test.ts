// The runtime conformance suite (@aigw/testkit) against runtime-bun, run by the `bun` binary that
// the npm package `bun` installed (a devDependency: CI needs nothing else).
import { spawn } from "node:child_process";
import { describeRuntimeConformance } from "@aigw/testkit/conformance";
import { bunBinary } from "./testing/bun-binary.js";

const MAIN = new URL("./main.ts", import.meta.url).pathname;

describeRuntimeConformance({
  name: "bun",
  start: (configFile, port) =>
    spawn(bunBinary(), ["--conditions=aigw-source", MAIN, "--config", configFile, "--port", String(port)], {
      stdio: ["ignore", "pipe", "pipe"],
    }),
});
