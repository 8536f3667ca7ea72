// The runtime conformance suite (@aigw/testkit) against the `aigw` CLI on Node, from its sources.
import { describeRuntimeConformance } from "@aigw/testkit/conformance";
import { spawnCli } from "./testing/spawn-cli.js";

describeRuntimeConformance({
  name: "node",
  start: (configFile, port) => spawnCli(["--config", configFile, "--port", String(port)]).child,
});
