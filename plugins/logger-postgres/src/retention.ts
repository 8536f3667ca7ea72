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

import { describeError, quoteIdent, type Sql } from "@aigw/pg-kit";
import type { Logger } from "@aigw/plugin-api";

export interface RetentionOptions {
  sql: Sql;
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
    const { turn, count } = await options.sql.begin(async (tx) => {
      const [lock] = await tx.unsafe<{ ok: boolean }[]>(
        "SELECT pg_try_advisory_xact_lock(hashtext($1)) AS ok",
        [`aigw:logger-postgres:retention:${options.schema}`],
      );
      if (lock?.ok !== true) return { turn: false, count: 0 };
      const result = await tx.unsafe(
        `DELETE FROM ${table} WHERE id IN (SELECT id FROM ${table} WHERE ts < $1::text::timestamptz ORDER BY ts LIMIT $2::int)`,
        [cutoff, batchRows],
      );
      return { turn: true, count: result.count };
    });
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
