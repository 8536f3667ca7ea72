/**
 * The mock upstream, run as its own process (so it never shares an event loop with what is
 * measured): answers POST /v1/chat/completions in OpenAI's wire format, a fixed chat.completion,
 * or for `"stream": true` an SSE stream of N chunks ending with `data: [DONE]`. Keep-alive on.
 * Prints `BENCH_LISTENING <url>` once it listens; exits on SIGTERM.
 *
 * Usage: upstream-main.ts [chunks] [chunkDelayMs]
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { CHAT_PATH, completionBody, streamFrames } from "./payloads.js";

const chunks = Number(process.argv[2] ?? 20);
const chunkDelayMs = Number(process.argv[3] ?? 0);

const COMPLETION = completionBody();
const FRAMES = streamFrames(chunks);
// Clients send compact JSON; the gateway forwards the client's bytes untouched.
const STREAM_FLAG = /"stream"\s*:\s*true/;

function wantsStream(body: string): boolean {
  return body.includes('"stream"') && STREAM_FLAG.test(body);
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  let body = "";
  req.setEncoding("latin1");
  req.on("data", (part: string) => {
    body += part;
  });
  req.on("end", () => {
    if (req.method !== "POST" || !req.url?.startsWith(CHAT_PATH)) {
      res.writeHead(404, { "content-type": "application/json" }).end('{"error":{"message":"not found"}}');
      return;
    }
    if (!wantsStream(body)) {
      res.writeHead(200, { "content-type": "application/json", "content-length": COMPLETION.byteLength });
      res.end(COMPLETION);
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    if (chunkDelayMs <= 0) {
      for (const frame of FRAMES) res.write(frame);
      res.end();
      return;
    }
    void paced(res);
  });
}

async function paced(res: ServerResponse): Promise<void> {
  for (const frame of FRAMES) {
    await sleep(chunkDelayMs);
    if (res.destroyed) return;
    res.write(frame);
  }
  res.end();
}

const server = createServer({ noDelay: true }, handle);
// Longer than any client's idle time here, so the upstream never closes a pooled connection.
server.keepAliveTimeout = 60_000;
server.headersTimeout = 65_000;
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`BENCH_LISTENING http://127.0.0.1:${port}\n`);
});
process.on("SIGTERM", () => process.exit(0));
// The harness holds our stdin: when it goes away (even killed), so do we.
process.stdin.on("end", () => process.exit(0)).resume();
