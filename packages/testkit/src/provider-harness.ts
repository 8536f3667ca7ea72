/**
 * A provider plugin's tests against the real engine (`createGateway`): one node of the
 * provider pointed at a fake upstream (a real HTTP server on 127.0.0.1), the fetch-based HTTP
 * client, a spy observer that hands over each finished request record (usage, route attempts,
 * served-by), a logger that keeps warnings, and optionally a stand-in credential vault. Each
 * provider keeps a small helper with its own defaults (node config, environment, clock) that
 * calls `startProviderHarness`.
 */
import { createGateway, fetchHttpClient, type Gateway } from "@aigw/engine";
import {
  type Clock,
  definePlugin,
  type Logger,
  type Plugin,
  type RequestAnnotations,
  type RequestRecord,
} from "@aigw/plugin-api";
import type { Script } from "./replies.js";
import { type FakeUpstream, startFakeUpstream } from "./server.js";
import { testVault } from "./test-vault.js";

/** A finished request's record, with the annotations plugins wrote while it ran (for tests). */
export type ObservedRequest = RequestRecord & { annotations: RequestAnnotations };

export interface ProviderHarnessSetup {
  /** The provider under test. */
  plugin: Plugin<never>;
  /** Its node's id (default `llm`). */
  nodeId?: string | undefined;
  /** The node's config, from the fake upstream's URL; keys set to `undefined` are left out. */
  config(upstreamUrl: string): Record<string, unknown>;
  /** The environment plugins read (API keys). */
  env: Record<string, string>;
  /** Replaces the engine's clock. */
  clock?: Clock | undefined;
  /** Credentials of a stand-in vault (`testVault`), read on each lookup; no vault when absent. */
  credentials?: ReadonlyMap<string, string> | undefined;
  /** Replaces the logger (which otherwise keeps only warnings, in `warnings`). */
  logger?: Logger | undefined;
  /** Gateway config beside the pipeline (e.g. `capabilities`, `pricing`). */
  gateway?: Record<string, unknown> | undefined;
  /** Ingress plugins in front of the pipeline (e.g. `nativeIngress`), one entry each. */
  ingress?: readonly Plugin<never>[] | undefined;
}

export interface ProviderHarness {
  gateway: Gateway;
  upstream: FakeUpstream;
  /** Warnings logged by the gateway and its plugins. */
  warnings: string[];
  /** Resolves with the record of the next request to finish. */
  nextFinished(): Promise<ObservedRequest>;
  /** POSTs a JSON body (a string is sent as is) to the gateway. */
  post(
    path: string,
    body: unknown,
    init?: { headers?: Record<string, string>; signal?: AbortSignal },
  ): Promise<Response>;
  /** GETs a path of the gateway. */
  get(path: string): Promise<Response>;
  /** Closes the gateway, then the fake upstream. */
  close(): Promise<void>;
}

export async function startProviderHarness(
  script: Script,
  setup: ProviderHarnessSetup,
): Promise<ProviderHarness> {
  const upstream = await startFakeUpstream(script);
  const warnings: string[] = [];
  const waiting: ((record: ObservedRequest) => void)[] = [];
  const spy = definePlugin({
    manifest: {
      name: "spy",
      kind: "observer",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["finish"],
      configSchema: { type: "object" },
    },
    create: (_config: Record<string, never>) => ({
      finish(record, ctx) {
        waiting.shift()?.({ ...record, annotations: ctx.annotations });
      },
    }),
  });
  const vault = setup.credentials ? testVault(setup.credentials) : undefined;
  const config = Object.fromEntries(
    Object.entries(setup.config(upstream.url)).filter(([, value]) => value !== undefined),
  );
  const ingress = setup.ingress ?? [];
  const gateway = await createGateway({
    config: {
      ...setup.gateway,
      ingress: ingress.map((plugin) => ({ id: plugin.manifest.name, plugin: plugin.manifest.name })),
      pipeline: {
        nodes: [
          { id: setup.nodeId ?? "llm", plugin: setup.plugin.manifest.name, config },
          { id: "spy", plugin: "spy" },
          ...(vault ? [{ id: "vault", plugin: vault.manifest.name }] : []),
        ],
      },
    },
    plugins: [setup.plugin, spy, ...(vault ? [vault] : []), ...ingress],
    services: {
      http: fetchHttpClient(),
      logger: setup.logger ?? recordingLogger(warnings),
      ...(setup.clock ? { clock: setup.clock } : {}),
    },
    env: setup.env,
  });
  return {
    gateway,
    upstream,
    warnings,
    nextFinished: () => new Promise((resolve) => waiting.push(resolve)),
    post: (path, body, init = {}) =>
      gateway.fetch(
        new Request(`http://gateway.test${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", ...init.headers },
          body: typeof body === "string" ? body : JSON.stringify(body),
          signal: init.signal,
        }),
      ),
    get: (path) => gateway.fetch(new Request(`http://gateway.test${path}`)),
    async close() {
      await gateway.close(2_000);
      await upstream.close();
    },
  };
}

/** A logger that drops everything but keeps warning messages. */
export function recordingLogger(warnings: string[]): Logger {
  const noop = () => {};
  const logger: Logger = {
    debug: noop,
    info: noop,
    warn: (_fields, message) => {
      warnings.push(message ?? "");
    },
    error: noop,
    child: () => logger,
  };
  return logger;
}
