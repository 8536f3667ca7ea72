/**
 * Node's fast path: a `node:http` request listener that hands the engine the request as plain
 * parts (`Gateway.handle`) and writes its answer with `writeHead`/`end`, or chunk by chunk with
 * backpressure for streams. No WHATWG Request, Response or web stream is built per call: on Node
 * 20 those cost more CPU than the whole engine (docs/benchmarks.md). A client that leaves aborts
 * the work in flight and cancels a stream's upstream.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Answer, Gateway, IncomingCall } from "@aigw/engine";
import { tooLarge } from "@aigw/engine";
import { GatewayError, type Logger } from "@aigw/plugin-api";
import { NodeHeaders } from "./node-headers.js";

/** What a client leaving must stop: the engine's work on a call, then its streamed answer. */
interface InFlight {
  call: NodeCall;
  stream: AsyncIterator<Uint8Array> | undefined;
}

/**
 * The calls in flight on each connection (usually one; more with pipelining). One `close`
 * listener per connection instead of one per response: `res.once("close")` cost a wrapper, an
 * add and a remove on every request.
 */
const inFlightOn = new WeakMap<Socket, Set<InFlight>>();

function track(socket: Socket, entry: InFlight): Set<InFlight> {
  let calls = inFlightOn.get(socket);
  if (!calls) {
    const tracked = new Set<InFlight>();
    calls = tracked;
    inFlightOn.set(socket, tracked);
    socket.once("close", () => {
      // Most connections close with nothing in flight: no error object to build then.
      if (tracked.size === 0) return;
      // The client left before these answers were written: stop the work, cancel the streams.
      const reason = new GatewayError("client_closed", "The client closed the connection.");
      for (const left of tracked) {
        left.call.onAbort?.(reason);
        void left.stream?.return?.(reason);
      }
      tracked.clear();
    });
  }
  calls.add(entry);
  return calls;
}

/** A request listener serving every path through the engine. */
export function fastPathListener(gateway: Gateway, logger: Logger): RequestListener {
  const clock = gateway.services.clock;
  return (req, res) => {
    const entry: InFlight = { call: new NodeCall(req, clock.monotonic()), stream: undefined };
    const calls = track(req.socket, entry);
    gateway.handle(entry.call).then(
      (answer) => {
        entry.stream = write(res, answer, () => calls.delete(entry));
      },
      (error: unknown) => {
        calls.delete(entry);
        // handle() answers every failure itself; this is a last resort, never a stack trace.
        logger.error({ err: error }, "the gateway failed to answer");
        if (res.headersSent) res.destroy();
        else write(res, crashAnswer(), () => {});
      },
    );
  };
}

/**
 * Writes an answer; returns a streamed body's iterator so a disconnect can cancel it. `done` is
 * called once the answer is handed to the socket whole (or the stream is over).
 */
function write(res: ServerResponse, answer: Answer, done: () => void): AsyncIterator<Uint8Array> | undefined {
  const body = answer.body;
  if (body === null || typeof body === "string" || body instanceof Uint8Array) {
    done();
    if (res.destroyed) return undefined;
    const headers = answer.headers;
    // Headers passed to writeHead are final, so Node cannot add the length itself and would
    // frame the body as chunks: more bytes and a terminator write per answer.
    if (answer.status !== 204 && answer.status !== 304) {
      headers["content-length"] = String(
        body === null ? 0 : typeof body === "string" ? Buffer.byteLength(body) : body.byteLength,
      );
    }
    res.writeHead(answer.status, headers);
    res.end(body ?? undefined);
    return undefined;
  }
  const iterator = body[Symbol.asyncIterator]();
  if (res.destroyed) {
    done();
    void iterator.return?.();
    return undefined;
  }
  res.writeHead(answer.status, answer.headers);
  void pump(res, iterator).finally(done);
  return iterator;
}

/** Copies a streamed body to the socket as each chunk arrives, waiting when the socket is full. */
async function pump(res: ServerResponse, iterator: AsyncIterator<Uint8Array>): Promise<void> {
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done || res.destroyed) break;
      if (!res.write(next.value)) await drained(res);
    }
    if (!res.destroyed) res.end();
  } catch {
    // The engine turns upstream failures into error events; anything else can only cut the stream.
    res.destroy();
  }
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

function crashAnswer(): Answer {
  const error = new GatewayError("internal_error", "The gateway failed to handle the request.");
  return {
    status: error.status,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(error.toBody()),
  };
}

/** An `IncomingMessage` as the engine's call; headers, URL and body are read only when asked. */
class NodeCall implements IncomingCall {
  readonly method: string;
  readonly path: string;
  onAbort: ((reason: unknown) => void) | undefined = undefined;
  private builtHeaders: Headers | undefined;

  constructor(
    private readonly req: IncomingMessage,
    readonly receivedAt: number,
  ) {
    this.method = req.method ?? "GET";
    const target = req.url ?? "/";
    // Origin-form ("/v1/chat?x") is the norm; absolute-form ("http://host/path") is allowed too.
    const start = target.startsWith("/") ? 0 : target.indexOf("/", target.indexOf("//") + 2);
    const query = target.indexOf("?");
    this.path = start < 0 ? "/" : target.slice(start, query >= start ? query : undefined);
  }

  get headers(): Headers {
    this.builtHeaders ??= new NodeHeaders(this.req.headers);
    return this.builtHeaders;
  }

  get url(): string {
    const target = this.req.url ?? "/";
    if (!target.startsWith("/")) return target;
    const host = this.req.headers.host;
    return host && URL.canParse(`http://${host}/`) ? `http://${host}${target}` : `http://localhost${target}`;
  }

  body(limit: number): Promise<Uint8Array> {
    const req = this.req;
    return new Promise((resolve, reject) => {
      const declared = Number(req.headers["content-length"]);
      if (declared > limit) {
        req.resume(); // let Node discard it, so the connection can carry the 413 and stay usable
        reject(tooLarge(limit));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let failed = false;
      const fail = (error: GatewayError) => {
        if (failed) return;
        failed = true;
        chunks.length = 0;
        reject(error);
      };
      req.on("data", (chunk: Buffer) => {
        if (failed) return;
        size += chunk.length;
        if (size > limit) fail(tooLarge(limit));
        else chunks.push(chunk);
      });
      req.once("end", () => {
        if (failed) return;
        resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
      });
      req.once("close", () => {
        if (!req.complete) fail(new GatewayError("client_closed", "The client closed the request."));
      });
      req.once("error", () => fail(new GatewayError("client_closed", "The client closed the request.")));
    });
  }
}
