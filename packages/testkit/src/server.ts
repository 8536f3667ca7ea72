/**
 * `startFakeUpstream`: a real HTTP server on 127.0.0.1 (an ephemeral port) that records every
 * request and answers it from a script. Plugins' tests point their base URL at it, so requests go
 * through the real HTTP client and the real sockets, never a stub.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { type ExchangeEnd, type RecordedRequest, recordRequest } from "./recorded.js";
import { Gate, NamedSse, RawSse, type Reply, type Script, type SseItem, type SseReply } from "./replies.js";

export interface FakeUpstream {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly url: string;
  /** Every request received so far, in arrival order. */
  readonly requests: readonly RecordedRequest[];
  /** Whatever a script function threw (each such request was answered with a 500). */
  readonly errors: readonly unknown[];
  /** Resolves with the request at `index` (0-based) once it has arrived. */
  waitForRequest(index?: number): Promise<RecordedRequest>;
  /** Answers the following requests from another script. */
  setScript(script: Script): void;
  /** Closes every connection (stalled ones too) and stops listening. */
  close(): Promise<void>;
}

const encoder = new TextEncoder();
const DONE = encoder.encode("data: [DONE]\n\n");

/** Starts a fake upstream answering from `script`. */
export async function startFakeUpstream(script: Script): Promise<FakeUpstream> {
  const requests: RecordedRequest[] = [];
  const errors: unknown[] = [];
  const waiters = new Map<number, ((request: RecordedRequest) => void)[]>();
  const closing = new AbortController();
  let current = script;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      errors.push(error);
      if (!res.headersSent && !res.destroyed) res.writeHead(500).end(String(error));
      else res.destroy();
    });
  });
  // Small SSE frames must leave at once rather than wait for Nagle's algorithm.
  server.on("connection", (socket: Socket) => socket.setNoDelay(true));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const ended = new Promise<ExchangeEnd>((resolve) => {
      res.on("close", () => resolve(res.writableFinished ? "complete" : "closed"));
    });
    const parts: Buffer[] = [];
    for await (const part of req) parts.push(part as Buffer);
    const body = new Uint8Array(Buffer.concat(parts));
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
    }
    const recorded = recordRequest({
      method: req.method ?? "GET",
      path: req.url ?? "/",
      headers,
      body,
      ended,
    });
    const index = requests.push(recorded) - 1;
    for (const wake of waiters.get(index) ?? []) wake(recorded);
    waiters.delete(index);
    let reply: Reply;
    try {
      reply = typeof current === "function" ? await current(recorded, index) : current;
    } catch (error) {
      errors.push(error);
      res.writeHead(500, { "content-type": "text/plain" }).end(`fake upstream script failed: ${error}`);
      return;
    }
    await answer(reply, res);
  }

  /** Resolves after `ms`, or early when the connection or the server closes. */
  function pause(ms: number, res: ServerResponse): Promise<void> {
    return waitUntil(new Promise((resolve) => setTimeout(resolve, ms)), res);
  }

  function waitUntil(promise: Promise<unknown>, res: ServerResponse): Promise<void> {
    return new Promise<void>((resolve) => {
      // Unhooked once settled: a byte-by-byte replay pauses hundreds of times per answer.
      const done = () => {
        res.off("close", done);
        closing.signal.removeEventListener("abort", done);
        resolve();
      };
      promise.then(done, done);
      res.once("close", done);
      closing.signal.addEventListener("abort", done, { once: true });
    });
  }

  async function answer(reply: Reply, res: ServerResponse): Promise<void> {
    switch (reply.kind) {
      case "delay":
        await pause(reply.ms, res);
        if (!res.destroyed) await answer(reply.reply, res);
        return;
      case "stall":
        return;
      case "reset":
        if (reply.afterHeaders) {
          res.writeHead(reply.status, { "content-type": "application/json" });
          res.flushHeaders();
          await closeAfterFlush(res);
        } else res.socket?.resetAndDestroy();
        return;
      case "body": {
        const headers: Record<string, string | number> = { ...reply.headers };
        if (reply.parts.length === 1 && !reply.cut) headers["content-length"] = reply.parts[0]!.byteLength;
        res.writeHead(reply.status, headers);
        for (const [i, part] of reply.parts.entries()) {
          if (i > 0 && reply.delayMs > 0) await pause(reply.delayMs, res);
          if (res.destroyed) return;
          res.write(part);
        }
        if (reply.cut) await closeAfterFlush(res);
        else res.end();
        return;
      }
      case "sse":
        await answerSse(reply, res);
        return;
    }
  }

  async function answerSse(reply: SseReply, res: ServerResponse): Promise<void> {
    res.writeHead(reply.status, reply.headers);
    res.flushHeaders();
    for (const item of reply.items) {
      if (item instanceof Gate) {
        await waitUntil(item.opened, res);
        continue;
      }
      if (reply.delayMs > 0) await pause(reply.delayMs, res);
      if (res.destroyed || closing.signal.aborted) return;
      res.write(frame(item));
    }
    if (res.destroyed) return;
    if (reply.done) res.write(DONE);
    if (reply.ending === "end") res.end();
    else if (reply.ending === "reset") await closeAfterFlush(res);
  }

  const listening = new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  await listening;
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    errors,
    waitForRequest(index = 0) {
      const seen = requests[index];
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => {
        const list = waiters.get(index) ?? [];
        list.push(resolve);
        waiters.set(index, list);
      });
    },
    setScript(script) {
      current = script;
    },
    async close() {
      closing.abort();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Closes the socket without finishing the body. Once written bytes have been handed to the
 * kernel a plain close (FIN) still delivers them, so the client sees the headers and events
 * already sent, then a body that never completed (a TCP reset could discard them).
 */
function closeAfterFlush(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const socket = res.socket;
    if (!socket || socket.destroyed) return resolve();
    socket.write(new Uint8Array(0), () => {
      socket.destroy();
      resolve();
    });
  });
}

/** One SSE frame; a multi-line payload becomes several `data:` lines, as the format requires. */
function frame(item: Exclude<SseItem, Gate>): Uint8Array {
  if (item instanceof RawSse) return encoder.encode(item.text);
  const named = item instanceof NamedSse;
  const data = named ? item.data : item;
  const payload = typeof data === "string" ? data : JSON.stringify(data);
  const lines = payload
    .split("\n")
    .map((line) => `data: ${line}`)
    .join("\n");
  return encoder.encode(`${named ? `event: ${item.event}\n` : ""}${lines}\n\n`);
}
