/**
 * The message bus of one process: what a single gateway instance needs (its admin API and its
 * hot-path caches live in the same memory). Delivery is deferred to a microtask, as a message
 * from Redis would arrive after `publish` returns.
 */
import type { Bus } from "@aigw/plugin-api";

export function memoryBus(): Bus {
  const channels = new Map<string, Set<(message: string) => void>>();
  return {
    shared: false,
    async publish(channel, message) {
      const handlers = channels.get(channel);
      if (!handlers) return;
      await Promise.resolve();
      for (const handler of [...handlers]) handler(message);
    },
    subscribe(channel, handler) {
      let handlers = channels.get(channel);
      if (!handlers) {
        handlers = new Set();
        channels.set(channel, handlers);
      }
      const own = (message: string): void => handler(message);
      handlers.add(own);
      return () => {
        handlers.delete(own);
      };
    },
  };
}
