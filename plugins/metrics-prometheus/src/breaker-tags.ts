/**
 * Circuit breaker states as routers report them in the record's tags: `breaker:<target>` with
 * `closed`, `half_open` or `open`, written when a router sees or changes a target's breaker
 * state (see router-core's README). Metrics turn them into the `circuit_breaker_state` gauge.
 */

/** The tag name prefix; the rest of the name is the target node's id. */
export const BREAKER_TAG_PREFIX = "breaker:";

/** The gauge value of a tag value, or `undefined` for a value that is not a breaker state. */
export function breakerGaugeValue(value: unknown): number | undefined {
  switch (value) {
    case "closed":
      return 0;
    case "half_open":
      return 1;
    case "open":
      return 2;
    default:
      return undefined;
  }
}
