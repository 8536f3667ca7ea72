/**
 * Everything one request carries through the engine: its id, the request as received, the
 * record being written, per-node timings, the abort wiring, and the time spent upstream (so the
 * gateway can report its own overhead).
 */
import {
  type GatewayRequest,
  type HttpClient,
  type JsonResult,
  type JsonValue,
  LazyAbort,
  type NodeStepOutcome,
  type NodeTiming,
  type RequestAnnotations,
  type Services,
} from "@aigw/plugin-api";
import type { RequestNode } from "../plan/plan.js";
import type { NodeResult } from "./request-phase.js";

const NO_NODES: readonly RequestNode[] = [];

/**
 * A duration for the record, to the microsecond. Monotonic differences such as
 * 20.816299999999956 take 17 digits to print: longer log lines and a slower JSON.stringify
 * (~7 µs per record measured), for digits below the clock's real precision.
 */
export function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

export class RequestState {
  readonly annotations: RequestAnnotations = { route: [], guardrails: [], tags: {} };
  readonly timings: NodeTiming[] = [];
  /** Monotonic ms at arrival. */
  readonly t0: number;
  /** Wall-clock ms at arrival. */
  readonly startedAt: number;
  /** Monotonic ms spent inside provider calls (waiting on upstreams). */
  upstreamMs = 0;
  /** Monotonic ms when the first response byte was handed over. */
  firstByteAt: number | undefined;
  /** When the answer was complete (the last byte handed over, or the failure), for the record. */
  endedAt: number | undefined;
  endedBy: string | undefined;
  /** The `onAttempt` nodes whose request step went on: they check every upstream answer. */
  attemptChecks: readonly RequestNode[] = NO_NODES;
  /** Headers plugins added to the answer (`setHeader`), made on first use. */
  headers: Record<string, string> | undefined;
  /** How each request node's step ended, once the request phase ran. */
  results: readonly (NodeResult | undefined)[] | undefined;
  /** The request's abort: the client leaving, or the gateway abandoning the request. */
  readonly cancellation: LazyAbort;
  /** Size of the body as received. */
  requestBytes = 0;
  /** Size of a stream as written so far. */
  responseBytes: number | undefined;
  /** A whole answer's text as sent: its size is counted for the record, off the critical path. */
  sent: string | undefined;
  /** The ingress that took the request in, when one did. */
  ingress: string | undefined;
  /** The answer, kept for the record only when `logging.bodies.response` asks for it. */
  answer: JsonResult | { chunks: JsonValue[] } | undefined;
  /** Services as this request's hooks see them: the shared ones, until a hook adds upstream headers. */
  private ownServices: Services | undefined;
  private upstreamHeaders: Record<string, string> | undefined;

  /** The config a node handed the request over from (`config` is then the one it went to). */
  handedFrom: string | undefined;

  constructor(
    readonly requestId: string,
    public request: GatewayRequest,
    /** The named config whose plan runs the request (changes once, when a node hands it over). */
    public config: string,
    private readonly shared: Services,
    clientSignal: AbortSignal | undefined,
    receivedAt?: number,
  ) {
    this.t0 = receivedAt ?? shared.clock.monotonic();
    this.startedAt = shared.clock.now();
    this.cancellation = new LazyAbort(clientSignal);
  }

  get services(): Services {
    return this.ownServices ?? this.shared;
  }

  /**
   * Adds a header to every upstream request made from now on: this request's services get an
   * HTTP client that adds them (made once, on the first header), so providers need do nothing.
   */
  setUpstreamHeader(name: string, value: string): void {
    if (!this.upstreamHeaders) {
      const headers: Record<string, string> = {};
      this.upstreamHeaders = headers;
      const http = this.shared.http;
      const withHeaders: HttpClient = {
        request: (request) => http.request({ ...request, headers: { ...request.headers, ...headers } }),
        close: () => http.close(),
      };
      this.ownServices = { ...this.shared, http: withHeaders };
    }
    this.upstreamHeaders[name.toLowerCase()] = value;
  }

  /** Aborted when the client goes away or the gateway abandons the request (stream cancelled). */
  get signal(): AbortSignal {
    return this.cancellation.signal;
  }

  /** True once the client went away or the request was abandoned. */
  get aborted(): boolean {
    return this.cancellation.aborted;
  }

  /** Abandons the request: everything listening on `signal` or `cancellation` stops. */
  abort(reason: unknown): void {
    this.cancellation.abort(reason);
  }

  now(): number {
    return this.shared.clock.monotonic();
  }

  time(node: string, hook: string, start: number, outcome: NodeStepOutcome): void {
    const end = this.now();
    this.timings.push({
      node,
      hook,
      startMs: roundMs(start - this.t0),
      durationMs: roundMs(end - start),
      outcome,
    });
  }
}
