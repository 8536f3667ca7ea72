/**
 * One metrics node instance: counts each finished request into its node id's shared metrics, and
 * renders them for a scrape. A record that cannot be counted is logged (once per burst, not per
 * request) and never fails the request's other observers.
 */
import type { Logger, RequestRecord } from "@aigw/plugin-api";
import { observeRecord } from "./observe.js";
import type { Settings } from "./settings.js";
import { acquireMetrics, releaseMetrics, type SharedMetrics } from "./shared.js";

/** How long after a logged failure to count further ones silently before logging again. */
const FAILURE_LOG_INTERVAL_MS = 60_000;

export class MetricsNode {
  private readonly shared: SharedMetrics;
  private closed = false;
  private failures = 0;
  private lastFailureLog = Number.NEGATIVE_INFINITY;

  constructor(
    node: string,
    settings: Settings,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {
    const { shared, mismatch } = acquireMetrics(node, settings);
    this.shared = shared;
    if (mismatch)
      logger.warn(
        { node },
        "another instance of this metrics node was made with other settings; its settings apply until every instance has closed",
      );
  }

  /** Counts one finished request. */
  observe(record: RequestRecord): void {
    const { tables, bounds, settings } = this.shared;
    try {
      observeRecord(tables, bounds, settings.includeKey, record);
    } catch (error) {
      this.failed(error);
    }
  }

  private failed(error: unknown): void {
    this.failures++;
    const at = this.now();
    if (at - this.lastFailureLog < FAILURE_LOG_INTERVAL_MS) return;
    this.lastFailureLog = at;
    this.logger.error(
      { err: error, failures: this.failures },
      "could not count a finished request in the metrics",
    );
    this.failures = 0;
  }

  /** The metrics in Prometheus' text format, as the answer to a scrape. */
  async scrape(): Promise<Response> {
    const registry = this.shared.registry;
    const text = await registry.metrics();
    return new Response(text, {
      status: 200,
      headers: { "content-type": registry.contentType, "cache-control": "no-store" },
    });
  }

  /** Leaves the shared metrics (the last instance of the node id drops them). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    releaseMetrics(this.shared);
  }
}
