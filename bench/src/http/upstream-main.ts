/**
 * The mock upstream, run as its own process (so it never shares an event loop with what is
 * measured): answers POST /v1/chat/completions in OpenAI's wire format, a fixed chat.completion,
 * or for `"stream": true` an SSE stream of N chunks ending with `data: [DONE]`. Keep-alive on.
 *
 * Two modes: `http` (a plain node:http server, the default) and `raw` (a node:net responder
 * that finds request boundaries by hand and writes pre-built responses: near-zero work per
 * request, used to show how much of the 2-core box the upstream itself takes). Prints
 * `BENCH_LISTENING <url>` once it listens; exits on SIGTERM.
 *
 * Usage: upstream-main.ts [http|raw] [chunks] [chunkDelayMs]
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo, createServer as createNetServer, type Server, type Socket } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { CHAT_PATH, completionBody, streamFrames } from "./payloads.js";

const mode = process.argv[2] === "raw" ? "raw" : "http";
const chunks = Number(process.argv[3] ?? 20);
const chunkDelayMs = Number(process.argv[4] ?? 0);

const COMPLETION = completionBody();
const FRAMES = streamFrames(chunks);
// Clients send compact JSON; the gateway forwards the client's bytes untouched.
const STREAM_FLAG = /"stream"\s*:\s*true/;

function wantsStream(body: string): boolean {
  return body.includes('"stream"') && STREAM_FLAG.test(body);
}

// ---- node:http mode --------------------------------------------------------------------------

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

function httpServer(): Server {
  const server = createHttpServer({ noDelay: true }, handle);
  // Longer than any client's idle time here, so the upstream never closes a pooled connection.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 65_000;
  return server;
}

// ---- raw node:net mode -----------------------------------------------------------------------

function rawResponse(contentType: string, body: Buffer): Buffer {
  const head = `HTTP/1.1 200 OK\r\ncontent-type: ${contentType}\r\ncontent-length: ${body.byteLength}\r\nkeep-alive: timeout=60\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, "latin1"), body]);
}

const RAW_COMPLETION = rawResponse("application/json", COMPLETION);
// The raw mode sends a stream at once (no pacing): it exists for throughput, not for streams.
const RAW_STREAM = rawResponse("text/event-stream", Buffer.concat(FRAMES));

const CONTENT_LENGTH = /\r\ncontent-length:\s*(\d+)/i;
const CHUNKED = /\r\ntransfer-encoding:\s*chunked/i;

/** Answers every complete request in `pending`; returns what is left of an incomplete one. */
function drain(socket: Socket, pending: string): string {
  for (;;) {
    const headEnd = pending.indexOf("\r\n\r\n");
    if (headEnd < 0) return pending;
    const head = pending.slice(0, headEnd);
    let end: number;
    if (CHUNKED.test(head)) {
      const last = pending.indexOf("\r\n0\r\n\r\n", headEnd);
      const empty = pending.startsWith("0\r\n\r\n", headEnd + 4);
      if (empty) end = headEnd + 9;
      else if (last >= 0) end = last + 7;
      else return pending;
    } else {
      const length = Number(CONTENT_LENGTH.exec(head)?.[1] ?? 0);
      end = headEnd + 4 + length;
      if (pending.length < end) return pending;
    }
    socket.write(wantsStream(pending.slice(headEnd + 4, end)) ? RAW_STREAM : RAW_COMPLETION);
    pending = pending.slice(end);
  }
}

function rawServer(): Server {
  return createNetServer({ noDelay: true }, (socket) => {
    let pending = "";
    socket.setEncoding("latin1");
    socket.on("data", (part: string) => {
      pending = drain(socket, pending + part);
    });
    socket.on("error", () => socket.destroy());
  });
}

// ---- start -----------------------------------------------------------------------------------

const server = mode === "raw" ? rawServer() : httpServer();
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`BENCH_LISTENING http://127.0.0.1:${port}\n`);
});
process.on("SIGTERM", () => process.exit(0));
// The harness holds our stdin: when it goes away (even killed), so do we.
process.stdin.on("end", () => process.exit(0)).resume();
