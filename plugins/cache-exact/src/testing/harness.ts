/**
 * Test support: a gateway with the exact cache between a stand-in auth node and the scripted
 * provider, over the memory store or Redis, and helpers to call it as a client does.
 */
import { createGateway, type Gateway } from "@aigw/engine";
import type {
  Clock,
  HookContext,
  JsonObject,
  JsonValue,
  Logger,
  Principal,
  RequestRecord,
  StoreFactory,
} from "@aigw/plugin-api";
import { collectSse } from "@aigw/testkit";
import type { ExactCacheConfig } from "../config.gen.js";
import cacheExact from "../index.js";
import { RequestKeys } from "../key.js";
import { forbidGuard, recorder, scriptedProvider, testAuth, type Upstream } from "./plugins.js";

/** One line a logger was given. */
export interface LogLine {
  level: string;
  message: string;
}

/** A logger that keeps every line. */
export function keepingLogger(lines: LogLine[]): Logger {
  const at = (level: string) => (_fields: Record<string, unknown>, message?: string) => {
    lines.push({ level, message: message ?? "" });
  };
  const logger: Logger = {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: () => logger,
  };
  return logger;
}

/** What a test gets: the gateway and what happened behind it. */
export interface CacheGateway {
  gateway: Gateway;
  upstream: Upstream;
  records: RequestRecord[];
  logs: LogLine[];
  /** The cache node's id (unique per gateway, so each test has a namespace of its own). */
  node: string;
  /** POSTs `body` to `path`; JSON or SSE according to `body.stream`. */
  post(body: JsonObject | string, headers?: Record<string, string>, path?: string): Promise<Reply>;
  /**
   * Resolves once the answer to `body` is in the store (at once in memory; a write in flight to
   * Redis), and when `containing` is given, once the stored answer contains that text.
   */
  stored(
    body: JsonObject,
    options?: {
      principal?: Principal;
      endpoint?: string;
      containing?: string;
      headers?: Record<string, string>;
    },
  ): Promise<void>;
  /** The finished requests' records, once every observer ran. */
  settledRecords(): Promise<RequestRecord[]>;
  close(): Promise<void>;
}

/** A client's view of one answer. */
export interface Reply {
  status: number;
  headers: Headers;
  /** The JSON body, for a JSON answer. */
  json?: JsonValue;
  /** Every SSE data payload but `[DONE]`, for a stream. */
  events?: string[];
  /** Whether a stream ended with `[DONE]`. */
  done?: boolean;
}

export interface HarnessOptions {
  /** A store factory of its own for this gateway (the engine closes it); memory when absent. */
  stores?: () => Promise<StoreFactory>;
  /** Reads the shared store of a node (Redis), to wait for writes in flight. */
  peek?: (namespace: string) => Promise<{ get(key: string): Promise<unknown>; close(): Promise<void> }>;
  clock?: Clock;
  /** Put the output check between the cache and the provider. */
  guard?: boolean;
}

let counter = 0;

export async function cacheGateway(
  cache: ExactCacheConfig,
  options: HarnessOptions = {},
): Promise<CacheGateway> {
  const upstream: Upstream = { calls: 0 };
  const records: RequestRecord[] = [];
  const logs: LogLine[] = [];
  const node = `cache_${Date.now().toString(36)}_${process.pid}_${counter++}`;
  const services: Record<string, unknown> = { logger: keepingLogger(logs) };
  if (options.stores) services.stores = await options.stores();
  if (options.clock) services.clock = options.clock;
  const gateway = await createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "auth", plugin: "test-auth" },
          { id: node, plugin: "cache-exact", needs: ["auth"], config: cache },
          ...(options.guard ? [{ id: "guard", plugin: "forbid-guard", needs: [node] }] : []),
          { id: "rec", plugin: "recorder" },
          { id: "llm", plugin: "scripted-llm" },
        ],
      },
    },
    plugins: [cacheExact, testAuth, forbidGuard, recorder(records), scriptedProvider(upstream)],
    services,
  });
  const peek = options.peek ? await options.peek(`cache-exact:${node}`) : undefined;
  const keys = new RequestKeys({ partition: cache.partition ?? "none", vary: cache.vary ?? [] });
  return {
    gateway,
    upstream,
    records,
    logs,
    node,
    post: (body, headers, path) => post(gateway, body, headers, path),
    async stored(body, { principal, endpoint = "chat.completions", containing, headers } = {}) {
      if (!peek) return;
      const request = { endpoint, body, headers: new Headers(headers) };
      const ctx = { request, config: "default", annotations: { principal } };
      const key = keys.key(ctx as unknown as HookContext);
      const deadline = Date.now() + 5000;
      for (;;) {
        const slot = await peek.get(`k:${key}`);
        const record = slot === undefined ? undefined : await peek.get(`s:${slot}`);
        if (record !== undefined && (containing === undefined || JSON.stringify(record).includes(containing)))
          return;
        if (Date.now() > deadline) throw new Error("the answer never reached the store");
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async settledRecords() {
      await gateway.idle();
      return records;
    },
    async close() {
      await gateway.close();
      await peek?.close();
    },
  };
}

const PATHS: Record<string, string> = {
  "chat.completions": "/v1/chat/completions",
  completions: "/v1/completions",
  embeddings: "/v1/embeddings",
  moderations: "/v1/moderations",
};

/** POSTs a body to the gateway and reads the whole answer. */
export async function post(
  gateway: Gateway,
  body: JsonObject | string,
  headers: Record<string, string> = {},
  path = PATHS["chat.completions"]!,
): Promise<Reply> {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const response = await gateway.fetch(
    new Request(`http://gateway${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: text,
    }),
  );
  if ((response.headers.get("content-type") ?? "").includes("text/event-stream")) {
    const all = await collectSse(response);
    const done = all.at(-1) === "[DONE]";
    return {
      status: response.status,
      headers: response.headers,
      events: done ? all.slice(0, -1) : all,
      done,
    };
  }
  return { status: response.status, headers: response.headers, json: (await response.json()) as JsonValue };
}

export { PATHS };
