/**
 * Logs the embedding node's outage once: the first failure is a warning, the failures after it
 * are silent until a success, which logs the recovery. An embedding node that is down makes
 * every request a miss; a warning per request would bury the logs. (The store's outages are
 * cache-kit's `StoreHealth`, which also puts deadlines on store calls and pauses between tries.)
 */
import type { Logger } from "@aigw/plugin-api";

export class Outage {
  private down = false;
  private failures = 0;

  /** @param what names the dependency in the log lines (e.g. `embedding node "embedder"`). */
  constructor(
    private readonly logger: Logger,
    private readonly what: string,
  ) {}

  /** True between a failure and the next success. */
  get isDown(): boolean {
    return this.down;
  }

  /** A failure: logged when it starts an outage, counted otherwise. */
  failed(error: unknown): void {
    this.failures++;
    if (this.down) return;
    this.down = true;
    this.logger.warn(
      { err: error instanceof Error ? error.message : String(error) },
      `${this.what} failed: the semantic cache answers misses until it is back (logged once)`,
    );
  }

  /** A success: ends an outage, logging how many failures it had. */
  succeeded(): void {
    if (!this.down) return;
    this.logger.info({ failures: this.failures }, `${this.what} is back`);
    this.down = false;
    this.failures = 0;
  }
}
