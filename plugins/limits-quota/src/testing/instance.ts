/**
 * One gateway process for the multi-instance tests (run with node + tsx, excluded from the
 * build): the test principal, the limits node (config from AIGW_TEST_LIMITS) and the test
 * provider, with the stores on the Redis at AIGW_TEST_REDIS (`stores: redis`: the engine's
 * stores, quotas and bus), served over HTTP on a free port. Prints `LISTENING <port>`; exits
 * with an error if the engine's quotas are not the shared ones.
 */
import { createServer } from "node:http";
import { createGateway, type Gateway } from "@aigw/engine";
import { definePlugin } from "@aigw/plugin-api";
import plugin from "../index.js";
import { principalPlugin, testProvider } from "./fixtures.js";
import { quiet } from "./gateway.js";

const redis = process.env.AIGW_TEST_REDIS ?? "redis://127.0.0.1:6379";
const limits = JSON.parse(process.env.AIGW_TEST_LIMITS ?? "{}") as object;
let sharedQuotas = false;
const probe = definePlugin({
  manifest: {
    name: "quota-probe",
    kind: "observer",
    version: "0",
    engine: "^0.1.0",
    hooks: [],
    configSchema: { type: "object" },
  },
  create(_config, init) {
    sharedQuotas = init.services.quotas.shared;
    return {};
  },
});

async function boot(): Promise<Gateway> {
  return createGateway({
    config: {
      stores: { type: "redis", url: redis },
      pipeline: {
        nodes: [
          { id: "probe", plugin: "quota-probe" },
          { id: "auth", plugin: "test-principal" },
          { id: "limits", plugin: "limits-quota", needs: ["auth"], config: limits },
          { id: "llm", plugin: "test-llm" },
        ],
      },
    },
    plugins: [
      probe,
      principalPlugin,
      plugin,
      testProvider(Number(process.env.AIGW_TEST_LATENCY_MS ?? 5)).plugin,
    ],
    services: { logger: quiet },
    env: { AIGW_ADMIN_TOKEN: "admin-token" },
  });
}

const gateway = await boot();
if (!sharedQuotas) {
  await gateway.close();
  throw new Error("stores: redis did not give shared quotas");
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", async () => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === "string") headers.set(name, value);
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const response = await gateway.fetch(
      new Request(`http://gw${req.url}`, { method: req.method, headers, ...(body ? { body } : {}) }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`LISTENING ${typeof address === "object" && address ? address.port : 0}`);
});
process.on("SIGTERM", () => {
  server.close();
  void gateway.close().then(() => process.exit(0));
});
