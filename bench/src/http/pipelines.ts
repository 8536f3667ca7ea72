/**
 * The gateway configs the HTTP benchmark runs, one per pipeline shape, each with the mock
 * upstream as its OpenAI provider. Together they price the default pipeline's shape piece by
 * piece: a provider alone, a conditional router in front of it, a fallback router in front of
 * it, and the default config's whole shape (packages/runtime-kit/aigw.default.yaml: logger,
 * conditional router, Anthropic ingress, runtime logging at info, memory stores), and the
 * provider behind the input guardrail set (pii, injection, content) that guardrails' cost is
 * measured with; and the default's shape with Prometheus metrics (`metrics`) or the PostgreSQL
 * sink (`postgres`, into the schema `aigw_bench` of $AIGW_BENCH_DATABASE_URL, default the local
 * `test` database) added, which observability's cost is measured with.
 */

/** The pipelines, in the order the reports list them. */
export const PIPELINES = [
  "provider",
  "conditional",
  "fallback",
  "default-shape",
  "guardrails",
  "metrics",
  "postgres",
] as const;
export type Pipeline = (typeof PIPELINES)[number];

/** Where a config's plugin packages and its provider point. */
export interface PipelineTarget {
  /** The mock upstream's origin (`http://127.0.0.1:PORT`). */
  upstream: string;
  /** The file `default-shape`'s logger writes (rotated, so a long run's disk use is bounded). */
  logFile: string;
}

/** Rotation at 64 MiB bounds a run's disk use to 2 x 64 MiB per gateway. */
const LOG_MAX_BYTES = 64 * 1024 * 1024;

function openai(id: string, upstream: string, models?: readonly string[]) {
  return {
    id,
    plugin: "providers-openai",
    config: { baseUrl: `${upstream}/v1`, ...(models ? { models } : {}) },
  };
}

/** A typical content rule set: a regex, a forbidden list of five, a length limit, 50 listed words. */
export const GUARDRAIL_CONTENT_RULES = {
  rules: [
    { type: "regex", name: "no-sql", pattern: "drop\\s+table", flags: "i" },
    {
      type: "notContains",
      name: "no-secrets",
      values: ["password", "api key", "secret key", "ssn", "bank account"],
    },
    { type: "length", name: "max-chars", unit: "chars", max: 16000 },
    {
      type: "words",
      name: "profanity",
      categories: { profanity: Array.from({ length: 50 }, (_, i) => `blockedword${i}`) },
    },
  ],
};

/** The default config's list for /v1/models (no part of a chat request's path, kept to match). */
const DEFAULT_MODELS = [
  "gpt-4o",
  "gpt-4o-mini",
  "gpt-4.1",
  "gpt-4.1-mini",
  "o4-mini",
  "text-embedding-3-small",
];

/**
 * The gateway config for `pipeline`. The benchmark's requests (model `gpt-4o-mini`) take the
 * route the default config gives every non-mock model: the conditional router's default, the
 * fallback router's first (healthy) target.
 */
export function pipelineConfig(pipeline: Pipeline, { upstream, logFile }: PipelineTarget): object {
  switch (pipeline) {
    case "provider":
      return {
        plugins: ["@aigw/providers-openai"],
        pipeline: { nodes: [openai("openai", upstream)] },
        logging: { level: "silent" },
      };
    case "conditional":
      return {
        plugins: ["@aigw/providers-mock", "@aigw/providers-openai", "@aigw/router-core"],
        pipeline: {
          nodes: [
            {
              id: "route",
              plugin: "router-conditional",
              targets: ["mock", "openai"],
              config: {
                routes: [{ when: { field: "model", regex: "^mock" }, target: "mock" }],
                default: "openai",
              },
            },
            { id: "mock", plugin: "providers-mock" },
            openai("openai", upstream),
          ],
        },
        logging: { level: "silent" },
      };
    case "fallback":
      return {
        plugins: ["@aigw/providers-openai", "@aigw/router-core"],
        pipeline: {
          nodes: [
            { id: "route", plugin: "router-fallback", targets: ["openai", "backup"] },
            openai("openai", upstream),
            // Never called while the first target answers; a second provider as a real fallback has.
            openai("backup", upstream),
          ],
        },
        logging: { level: "silent" },
      };
    case "guardrails":
      return {
        plugins: [
          "@aigw/providers-openai",
          "@aigw/guardrail-pii",
          "@aigw/guardrail-injection",
          "@aigw/guardrail-content",
        ],
        pipeline: {
          nodes: [
            { id: "pii", plugin: "guardrail-pii", config: { action: "mask" } },
            { id: "injection", plugin: "guardrail-injection" },
            { id: "content", plugin: "guardrail-content", config: GUARDRAIL_CONTENT_RULES },
            openai("openai", upstream),
          ],
        },
        logging: { level: "silent" },
      };
    case "default-shape":
      return defaultShape(upstream, logFile);
    case "metrics": {
      const config = defaultShape(upstream, logFile);
      config.plugins.push("@aigw/metrics-prometheus");
      config.pipeline.nodes.unshift({ id: "metrics", plugin: "metrics-prometheus" });
      return config;
    }
    case "postgres": {
      const config = defaultShape(upstream, logFile);
      config.plugins.push("@aigw/logger-postgres");
      config.pipeline.nodes.unshift({
        id: "pglog",
        plugin: "logger-postgres",
        config: {
          connectionString:
            process.env["AIGW_BENCH_DATABASE_URL"] ?? "postgres://postgres@127.0.0.1:5432/test",
          schema: "aigw_bench",
          spillDir: `${logFile}.pg-spill`,
        },
      });
      return config;
    }
  }
}

/** The default config's shape (packages/runtime-kit/aigw.default.yaml) in front of `upstream`. */
function defaultShape(upstream: string, logFile: string) {
  const nodes: object[] = [
    { id: "log", plugin: "logger-file", config: { path: logFile, maxBytes: LOG_MAX_BYTES } },
    {
      id: "route",
      plugin: "router-conditional",
      targets: ["mock", "openai"],
      config: {
        routes: [{ when: { field: "model", regex: "^mock" }, target: "mock" }],
        default: "openai",
      },
    },
    { id: "mock", plugin: "providers-mock" },
    openai("openai", upstream, DEFAULT_MODELS),
  ];
  return {
    plugins: [
      "@aigw/providers-mock",
      "@aigw/providers-openai",
      "@aigw/router-core",
      "@aigw/logger-file",
      "@aigw/ingress-anthropic",
    ],
    ingress: [{ id: "anthropic", plugin: "ingress-anthropic" }],
    pipeline: { nodes },
    stores: { type: "memory" },
    logging: { level: "info" },
  };
}
