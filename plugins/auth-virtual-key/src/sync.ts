/**
 * Keeps this instance's memory in step with the store of record: each announced change reloads
 * that one entity; a full reload runs when the bus says messages may have been lost (`onResync`)
 * and every `reloadIntervalMs` in case one was missed anyway. A reload that fails is logged and
 * the memory kept: requests go on with what they had.
 */
import type { Bus, Logger } from "@aigw/plugin-api";
import type { ChangeMessage } from "./changes.js";
import type { Directory } from "./directory.js";
import { ENTITY_KINDS, type EntityKind } from "./records.js";
import type { RecordStore } from "./store/store.js";

export interface SyncOptions {
  store: RecordStore;
  directory: Directory;
  bus: Bus;
  channel: string;
  reloadIntervalMs: number;
  logger: Logger;
}

export interface Sync {
  /** Reloads everything (at boot: a failure is thrown; later ones are logged). */
  reloadAll(): Promise<void>;
  /** Resolves once every reload started so far has finished (tests). */
  settled(): Promise<void>;
  stop(): void;
}

function parseMessage(message: string): ChangeMessage | undefined {
  try {
    const parsed = JSON.parse(message) as Partial<ChangeMessage>;
    if (typeof parsed.id === "string" && ENTITY_KINDS.includes(parsed.kind as EntityKind))
      return parsed as ChangeMessage;
  } catch {
    // ignored below
  }
  return undefined;
}

export function startSync(options: SyncOptions): Sync {
  const { store, directory, bus, channel, logger } = options;
  const pending = new Set<Promise<void>>();
  const track = (work: Promise<void>): void => {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  };
  const failed = (what: string) => (error: unknown) => {
    logger.error(
      { reason: error instanceof Error ? error.message : String(error) },
      `${what} failed; this instance keeps what it had in memory`,
    );
  };
  const reloadAll = async (): Promise<void> => {
    const sequence = directory.nextSequence();
    directory.applySnapshot(await store.loadAll(), sequence);
  };
  const reloadOne = async (change: ChangeMessage): Promise<void> => {
    const sequence = directory.nextSequence();
    directory.apply(change.kind, change.id, await store.load(change.kind, change.id), sequence);
  };
  const unsubscribe = bus.subscribe(
    channel,
    (message) => {
      const change = parseMessage(message);
      if (!change) {
        logger.warn({ channel }, "ignored a message on the bus that is not a change announcement");
        return;
      }
      track(reloadOne(change).catch(failed(`reloading ${change.kind} ${change.id}`)));
    },
    { onResync: () => track(reloadAll().catch(failed("a full reload after the bus reconnected"))) },
  );
  const timer = setInterval(
    () => track(reloadAll().catch(failed("the periodic full reload"))),
    options.reloadIntervalMs,
  );
  // The timer alone must not keep a process alive.
  (timer as { unref?: () => void }).unref?.();
  return {
    reloadAll,
    async settled() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    stop() {
      clearInterval(timer);
      unsubscribe();
    },
  };
}
