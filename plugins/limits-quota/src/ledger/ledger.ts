/**
 * The spend ledger, assembled from the node's `postgres` config: the pool, the migrations, the
 * batched writer, and the seed table refreshed in the background. `open` waits for the first
 * seed read (bounded), so a gateway that restarts on a fresh quota store enforces what was
 * already spent from its first request.
 */

import { createPool, describeError, migrate, type Sql } from "@aigw/pg-kit";
import type { Env, Logger, QuotaPolicy, RequestRecord } from "@aigw/plugin-api";
import type { LimitsQuotaConfig } from "../config.gen.js";
import { LEDGER_MIGRATIONS } from "./migrations.js";
import { spendRow } from "./rows.js";
import { readSeeds, type SeedTable, seedKey } from "./seeds.js";
import { LedgerWriter } from "./writer.js";

export interface Ledger {
  readonly sql: Sql;
  readonly schema: string;
  readonly queryTimeoutMs: number;
  readonly writer: LedgerWriter;
  /** Queues the request's spend, if it spent anything. */
  record(record: RequestRecord): void;
  /** The ledger's spend for a scope in a window, when it was read. */
  seed(scope: QuotaPolicy["scope"], id: string, windowId: string): number | undefined;
  /** Reads the seeds again now. */
  refreshSeeds(): Promise<void>;
  close(): Promise<void>;
}

type PostgresSettings = NonNullable<LimitsQuotaConfig["postgres"]>;

/** How long boot waits for the first seed read before going on without (and retrying later). */
const BOOT_SEED_WAIT_MS = 5_000;

export async function openLedger(
  config: PostgresSettings,
  deps: { env: Env; logger: Logger; now: () => number },
): Promise<Ledger> {
  const url = config.url ?? (config.urlEnv ? deps.env.get(config.urlEnv) : undefined);
  if (!url)
    throw new Error(
      config.urlEnv
        ? `limits-quota: postgres: the environment variable ${config.urlEnv} is not set`
        : "limits-quota: postgres: set 'url' or 'urlEnv'",
    );
  const schema = config.schema ?? "public";
  const queryTimeoutMs = config.queryTimeoutMs ?? 15_000;
  const sql = createPool({
    url,
    poolSize: 3,
    connectTimeoutMs: 5_000,
    queryTimeoutMs,
    applicationName: "aigw-limits-quota",
  });
  const { logger } = deps;
  let migrated: Promise<void> | undefined;
  const prepare = (): Promise<void> => {
    migrated ??= migrate(sql, schema, LEDGER_MIGRATIONS).then(
      (applied) => {
        if (applied.length > 0) logger.info({ schema, applied }, "spend ledger table migrated");
      },
      (error: unknown) => {
        migrated = undefined;
        throw error;
      },
    );
    return migrated;
  };
  const writer = new LedgerWriter({
    sql,
    schema,
    logger,
    batchSize: config.batchSize ?? 500,
    flushIntervalMs: config.flushIntervalMs ?? 1_000,
    maxQueued: config.maxQueued ?? 100_000,
    queryTimeoutMs,
    prepare,
  });
  let seeds: SeedTable = new Map();
  let seedFailing = false;
  const refreshSeeds = async (): Promise<void> => {
    try {
      await prepare();
      seeds = await readSeeds(sql, schema, deps.now());
      if (seedFailing) logger.info({}, "budget seeds read from the spend ledger again");
      seedFailing = false;
    } catch (error) {
      if (!seedFailing)
        logger.warn(
          { err: describeError(error) },
          "budget seeds could not be read from the spend ledger; retrying",
        );
      seedFailing = true;
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closing: Promise<void> | undefined;
  const schedule = (): void => {
    if (closing) return;
    timer = setTimeout(() => void refreshSeeds().finally(schedule), config.seedIntervalMs ?? 60_000);
    timer.unref?.();
  };
  let waited: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    refreshSeeds(),
    new Promise<void>((resolve) => {
      waited = setTimeout(resolve, BOOT_SEED_WAIT_MS);
    }),
  ]);
  clearTimeout(waited);
  schedule();
  return {
    sql,
    schema,
    queryTimeoutMs,
    writer,
    record(record) {
      const row = spendRow(record);
      if (row) writer.push(row);
    },
    seed: (scope, id, windowId) => seeds.get(seedKey(scope, id, windowId)),
    refreshSeeds,
    close() {
      closing ??= (async () => {
        clearTimeout(timer);
        timer = undefined;
        await writer.close();
        await sql.end({ timeout: 1 }).catch(() => undefined);
      })();
      return closing;
    },
  };
}
