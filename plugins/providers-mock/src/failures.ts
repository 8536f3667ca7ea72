/**
 * Failure injection: decides, per call, whether the mock fails, from a call counter (`failEvery`)
 * and a PRNG seeded from the config (`failRate`). Both advance exactly once per call, so the
 * same sequence of calls fails at the same places on every run.
 */
import type { CallContext } from "@aigw/plugin-api";
import { codeForStatus } from "@aigw/wire-kit";
import { mulberry32 } from "./hash.js";
import type { MockOptions } from "./options.js";

export class FailureInjector {
  private calls = 0;
  private readonly draw: () => number;

  constructor(private readonly options: MockOptions) {
    this.draw = mulberry32(options.seed);
  }

  /** Counts one call; returns its 1-based number when it must fail, else `undefined`. */
  next(): number | undefined {
    const call = ++this.calls;
    // Always draw, so the PRNG sequence depends only on the number of calls.
    const random = this.draw();
    const every = this.options.failEvery !== undefined && call % this.options.failEvery === 0;
    return every || random < this.options.failRate ? call : undefined;
  }

  /** Throws the configured failure, with the catalogue code of its status. */
  fail(ctx: CallContext, call: number): never {
    const status = this.options.failStatus;
    const message = this.options.failMessage ?? `Mock failure injected on call ${call} (HTTP ${status}).`;
    return ctx.error(codeForStatus(status), message, {
      status,
      // A client of a real upstream gets a hint when to retry a 429 or a 503.
      ...(status === 429 || status === 503 ? { headers: { "retry-after": "1" } } : {}),
    });
  }
}
