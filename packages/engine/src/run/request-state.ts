/**
 * Everything one request carries through the engine: its id, the request as received, the
 * record being written, per-node timings, the abort wiring, and the time spent upstream (so the
 * gateway can report its own overhead).
 */
import type {
  GatewayRequest,
  NodeStepOutcome,
  NodeTiming,
  RequestAnnotations,
  Services,
} from "@aigw/plugin-api";
import type { NodeResult } from "./request-phase.js";

export class RequestState {
  readonly annotations: RequestAnnotations = { route: [], guardrails: [], tags: {} };
  readonly timings: NodeTiming[] = [];
  readonly controller = new AbortController();
  /** Monotonic ms at arrival. */
  readonly t0: number;
  /** Wall-clock ms at arrival. */
  readonly startedAt: number;
  /** Monotonic ms spent inside provider calls (waiting on upstreams). */
  upstreamMs = 0;
  /** Monotonic ms when the first response byte was handed over. */
  firstByteAt: number | undefined;
  endedBy: string | undefined;
  /** How each request node's step ended, once the request phase ran. */
  results: readonly (NodeResult | undefined)[] | undefined;

  constructor(
    readonly requestId: string,
    public request: GatewayRequest,
    readonly config: string,
    readonly services: Services,
    clientSignal: AbortSignal | undefined,
  ) {
    this.t0 = services.clock.monotonic();
    this.startedAt = services.clock.now();
    if (clientSignal) {
      if (clientSignal.aborted) this.controller.abort(clientSignal.reason);
      else
        clientSignal.addEventListener("abort", () => this.controller.abort(clientSignal.reason), {
          once: true,
        });
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  now(): number {
    return this.services.clock.monotonic();
  }

  time(node: string, hook: string, start: number, outcome: NodeStepOutcome): void {
    const end = this.now();
    this.timings.push({ node, hook, startMs: start - this.t0, durationMs: end - start, outcome });
  }
}
