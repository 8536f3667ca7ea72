/** Builds a gateway over the test plugins and sends OpenAI-shaped requests to its fetch handler. */
import { createGateway, type Gateway } from "../gateway.js";
import { type Journal, newJournal, testPlugins } from "./probe-plugins.js";

export interface TestGateway {
  gateway: Gateway;
  journal: Journal;
  chat(
    body?: Record<string, unknown>,
    init?: { headers?: Record<string, string>; signal?: AbortSignal },
  ): Promise<Response>;
}

export async function testGateway(config: unknown): Promise<TestGateway> {
  const journal = newJournal();
  const gateway = await createGateway({
    config,
    plugins: testPlugins(journal),
    services: { logger: silentLogger() },
  });
  return {
    gateway,
    journal,
    chat: (body = {}, init = {}) =>
      gateway.fetch(
        new Request("http://gateway.test/v1/chat/completions", {
          method: "POST",
          headers: { "content-type": "application/json", ...init.headers },
          body: JSON.stringify({ model: "test-model", messages: [{ role: "user", content: "hi" }], ...body }),
          signal: init.signal,
        }),
      ),
  };
}

import type { Logger } from "@aigw/plugin-api";

export function silentLogger(): Logger {
  const noop = () => {};
  const logger: Logger = { debug: noop, info: noop, warn: noop, error: noop, child: () => logger };
  return logger;
}

/** Waits until observers (finish hooks) have run. */
export async function settled(gateway: Gateway): Promise<void> {
  await gateway.idle();
}
