/**
 * The gateway config the runtime suite serves: the mock provider (a fixed reply, streamed a word
 * at a time with a delay, so a stream lasts about 1.5 s) behind the file logger, a small body
 * limit, memory stores; and a named pipeline `upstream` (picked with `x-aigw-config: upstream`)
 * where the OpenAI provider calls a fake upstream through the runtime's HTTP client. Written as
 * YAML, so every runtime also parses YAML, and naming the plugins as packages, so every runtime
 * resolves them itself.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";

export const REPLY = "alpha beta gamma delta epsilon zeta eta theta iota kappa";
export const CHUNK_DELAY_MS = 150;
export const MAX_BODY_BYTES = 16 * 1024;
export const MOCK_MODELS = ["mock", "mock-large"];
export const UPSTREAM_PIPELINE = "upstream";
export const UPSTREAM_API_KEY = "sk-runtime-conformance";

/** Writes `dir/aigw.yaml`, logging to `logFile`, with `upstreamUrl` as OpenAI; returns its path. */
export function writeRuntimeConfig(dir: string, logFile: string, upstreamUrl: string): string {
  const file = join(dir, "aigw.yaml");
  const yaml = `# The runtime conformance suite's gateway.
plugins: ["@aigw/providers-mock", "@aigw/logger-file", "@aigw/providers-openai"]
pipeline:
  nodes:
    - id: log
      plugin: logger-file
      config: { path: ${JSON.stringify(logFile)} }
    - id: mock
      plugin: providers-mock
      config:
        models: ${JSON.stringify(MOCK_MODELS)}
        reply: ${JSON.stringify(REPLY)}
        chunkDelayMs: ${CHUNK_DELAY_MS}
configs:
  ${UPSTREAM_PIPELINE}:
    nodes:
      - id: openai
        plugin: providers-openai
        config:
          baseUrl: ${JSON.stringify(`${upstreamUrl}/v1`)}
          apiKey: ${JSON.stringify(UPSTREAM_API_KEY)}
limits:
  maxBodyBytes: ${MAX_BODY_BYTES}
server:
  shutdownTimeoutMs: 15000
logging:
  level: warn
stores:
  type: memory
`;
  writeFileSync(file, yaml);
  return file;
}
