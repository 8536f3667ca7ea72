// The runtime conformance suite (@aigw/testkit) against the `aigw` CLI on Node, from its sources:
// once on the default fast path, once serving the engine's `fetch` through @hono/node-server.
import { describeRuntimeConformance } from "@aigw/testkit/conformance";
import { spawnCli } from "./testing/spawn-cli.js";

describeRuntimeConformance({
  name: "node",
  start: (configFile, port) => spawnCli(["--config", configFile, "--port", String(port)]).child,
});

describeRuntimeConformance({
  name: "node (AIGW_NODE_SERVER=web)",
  start: (configFile, port) =>
    spawnCli(["--config", configFile, "--port", String(port)], { env: { AIGW_NODE_SERVER: "web" } }).child,
});
