/**
 * A bus over Redis pub/sub for tests of several gateway instances (the shape of the engine's
 * `Bus` service): each instance gets its own, on its own connections, as separate processes
 * would have.
 */

import type { Bus } from "@aigw/plugin-api";
import { createClient } from "@keyv/redis";

export const TEST_REDIS_URL = "redis://127.0.0.1:6379";

export async function redisBus(url = TEST_REDIS_URL): Promise<Bus & { close(): Promise<void> }> {
  const publisher = createClient({ url });
  const subscriber = publisher.duplicate();
  await Promise.all([publisher.connect(), subscriber.connect()]);
  return {
    shared: true,
    async publish(channel, message) {
      await publisher.publish(channel, message);
    },
    subscribe(channel, handler) {
      const listener = (message: string) => handler(message);
      void subscriber.subscribe(channel, listener);
      return () => {
        void subscriber.unsubscribe(channel, listener);
      };
    },
    async close() {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
}
