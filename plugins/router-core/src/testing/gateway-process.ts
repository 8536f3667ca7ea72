/**
 * Test support, run as a child process (node + tsx, `aigw-source` condition): a gateway with
 * router-core's routers and the wire test provider, served over node:http on an ephemeral port.
 * The config comes as JSON in AIGW_TEST_CONFIG; prints `listening <port>` once ready.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createGateway } from "@aigw/engine";
import { plugins } from "../index.js";
import { silentLogger } from "./harness.js";
import { wireProvider } from "./wire-provider.js";

const config = JSON.parse(process.env.AIGW_TEST_CONFIG ?? "{}") as unknown;
const gateway = await createGateway({
  config,
  plugins: [...plugins, wireProvider],
  services: { logger: silentLogger() },
});

const server = createServer((req, res) => {
  void (async () => {
    const parts: Buffer[] = [];
    for await (const part of req) parts.push(part as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === "string") headers.set(name, value);
    const response = await gateway.fetch(
      new Request(`http://127.0.0.1${req.url ?? "/"}`, {
        method: req.method ?? "GET",
        headers,
        body: req.method === "GET" ? undefined : Buffer.concat(parts),
      }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  })().catch((error: unknown) => {
    res.writeHead(500).end(String(error));
  });
});

server.listen(0, "127.0.0.1", () => {
  console.log(`listening ${(server.address() as AddressInfo).port}`);
});

process.on("SIGTERM", () => {
  server.close();
  void gateway.close().finally(() => process.exit(0));
});
