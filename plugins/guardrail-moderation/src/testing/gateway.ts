/**
 * Test helpers (excluded from the build): a real engine with the moderation guardrail in front
 * of a `providers-mock` node that answers the client, and a moderation node of any provider
 * (the mock, or providers-openai pointed at a fake upstream). Provider plugins are loaded by
 * package name, as a config file names them, so this plugin's code never imports another
 * plugin; a recorder keeps each finished request's record.
 */
import { createGateway, type Gateway } from "@aigw/engine";
import { definePlugin, type Logger, type Plugin } from "@aigw/plugin-api";
import type { ObservedRequest } from "@aigw/testkit";
import type { ModerationGuardrailConfig } from "../config.gen.js";
import moderation from "../index.js";

export type { ObservedRequest };

function silentLogger(): Logger {
  const noop = () => {};
  const logger: Logger = { debug: noop, info: noop, warn: noop, error: noop, child: () => logger };
  return logger;
}

function recorder(records: ObservedRequest[]) {
  return definePlugin({
    manifest: {
      name: "test-recorder",
      kind: "observer",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["finish"],
      configSchema: { type: "object", additionalProperties: false },
    },
    create: (_config: Record<string, never>) => ({
      finish(record, ctx) {
        records.push({ ...record, annotations: ctx.annotations });
      },
    }),
  });
}

export interface ModerationGatewayOptions {
  /** The guardrail's config; `node` defaults to `moderator`. */
  guard: Omit<ModerationGuardrailConfig, "node"> & { node?: string };
  /** The moderation node (default: a providers-mock node). */
  moderator?: { plugin: string; config?: Record<string, unknown> };
  /** The guardrail node's onError. */
  onError?: "open" | "closed";
  /** The answering mock's fixed reply (default: it quotes the last user message). */
  reply?: string;
}

export interface ModerationGateway {
  gateway: Gateway;
  /** Finished records, in the order requests finished (await `gateway.idle()` first). */
  records: ObservedRequest[];
  /** Sends a chat request whose last user message is `content`. */
  chat(content: string, extra?: Record<string, unknown>): Promise<Response>;
  /** Waits for observers, then the last finished record. */
  lastRecord(): Promise<ObservedRequest>;
}

export async function moderationGateway(options: ModerationGatewayOptions): Promise<ModerationGateway> {
  const records: ObservedRequest[] = [];
  const moderator = options.moderator ?? { plugin: "providers-mock" };
  const gateway = await createGateway({
    config: {
      plugins: ["@aigw/providers-mock", "@aigw/providers-openai"],
      pipeline: {
        nodes: [
          {
            id: "moderate",
            plugin: "guardrail-moderation",
            config: { node: "moderator", ...options.guard },
            uses: ["moderator"],
            ...(options.onError ? { onError: options.onError } : {}),
          },
          { id: "record", plugin: "test-recorder" },
          { id: "moderator", plugin: moderator.plugin, config: moderator.config ?? {} },
          {
            id: "llm",
            plugin: "providers-mock",
            config: options.reply === undefined ? {} : { reply: options.reply },
          },
        ],
      },
    },
    plugins: [moderation as Plugin<never>, recorder(records) as Plugin<never>],
    importPackage: (name) => import(name),
    services: { logger: silentLogger() },
  });
  return {
    gateway,
    records,
    chat: (content, extra = {}) =>
      gateway.fetch(
        new Request("http://gateway.test/v1/chat/completions", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ model: "mock", messages: [{ role: "user", content }], ...extra }),
        }),
      ),
    async lastRecord() {
      await gateway.idle();
      return records.at(-1)!;
    },
  };
}
