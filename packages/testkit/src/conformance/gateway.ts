/** Starts the real engine with one provider node pointed at a fake upstream, for the suite. */
import { createGateway, type Gateway } from "@aigw/engine";
import type { Logger } from "@aigw/plugin-api";
import type { Script } from "../replies.js";
import { type FakeUpstream, startFakeUpstream } from "../server.js";
import type { ProviderConformance } from "./types.js";

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

export interface SuiteGateway {
  upstream: FakeUpstream;
  gateway: Gateway;
  post(path: string, body: unknown): Promise<Response>;
  close(): Promise<void>;
}

export async function suiteGateway(suite: ProviderConformance, script: Script): Promise<SuiteGateway> {
  const upstream = await startFakeUpstream(script);
  const gateway = await createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "provider", plugin: suite.plugin.manifest.name, config: suite.nodeConfig(upstream.url) },
        ],
      },
    },
    plugins: [suite.plugin],
    env: suite.env ?? {},
    services: { logger: silent },
  });
  return {
    upstream,
    gateway,
    post: (path, body) =>
      gateway.fetch(
        new Request(`http://gateway.test${path}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
      ),
    close: async () => {
      await gateway.close(1_000);
      await upstream.close();
    },
  };
}
