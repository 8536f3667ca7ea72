/**
 * An OTLP/HTTP logs receiver on loopback, as a collector's is seen from the exporter: it takes
 * POSTs of JSON `ExportLogsServiceRequest`s at `/v1/logs`, keeps each (headers and parsed body),
 * and answers what the test scripts: 200 with an empty response by default, or a status, a
 * `Retry-After`, a partial success, or no answer until released.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One export the receiver got. */
export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: ExportRequest;
  at: number;
}

/** The parts of an OTLP/JSON ExportLogsServiceRequest the tests read. */
export interface ExportRequest {
  resourceLogs: {
    resource: { attributes: { key: string; value: Record<string, unknown> }[] };
    scopeLogs: {
      scope: { name: string; version: string };
      logRecords: {
        timeUnixNano: string;
        observedTimeUnixNano: string;
        severityNumber: number;
        severityText: string;
        body: Record<string, unknown>;
        attributes: { key: string; value: Record<string, unknown> }[];
        traceId?: string;
        spanId?: string;
      }[];
    }[];
  }[];
}

/** What to answer one export with. */
export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Answer only once this resolves. */
  after?: Promise<void>;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Every log record received, in order. */
  records(): ExportRequest["resourceLogs"][number]["scopeLogs"][number]["logRecords"];
  /** Replies for the next exports, in order; then 200 `{}`. */
  script(...replies: Reply[]): void;
  /** Resolves once `n` exports have been received. */
  waitFor(n: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts a receiver on 127.0.0.1 (`port` 0: any free port). */
export async function startReceiver(port = 0): Promise<Receiver> {
  const received: Received[] = [];
  const replies: Reply[] = [];
  const waiters = new Set<() => void>();
  const server: Server = createServer((req, res) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (part: string) => {
      text += part;
    });
    req.on("end", async () => {
      let body: ExportRequest;
      try {
        body = JSON.parse(text) as ExportRequest;
      } catch {
        res.writeHead(400, { "content-type": "application/json" }).end('{"message":"not JSON"}');
        return;
      }
      received.push({ path: req.url ?? "", headers: req.headers, body, at: Date.now() });
      for (const waiter of waiters) waiter();
      const reply = replies.shift() ?? {};
      await reply.after;
      res
        .writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers })
        .end(reply.body ?? "{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}/v1/logs`,
    received,
    records: () =>
      received.flatMap((r) => r.body.resourceLogs.flatMap((l) => l.scopeLogs.flatMap((s) => s.logRecords))),
    script: (...more) => replies.push(...more),
    waitFor(n, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < n) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`received ${received.length} exports, waited for ${n}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
