/**
 * @aigw/metrics-prometheus: an observer that counts every finished request into Prometheus
 * metrics (requests, latency, gateway overhead, time to first token, tokens, cost, errors,
 * cache, guardrail verdicts, upstream attempts, rate limits, circuit breakers) and answers
 * `GET /metrics` with them in Prometheus' text format, through prom-client.
 */
import { definePlugin } from "@aigw/plugin-api";
import type { PrometheusMetricsConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { MetricsNode } from "./metrics-node.js";
import { settingsOf } from "./settings.js";

export { BREAKER_TAG_PREFIX } from "./breaker-tags.js";
export type { PrometheusMetricsConfig } from "./config.gen.js";
export { MetricsNode } from "./metrics-node.js";
export { type Settings, settingsOf } from "./settings.js";

export default definePlugin({
  manifest: {
    name: "metrics-prometheus",
    kind: "observer",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["finish", "serve"],
    serves: [{ method: "GET", path: "/metrics", access: "public" }],
    configSchema,
    configValidator: validateConfig,
    description: "Prometheus metrics of every finished request, served at GET /metrics.",
  },
  create(config: PrometheusMetricsConfig, init) {
    const node = new MetricsNode(init.node, settingsOf(config), init.logger);
    return {
      finish(record) {
        node.observe(record);
      },
      serve: () => node.scrape(),
      close: () => node.close(),
    };
  },
});
