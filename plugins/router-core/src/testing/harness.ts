/**
 * Test support: a real gateway (createGateway) over router-core's routers, the scripted
 * provider and the recorder, with a `chat` helper that returns the status, body and the
 * finished record (after the finish hooks ran).
 */
import { createGateway, type Gateway } from "@aigw/engine";
import type { Clock, Logger } from "@aigw/plugin-api";
import { plugins } from "../index.js";
import { newWorld, type ObservedRequest, recorder, scriptedProvider, type World } from "./scripted.js";

export interface NodeSpec {
  id: string;
  plugin: string;
  targets?: string[];
  config?: Record<string, unknown>;
}

export interface TestGateway {
  gateway: Gateway;
  world: World;
  chat(
    body?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; text: string; record: ObservedRequest }>;
}

export function silentLogger(): Logger {
  const noop = () => {};
  const logger: Logger = { debug: noop, info: noop, warn: noop, error: noop, child: () => logger };
  return logger;
}

/** The gateway with `nodes` (the first node is the terminal) and a recorder. */
export async function testGateway(
  nodes: NodeSpec[],
  world: World = newWorld(),
  extra: { stores?: { type: "redis"; url: string }; clock?: Clock } = {},
): Promise<TestGateway> {
  const records = new Map<string, ObservedRequest>();
  const gateway = await createGateway({
    config: {
      pipeline: { nodes: [{ id: "rec", plugin: "recorder" }, ...nodes] },
      logging: { level: "silent" },
      ...(extra.stores ? { stores: extra.stores } : {}),
    },
    plugins: [...plugins, scriptedProvider(world), recorder(records)],
    services: { logger: silentLogger(), ...(extra.clock ? { clock: extra.clock } : {}) },
  });
  return {
    gateway,
    world,
    async chat(body = {}, headers = {}) {
      const response = await gateway.fetch(
        new Request("http://gw/v1/chat/completions", {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "hi" }], ...body }),
        }),
      );
      const text = await response.text();
      await gateway.idle();
      const id = response.headers.get("x-request-id")!;
      return { status: response.status, headers: response.headers, text, record: records.get(id)! };
    },
  };
}
