/**
 * Deletes rows older than `retentionDays`, off the hot path: a sweep every `intervalMs` removes
 * them in batches of a few thousand rows, each its own short transaction, pausing between
 * batches, so the table is never locked for long and the inserts go on meanwhile. Gateways
 * sharing the table take turns through a transaction advisory lock: a batch whose lock is held
 * elsewhere ends this sweep (the other gateway is at it).
 *
 * Batched deletes rather than daily partitions: partitions would make dropping old days free,
 * but a unique request id across partitions is not enforceable (the unique key would have to
 * include the timestamp), lookups by request id would visit every partition, and partitions would
 * have to be created ahead of time by someone. At the volumes one gateway logs, the delete of a
 * day's rows in batches takes seconds, once a day's worth per sweep.
 */

import type { Logger } from "@aigw/plugin-api";
import type pg from "pg";
import { describeError, quoteIdent } from "./database.js";

export interface RetentionOptions {
  pool: pg.Pool;
  schema: string;
  retentionDays: number;
  intervalMs: number;
  logger: Logger;
  /** Rows per DELETE; default 5000. */
  batchRows?: number;
  /** Pause between batches; default 100 ms. */
  pauseMs?: number;
  /** When the first sweep runs; default one minute after start. */
  firstDelayMs?: number;
  now?: () => number;
}

const DAY_MS = 86_400_000;

/** Deletes old rows until none are left (or another gateway holds the turn); returns how many. */
export async function sweep(
  options: RetentionOptions,
  shouldStop: () => boolean = () => false,
): Promise<number> {
  const cutoff = new Date((options.now ?? Date.now)() - options.retentionDays * DAY_MS).toISOString();
  const table = `${quoteIdent(options.schema)}.aigw_requests`;
  const batchRows = options.batchRows ?? 5_000;
  let deleted = 0;
  while (!shouldStop()) {
    const client = await options.pool.connect();
    let count = 0;
    let turn = false;
    try {
      await client.query("BEGIN");
      const lock = await client.query<{ ok: boolean }>(
        "SELECT pg_try_advisory_xact_lock(hashtext($1)) AS ok",
        [`aigw:logger-postgres:retention:${options.schema}`],
      );
      turn = lock.rows[0]?.ok === true;
      if (turn) {
        const result = await client.query(
          `DELETE FROM ${table} WHERE id IN (SELECT id FROM ${table} WHERE ts < $1::timestamptz ORDER BY ts LIMIT $2)`,
          [cutoff, batchRows],
        );
        count = result.rowCount ?? 0;
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    deleted += count;
    if (!turn || count < batchRows) break;
    await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 100));
  }
  return deleted;
}

/** Runs `sweep` periodically; the returned function stops it (and waits for a sweep in progress). */
export function startRetention(options: RetentionOptions): () => Promise<void> {
  let stopped = false;
  let running: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (delay: number) => {
    timer = setTimeout(() => {
      running = sweep(options, () => stopped)
        .then((deleted) => {
          if (deleted > 0)
            options.logger.info(
              { deleted, retentionDays: options.retentionDays },
              "deleted old request records",
            );
        })
        .catch((error: unknown) => {
          options.logger.warn(
            { err: describeError(error) },
            "the request log retention sweep failed; retrying later",
          );
        })
        .finally(() => {
          running = undefined;
          if (!stopped) schedule(options.intervalMs);
        });
    }, delay);
    // Retention never keeps the process alive.
    timer.unref?.();
  };
  schedule(options.firstDelayMs ?? 60_000);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
