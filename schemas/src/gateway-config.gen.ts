// GENERATED FILE - do not edit. Source: schemas/gateway.schema.json. Regenerate with `pnpm gen`.

/**
 * This interface was referenced by `GatewayConfig`'s JSON-Schema
 * via the `definition` "Condition".
 */
export type Condition =
  | {
      field: string;
      eq?: unknown;
      ne?: unknown;
      gt?: number;
      gte?: number;
      lt?: number;
      lte?: number;
      in?: unknown[];
      nin?: unknown[];
      regex?: string;
      exists?: boolean;
    }
  | {
      /**
       * @minItems 1
       */
      all: [Condition, ...Condition[]];
    }
  | {
      /**
       * @minItems 1
       */
      any: [Condition, ...Condition[]];
    }
  | {
      not: Condition;
    };

/**
 * An aigw gateway: the plugin packages to load and the pipeline (a DAG of plugin nodes) each request runs through.
 */
export interface GatewayConfig {
  /**
   * The JSON schema this file follows (for editors).
   */
  $schema?: string;
  /**
   * Plugin packages to load by package name, e.g. "@aigw/providers-openai".
   */
  plugins?: string[];
  pipeline: Pipeline;
  /**
   * Named pipelines a request may select with the override header.
   */
  configs?: {
    [k: string]: Pipeline;
  };
  /**
   * Ingress plugins: front doors for other API formats (e.g. Anthropic's /v1/messages), each serving the paths its plugin declares.
   */
  ingress?: Ingress[];
  /**
   * How a request may pick another pipeline.
   */
  overrides?: {
    header?: string;
    /**
     * Accept an inline JSON pipeline in the header (validated like the file).
     */
    allowInline?: boolean;
  };
  limits?: {
    maxBodyBytes?: number;
    defaultNodeTimeoutMs?: number;
  };
  /**
   * Where plugin stores, quota counters and the message bus between instances live: this process's memory, or a Redis every instance shares.
   */
  stores?: {
    type: "memory" | "redis";
    /**
     * Redis URL, e.g. redis://127.0.0.1:6379
     */
    url?: string;
    /**
     * With Redis: how long a store, quota or bus call waits for Redis before it fails with store_unavailable (503). While Redis is unreachable calls fail at once; the connection comes back by itself.
     */
    commandTimeoutMs?: number;
  };
  /**
   * Settings read by the runtime adapters.
   */
  server?: {
    port?: number;
    host?: string;
    workers?: number;
    shutdownTimeoutMs?: number;
  };
  logging?: {
    level?: "debug" | "info" | "warn" | "error" | "silent";
    /**
     * Put request and answer bodies into the request record (off by default: the record holds metadata only). Secrets are always removed; `redact` removes more.
     */
    bodies?: {
      /**
       * Record the request body.
       */
      request?: boolean;
      /**
       * Record the answer body (a stream's chunks, assembled into one answer).
       */
      response?: boolean;
      /**
       * Field paths to replace with "[redacted]" in both bodies, e.g. `messages[*].content`, `user`, `metadata.email`.
       */
      redact?: string[];
      /**
       * Bodies longer than this (as JSON) are cut and marked `truncated`.
       */
      maxBytes?: number;
    };
  };
  /**
   * Prices that replace or extend the built-in price table (schemas/prices.json): by provider label, then model id (a trailing `*` matches a prefix). Each entry replaces the built-in one for that id.
   */
  pricing?: {
    /**
     * Same shape as the price table's `providers` (US dollars per million tokens): e.g. {"openai": {"gpt-4o": {"input": 2.5, "output": 10}}}.
     */
    overrides?: {
      [k: string]: {
        [k: string]: {};
      };
    };
  };
  /**
   * Model capabilities that replace or extend the built-in table (schemas/capabilities.json): what each model refuses, renames, takes one of, lacks, and the most tokens it writes. Provider nodes adapt chat requests to them (see each provider's `adapt`).
   */
  capabilities?: {
    /**
     * Same shape as the capability table's `providers`: by provider label, then model id (a trailing `*` matches a prefix); each entry replaces the built-in one for that id and may name a built-in `profile`. E.g. {"anthropic": {"claude-sonnet-4-5*": {"profile": "claude-one-sampler", "maxOutputTokens": 32000}}}.
     */
    overrides?: {
      [k: string]: {
        [k: string]: {};
      };
    };
  };
}
/**
 * This interface was referenced by `GatewayConfig`'s JSON-Schema
 * via the `definition` "Pipeline".
 */
export interface Pipeline {
  /**
   * @minItems 1
   */
  nodes: [Node, ...Node[]];
}
/**
 * One plugin instance with its own config.
 *
 * This interface was referenced by `GatewayConfig`'s JSON-Schema
 * via the `definition` "Node".
 */
export interface Node {
  id: string;
  /**
   * The plugin's manifest name.
   */
  plugin: string;
  /**
   * Validated against the plugin's own schema.
   */
  config?: {};
  /**
   * Nodes whose request step must finish before this one runs.
   */
  needs?: string[];
  /**
   * A router's targets (providers or other routers), in order.
   *
   * @minItems 1
   */
  targets?: [string, ...string[]];
  /**
   * Terminals (providers or routers) this node calls as a service through its context's `uses(id)`, e.g. a moderation or embedding model; they run outside the request's route.
   *
   * @minItems 1
   */
  uses?: [string, ...string[]];
  when?: Condition;
  timeoutMs?: number;
  /**
   * closed: a failure of this node fails the request; open: the request goes on without it.
   */
  onError?: "open" | "closed";
  /**
   * Run this node's response hook on every upstream answer, inside the router's attempt, instead of once on the final answer: a deny there fails the attempt, so a router retries or falls back (an output check with a fallback action).
   */
  onAttempt?: boolean;
}
/**
 * This interface was referenced by `GatewayConfig`'s JSON-Schema
 * via the `definition` "Ingress".
 */
export interface Ingress {
  id: string;
  /**
   * An ingress plugin's manifest name.
   */
  plugin: string;
  /**
   * Validated against the plugin's own schema.
   */
  config?: {};
}
