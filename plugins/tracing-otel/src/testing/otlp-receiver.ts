/**
 * A real OTLP/HTTP trace receiver for tests: a node:http server on 127.0.0.1 that accepts
 * `POST /v1/traces` with a JSON body (anything else is refused and kept as an error, so a test
 * notices a protobuf export), records every export, and answers from a script (200 by default;
 * any status, a `Retry-After`, a partial success, or a dropped connection). Test-only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** An attribute value as decoded from OTLP/JSON. */
export type DecodedValue = string | number | boolean | DecodedValue[] | undefined;

/** A span as received, its attributes decoded, with its resource's attributes. */
export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  traceState?: string;
  name: string;
  kind: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: Record<string, DecodedValue>;
  status: { code?: number; message?: string };
  resource: Record<string, DecodedValue>;
  scope: { name?: string; version?: string };
}

/** One POST as received. */
export interface ReceivedExport {
  headers: Record<string, string>;
  spans: ReceivedSpan[];
}

/** How the receiver answers an export. */
export type ReceiverReply =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  /** Destroy the connection without an answer. */
  | "reset";

export interface OtlpReceiver {
  /** The traces endpoint: `http://127.0.0.1:<port>/v1/traces`. */
  readonly endpoint: string;
  /** Exports accepted (answered 2xx), in arrival order. */
  readonly exports: readonly ReceivedExport[];
  /** Every POST that reached the server, whatever it was answered. */
  readonly attempts: number;
  /** Requests the receiver refused as malformed (wrong path, content type, body). */
  readonly errors: readonly string[];
  /** Every span of every accepted export. */
  spans(): ReceivedSpan[];
  /** Resolves once at least `count` spans were accepted. */
  waitForSpans(count: number, timeoutMs?: number): Promise<ReceivedSpan[]>;
  /** Answers later exports from this script (called with each POST's 0-based index). */
  setReply(reply: (index: number) => ReceiverReply): void;
  close(): Promise<void>;
}

interface OtlpKeyValue {
  key: string;
  value: OtlpAnyValue;
}
interface OtlpAnyValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string | number;
  doubleValue?: number;
  arrayValue?: { values?: OtlpAnyValue[] };
}

/** An OTLP/JSON AnyValue as a plain value (64-bit integers as numbers). */
export function decodeValue(input: unknown): DecodedValue {
  if (typeof input !== "object" || input === null) return undefined;
  const value = input as OtlpAnyValue;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.doubleValue !== undefined) return value.doubleValue;
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(decodeValue);
  return undefined;
}

/** OTLP/JSON attributes as a plain object. */
export function decodeAttributes(
  list: readonly { readonly key: string; readonly value: unknown }[] | undefined,
): Record<string, DecodedValue> {
  return Object.fromEntries((list ?? []).map(({ key, value }) => [key, decodeValue(value)]));
}

/** The spans of an ExportTraceServiceRequest in its JSON form; throws when it is not one. */
export function decodeExport(body: unknown): ReceivedSpan[] {
  const request = body as {
    resourceSpans?: {
      resource?: { attributes?: OtlpKeyValue[] };
      scopeSpans?: { scope?: { name?: string; version?: string }; spans?: Record<string, unknown>[] }[];
    }[];
  };
  if (!Array.isArray(request.resourceSpans)) throw new Error("no resourceSpans array");
  const spans: ReceivedSpan[] = [];
  for (const resourceSpans of request.resourceSpans) {
    const resource = decodeAttributes(resourceSpans.resource?.attributes);
    for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
      for (const span of scopeSpans.spans ?? []) {
        spans.push({
          ...(span as unknown as ReceivedSpan),
          attributes: decodeAttributes(span.attributes as OtlpKeyValue[] | undefined),
          status: (span.status as ReceivedSpan["status"]) ?? {},
          resource,
          scope: scopeSpans.scope ?? {},
        });
      }
    }
  }
  return spans;
}

/** Starts a receiver answering 200 `{}` until told otherwise. */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const exports: ReceivedExport[] = [];
  const errors: string[] = [];
  const waiters: (() => void)[] = [];
  let reply: (index: number) => ReceiverReply = () => ({ status: 200, body: {} });
  let attempts = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      errors.push(String(error));
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const sockets = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const parts: Uint8Array[] = [];
    for await (const part of req) parts.push(part as Uint8Array);
    const text = new TextDecoder().decode(concat(parts));
    if (req.method !== "POST" || req.url !== "/v1/traces") {
      errors.push(`${req.method} ${req.url}`);
      res.writeHead(404).end();
      return;
    }
    const index = attempts++;
    const contentType = req.headers["content-type"] ?? "";
    if (!contentType.startsWith("application/json")) {
      errors.push(`content-type ${contentType}`);
      res.writeHead(415).end();
      return;
    }
    const answer = reply(index);
    if (answer === "reset") {
      req.socket.destroy();
      return;
    }
    if (answer.status >= 200 && answer.status <= 299) {
      let spans: ReceivedSpan[];
      try {
        spans = decodeExport(JSON.parse(text));
      } catch (error) {
        errors.push(`malformed export: ${String(error)}`);
        res.writeHead(400, { "content-type": "application/json" }).end('{"message":"malformed"}');
        return;
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers))
        if (typeof value === "string") headers[name] = value;
      exports.push({ headers, spans });
      for (const wake of waiters.splice(0)) wake();
    }
    res
      .writeHead(answer.status, { "content-type": "application/json", ...answer.headers })
      .end(JSON.stringify(answer.body ?? {}));
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const allSpans = () => exports.flatMap((e) => e.spans);

  return {
    endpoint: `http://127.0.0.1:${port}/v1/traces`,
    exports,
    get attempts() {
      return attempts;
    },
    errors,
    spans: allSpans,
    async waitForSpans(count, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (allSpans().length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`expected ${count} spans, received ${allSpans().length}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return allSpans();
    },
    setReply(next) {
      reply = next;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.byteLength;
  }
  return all;
}
