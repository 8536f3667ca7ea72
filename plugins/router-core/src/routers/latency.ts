/**
 * router-latency: the target with the lowest moving latency (an EWMA of successful attempts'
 * durations, to the answer or a stream's first content) goes first; targets never measured go
 * before all others so each gets tried; ties keep configured order. The averages live in the
 * node's store, so gateways sharing Redis learn together; open breakers are skipped by the
 * shared loop. Updates are read-modify-write: concurrent samples may drop one, which an
 * average shrugs off.
 */
import type { KeyValueStore } from "@aigw/plugin-api";
import type { LatencyRouterConfig } from "../latency.gen.js";
import { configSchema } from "../latency-schema.gen.js";
import { validateLatency as validateConfig } from "../validators.gen.js";
import { inOrder, routerPlugin } from "./router.js";

export type { LatencyRouterConfig };

interface Stat {
  ewma: number;
  n: number;
  [key: string]: number;
}

export const latencyRouter = routerPlugin<LatencyRouterConfig>({
  name: "router-latency",
  strategy: "latency",
  description: "Picks the healthy target with the lowest moving latency; untried targets first.",
  configSchema,
  configValidator: validateConfig,
  setup(config, init) {
    const alpha = config.alpha ?? 0.3;
    const ttl = config.statsTtlMs ?? 600_000;
    const store: KeyValueStore = init.store;
    return {
      fallback: config.fallback ?? true,
      async order(_ctx, targets) {
        const stats = await Promise.all(init.targets.map((id) => store.get<Stat>(`lat:${id}`)));
        const ranked = init.targets
          .map((id, index) => ({ id, index, ewma: stats[index]?.ewma ?? Number.NEGATIVE_INFINITY }))
          .sort((a, b) => a.ewma - b.ewma || a.index - b.index);
        return inOrder(
          ranked.map((r) => r.id),
          targets,
        );
      },
      async onSuccess(id, durationMs) {
        const key = `lat:${id}`;
        const old = await store.get<Stat>(key);
        const ewma = old ? alpha * durationMs + (1 - alpha) * old.ewma : durationMs;
        await store.set(key, { ewma, n: (old?.n ?? 0) + 1 }, ttl);
      },
    };
  },
});
