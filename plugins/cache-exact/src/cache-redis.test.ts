// The exact cache's conformance suite with Redis (127.0.0.1:6379): each gateway opens its own
// connection (the engine closes it with the gateway); each cache node's id, hence its keys, is
// unique to the test.
import { redisStores } from "@aigw/engine";
import { describeExactCache } from "./cache.case.js";

const REDIS = "redis://127.0.0.1:6379";

describeExactCache({
  name: "Redis",
  stores: () => redisStores(REDIS),
  peek: async (namespace) => {
    const stores = await redisStores(REDIS);
    const store = stores.open(namespace);
    return { get: (key) => store.get(key), close: () => stores.close() };
  },
});
