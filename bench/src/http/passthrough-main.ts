/**
 * The featureless pass-through proxy, run as its own process: a node:http server that streams
 * each request to the upstream over an undici keep-alive Pool and streams the answer back
 * (`Pool.stream` writes the upstream body straight into the ServerResponse). No parsing, no
 * validation, no logging: the ceiling any Node proxy in front of the same upstream can reach,
 * and the baseline the gateway's overhead is measured against. Prints `BENCH_LISTENING <url>`.
 *
 * Usage: passthrough-main.ts <upstream origin>
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { Pool } from "undici";

const origin = process.argv[2];
if (!origin) throw new Error("usage: passthrough-main.ts <upstream origin>");

// Unlimited connections and a 30 s idle time: the gateway's own undici Agent settings.
const pool = new Pool(origin, { connections: null, keepAliveTimeout: 30_000, pipelining: 1 });

/** Headers that describe one hop's connection, not the message (RFC 9110 §7.6.1), plus host. */
const HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "te",
  "host",
]);

function forwardable(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined && !HOP.has(name)) out[name] = value;
  }
  return out;
}

function fail(res: ServerResponse, error: Error): void {
  if (res.headersSent) {
    res.destroy(error);
    return;
  }
  res.writeHead(502, { "content-type": "application/json" });
  res.end(JSON.stringify({ error: { message: `pass-through: ${error.message}` } }));
}

const server = createServer({ noDelay: true }, (req, res) => {
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  pool.stream(
    {
      path: req.url ?? "/",
      method: (req.method ?? "GET") as "GET",
      headers: forwardable(req.headers),
      body: hasBody ? req : null,
    },
    ({ statusCode, headers }) => {
      res.writeHead(statusCode, forwardable(headers) as OutgoingHttpHeaders);
      return res;
    },
    (error) => {
      if (error) fail(res, error);
    },
  );
});
server.keepAliveTimeout = 60_000;
server.headersTimeout = 65_000;

server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`BENCH_LISTENING http://127.0.0.1:${port}\n`);
});
process.on("SIGTERM", () => process.exit(0));
// The harness holds our stdin: when it goes away (even killed), so do we.
process.stdin.on("end", () => process.exit(0)).resume();
