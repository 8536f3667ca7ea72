/**
 * A real gateway (`createGateway`) with the Anthropic ingress in front of a scripted provider,
 * and helpers to call it and to read Anthropic event streams.
 */
import { createGateway, type Gateway } from "@aigw/engine";
import type { Logger } from "@aigw/plugin-api";
import type { AnthropicIngressConfig } from "../config.gen.js";
import ingress from "../index.js";
import { type Answer, type Script, script, scriptedProvider } from "./provider.js";

export function silentLogger(): Logger {
  const noop = () => {};
  const logger: Logger = { debug: noop, info: noop, warn: noop, error: noop, child: () => logger };
  return logger;
}

export interface TestGateway {
  gw: Gateway;
  script: Script;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
}

export async function testGateway(answer: Answer, config: AnthropicIngressConfig = {}): Promise<TestGateway> {
  const s = script(answer);
  const gw = await createGateway({
    config: {
      ingress: [{ id: "anthropic", plugin: "ingress-anthropic", config }],
      pipeline: { nodes: [{ id: "llm", plugin: "scripted-openai" }] },
    },
    plugins: [ingress, scriptedProvider(s)],
    services: { logger: silentLogger() },
  });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    gw.fetch(
      new Request(`http://gw${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
    );
  return { gw, script: s, post };
}

export interface Event {
  event: string;
  data: Record<string, unknown>;
}

/** Parses an Anthropic event stream (every event named, data one JSON line). */
export function parseEvents(text: string): Event[] {
  return text
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const lines = block.split("\n");
      const name = lines.find((l) => l.startsWith("event: "))?.slice("event: ".length);
      const data = lines
        .filter((l) => l.startsWith("data: "))
        .map((l) => l.slice("data: ".length))
        .join("\n");
      if (!name) throw new Error(`event without a name: ${block}`);
      return { event: name, data: JSON.parse(data) as Record<string, unknown> };
    });
}

/** A minimal valid Messages request. */
export function request(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { model: "claude-test", max_tokens: 100, messages: [{ role: "user", content: "Hi" }], ...extra };
}
