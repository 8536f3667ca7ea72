// The storage conformance suite in memory: the LRU, and the ring over the memory store.
import { memoryStores } from "@aigw/engine";
import { LruStorage } from "./storage/lru.js";
import { RingStorage } from "./storage/ring.js";
import { describeStorage } from "./storage.case.js";

describeStorage({
  name: "memory LRU",
  boundsTotalBytes: true,
  ring: false,
  open: async (options) => ({ storage: new LruStorage(options) }),
});

let namespace = 0;
const stores = memoryStores();
describeStorage({
  name: "ring over the memory store",
  boundsTotalBytes: false,
  ring: true,
  open: async (options) => {
    const store = stores.open(`cache-kit-test:${namespace++}`);
    return { storage: new RingStorage(store, options), store };
  },
  close: () => stores.close(),
});
