/**
 * Test support: a real engine gateway (createGateway) with a metrics node in front of the mock
 * provider (or a router over mock providers), loaded by package name as a config file names
 * them, so this plugin never imports another plugin. The metrics plugin is wrapped to keep each
 * instance it makes and its init context, so a test can call the instance's `serve` hook as the
 * engine would, and scrape through `gateway.fetch` too.
 */
import { createGateway, type Gateway } from "@aigw/engine";
import {
  definePlugin,
  type Logger,
  type Plugin,
  type PluginInitContext,
  type PluginInstance,
  type RequestRecord,
  type ServeContext,
} from "@aigw/plugin-api";
import type { PrometheusMetricsConfig } from "../config.gen.js";
import metrics from "../index.js";
import { parseExposition, type Scrape } from "./exposition.js";

export function silentLogger(): Logger {
  const noop = () => {};
  const logger: Logger = { debug: noop, info: noop, warn: noop, error: noop, child: () => logger };
  return logger;
}

/** A node id no other test uses (metrics are shared by node id within the process). */
export function uniqueNodeId(prefix = "metrics"): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** One instance the metrics plugin made, with what it was made with. */
export interface MadeInstance {
  readonly config: PrometheusMetricsConfig;
  readonly init: PluginInitContext;
  readonly instance: PluginInstance;
}

/** The metrics plugin, keeping every instance it makes in `made`. */
export function keepingInstances(made: MadeInstance[]): Plugin<PrometheusMetricsConfig> {
  return {
    manifest: metrics.manifest,
    async create(config, init) {
      const instance = await metrics.create(config, init);
      made.push({ config, init, instance });
      return instance;
    },
  };
}

/** An observer that keeps every record the engine hands to `finish`, to compare the metrics with. */
function recorder(records: RequestRecord[]): Plugin {
  return definePlugin({
    manifest: {
      name: "test-recorder",
      kind: "observer",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["finish"],
      configSchema: { type: "object" },
    },
    create: () => ({
      finish(record) {
        records.push(record);
      },
    }),
  });
}

/** Calls an instance's `serve` hook for `GET /metrics` as the engine does, and parses the answer. */
export async function serveScrape(
  made: MadeInstance,
): Promise<{ response: Response; text: string; scrape: Scrape }> {
  const route = metrics.manifest.serves![0]!;
  const ctx: ServeContext = {
    requestId: "scrape",
    route,
    path: "/metrics",
    logger: made.init.logger,
    services: made.init.services,
    signal: new AbortController().signal,
  };
  const response = await made.instance.serve!(new Request("http://gateway.test/metrics"), ctx);
  const text = await response.clone().text();
  return { response, text, scrape: parseExposition(text) };
}

export interface MetricsGatewayOptions {
  /** The metrics node's config. */
  metrics?: PrometheusMetricsConfig;
  /** The metrics node's id (default: a unique one). */
  node?: string;
  /** Nodes after the metrics node; default: one providers-mock node `llm`. */
  nodes?: readonly Record<string, unknown>[];
  /** Named configs (each gets the same metrics node id in front of its own nodes). */
  configs?: Readonly<Record<string, readonly Record<string, unknown>[]>>;
  /**
   * The named configs' metrics node config (default: the main one's). The engine makes one
   * instance of a node the configs have alike; a differing config makes an instance of its own.
   */
  configsMetrics?: PrometheusMetricsConfig;
}

export interface MetricsGateway {
  readonly gateway: Gateway;
  readonly node: string;
  /** Every metrics instance the gateway made (one per distinct config of the node). */
  readonly made: MadeInstance[];
  /** Every record the engine handed to the observers (the main pipeline's). */
  readonly records: RequestRecord[];
  /** Sends a chat request and reads its whole answer; resolves once observers have run. */
  chat(body?: Record<string, unknown>, headers?: Record<string, string>): Promise<Response>;
  /** Scrapes through the first instance's `serve` hook. */
  scrape(): Promise<Scrape>;
}

/** Boots the gateway; close it with `gateway.close()`. */
export async function metricsGateway(options: MetricsGatewayOptions = {}): Promise<MetricsGateway> {
  const node = options.node ?? uniqueNodeId();
  const made: MadeInstance[] = [];
  const records: RequestRecord[] = [];
  const front = {
    id: node,
    plugin: "metrics-prometheus",
    config: options.metrics ?? { defaultMetrics: false },
  };
  const nodes = options.nodes ?? [{ id: "llm", plugin: "providers-mock" }];
  const configsFront = options.configsMetrics ? { ...front, config: options.configsMetrics } : front;
  const configs = Object.fromEntries(
    Object.entries(options.configs ?? {}).map(([name, rest]) => [name, { nodes: [configsFront, ...rest] }]),
  );
  const gateway = await createGateway({
    config: {
      plugins: ["@aigw/providers-mock", "@aigw/router-core"],
      pipeline: { nodes: [front, { id: "records", plugin: "test-recorder" }, ...nodes] },
      ...(options.configs ? { configs } : {}),
      logging: { level: "silent" },
    },
    plugins: [keepingInstances(made) as Plugin<never>, recorder(records) as Plugin<never>],
    importPackage: (name) => import(name),
    services: { logger: silentLogger() },
  });
  return {
    gateway,
    node,
    made,
    records,
    async chat(body = {}, headers = {}) {
      const response = await gateway.fetch(
        new Request("http://gateway.test/v1/chat/completions", {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify({
            model: "mock",
            messages: [{ role: "user", content: "hello there" }],
            ...body,
          }),
        }),
      );
      await response.arrayBuffer();
      await gateway.idle();
      return response;
    },
    async scrape() {
      return (await serveScrape(made[0]!)).scrape;
    },
  };
}
