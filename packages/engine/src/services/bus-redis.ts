/**
 * The message bus between gateway instances over Redis pub/sub, on channels `aigw:bus:<name>`.
 * Messages are published on the shared connection; subscriptions live on a connection of their
 * own (a subscribed Redis connection can send nothing else), opened on the first `subscribe`.
 * Redis delivers to every subscribed connection, this instance's included, in the order each
 * publisher sent. Pub/sub keeps nothing for a connection that is away: when the subscriber
 * reconnects (node-redis subscribes again before it reports ready), every `onResync` runs, so
 * subscribers reload what they may have missed.
 */
import type { Bus, Logger } from "@aigw/plugin-api";
import type { RedisClient, RedisConnection } from "./redis-connection.js";

export const BUS_CHANNEL_PREFIX = "aigw:bus:";

export interface RedisBusOptions {
  /** Prefix of every channel (default `aigw:bus:`). */
  prefix?: string | undefined;
  logger?: Logger | undefined;
}

interface Subscription {
  readonly handler: (message: string) => void;
  readonly onResync: (() => void) | undefined;
}

/** A Redis bus; `report` sets where its failures are logged, `close` ends its subscriber. */
export type RedisBus = Bus & { report(logger: Logger): void; close(): Promise<void> };

export function redisBus(connection: RedisConnection, options: RedisBusOptions = {}): RedisBus {
  const prefix = options.prefix ?? BUS_CHANNEL_PREFIX;
  let logger = options.logger;
  const channels = new Map<string, Set<Subscription>>();
  // Each channel's one Redis listener, so unsubscribing removes exactly it.
  const listeners = new WeakMap<Set<Subscription>, (message: string) => void>();
  let subscriber: Promise<RedisClient> | undefined;

  const fail = (what: string) => (error: unknown) => logger?.warn({ err: error }, `bus ${what} failed`);

  const deliver = (subscriptions: Set<Subscription>, message: string): void => {
    for (const subscription of [...subscriptions]) {
      try {
        subscription.handler(message);
      } catch (error) {
        logger?.error({ err: error }, "bus subscriber failed");
      }
    }
  };

  const resync = (): void => {
    for (const subscriptions of channels.values())
      for (const { onResync } of subscriptions) {
        try {
          onResync?.();
        } catch (error) {
          logger?.error({ err: error }, "bus resync failed");
        }
      }
  };

  const open = (): Promise<RedisClient> => {
    subscriber ??= connection.duplicate().then((client) => {
      // The first 'ready' happened inside connect(); each later one is a reconnection.
      client.on("ready", resync);
      return client;
    });
    return subscriber;
  };

  return {
    shared: true,
    async publish(channel, message) {
      await connection.run((client) => client.publish(prefix + channel, message));
    },
    subscribe(channel, handler, subscribeOptions) {
      const subscription: Subscription = { handler, onResync: subscribeOptions?.onResync };
      let subscriptions = channels.get(channel);
      if (!subscriptions) {
        const fresh = new Set<Subscription>();
        subscriptions = fresh;
        channels.set(channel, fresh);
        const listener = (message: string): void => deliver(fresh, message);
        listeners.set(fresh, listener);
        open()
          .then((client) => client.subscribe(prefix + channel, listener))
          .catch(fail("subscribe"));
      }
      const mine = subscriptions;
      mine.add(subscription);
      return () => {
        if (!mine.delete(subscription) || mine.size > 0 || channels.get(channel) !== mine) return;
        channels.delete(channel);
        const listener = listeners.get(mine)!;
        open()
          .then((client) => client.unsubscribe(prefix + channel, listener))
          .catch(fail("unsubscribe"));
      };
    },
    report(next) {
      logger = next;
    },
    async close() {
      channels.clear();
      if (!subscriber) return;
      const client = await subscriber.catch(() => undefined);
      if (client?.isReady) await client.close();
      else if (client?.isOpen) client.destroy();
    },
  };
}
