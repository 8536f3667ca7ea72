/**
 * The quota and bus implementations the conformance suites and properties run against: this
 * process's memory, and the real Redis (127.0.0.1:6379) through several separate connections,
 * as several gateway instances would use it. Every `open` takes key and channel prefixes of its
 * own, so parallel runs never see each other's counters.
 */
import type { Bus, Quotas } from "@aigw/plugin-api";
import { memoryBus } from "../services/bus-memory.js";
import { memoryQuotas } from "../services/quotas-memory.js";
import { type RedisServices, redisServices } from "../services/redis-services.js";

export const SHARED_REDIS = "redis://127.0.0.1:6379";

/** `count` clients of one store: the same object in memory, separate connections on Redis. */
export interface Opened<T> {
  clients: T[];
  close(): Promise<void>;
}

export interface Subject {
  name: string;
  quotas(count?: number): Promise<Opened<Quotas>>;
  bus(count?: number): Promise<Opened<Bus>>;
}

export const memorySubject: Subject = {
  name: "memory",
  async quotas(count = 1) {
    const quotas = memoryQuotas();
    return { clients: Array.from({ length: count }, () => quotas), close: async () => {} };
  },
  async bus(count = 1) {
    const bus = memoryBus();
    return { clients: Array.from({ length: count }, () => bus), close: async () => {} };
  },
};

/** A prefix unique to this call: run, then a counter. */
let opened = 0;
const run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
export function uniquePrefix(kind: string): string {
  return `aigw-test:${kind}:${run}:${opened++}:`;
}

export function redisSubject(url = SHARED_REDIS): Subject {
  const open = async (count: number, kind: "quota" | "bus"): Promise<RedisServices[]> => {
    const prefix = uniquePrefix(kind);
    return Promise.all(
      Array.from({ length: count }, () => redisServices(url, { quotaPrefix: prefix, busPrefix: prefix })),
    );
  };
  const closeAll = async (services: RedisServices[]) => {
    await Promise.all(services.map((s) => s.close()));
  };
  return {
    name: "redis",
    async quotas(count = 1) {
      const services = await open(count, "quota");
      return { clients: services.map((s) => s.quotas), close: () => closeAll(services) };
    },
    async bus(count = 1) {
      const services = await open(count, "bus");
      return { clients: services.map((s) => s.bus), close: () => closeAll(services) };
    },
  };
}
