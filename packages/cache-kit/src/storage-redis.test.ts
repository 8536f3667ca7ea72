// The storage conformance suite against the real Redis (127.0.0.1:6379), each storage in a
// namespace unique to this run.
import { redisStores } from "@aigw/engine";
import type { StoreFactory } from "@aigw/plugin-api";
import { openCacheStorage } from "./storage/open.js";
import { describeStorage } from "./storage.case.js";

const run = `cache-kit-test:${Date.now().toString(36)}:${Math.random().toString(36).slice(2, 8)}`;
let stores: StoreFactory | undefined;
let namespace = 0;

describeStorage({
  name: "ring over Redis",
  boundsTotalBytes: false,
  ring: true,
  open: async (options) => {
    stores ??= await redisStores("redis://127.0.0.1:6379");
    const store = stores.open(`${run}:${namespace++}`);
    const storage = openCacheStorage(store, options);
    if (!storage.shared) throw new Error("a Redis store must give the shared (ring) storage");
    return { storage, store };
  },
  close: async () => stores?.close(),
});
