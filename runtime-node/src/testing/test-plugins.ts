/**
 * Plugins for this package's tests (not built): a provider whose answers name the process that
 * served them (so `--workers` tests can tell workers apart), with optional delays and slow streams,
 * which records every abort it sees (in memory, and in a file for tests that spawn the CLI).
 * `installTestPlugins(dir)` makes it importable by package name from a config in `dir`.
 */
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chunkFromText, definePlugin, jsonResult } from "@aigw/plugin-api";

export interface TestProviderConfig {
  /** Wait before answering (a slow upstream). */
  delayMs?: number;
  /** Streamed answers send this many content chunks... */
  chunks?: number;
  /** ...this far apart. */
  chunkDelayMs?: number;
  /** Appends one line per aborted call here. */
  abortFile?: string;
}

/** Request ids whose call saw its signal abort, in this process. */
export const aborts: string[] = [];

/** The package name tests put in `plugins:`. */
export const TEST_PLUGINS_PACKAGE = "aigw-test-plugins";

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

function completion(content: string, model: string): string {
  return JSON.stringify({
    id: "chatcmpl-test",
    object: "chat.completion",
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  });
}

function chunk(content: string | undefined, model: string) {
  return chunkFromText(
    JSON.stringify({
      id: "chatcmpl-test",
      object: "chat.completion.chunk",
      created: 1_700_000_000,
      model,
      choices: [
        {
          index: 0,
          delta: content === undefined ? {} : { content },
          finish_reason: content === undefined ? "stop" : null,
        },
      ],
    }),
  );
}

export const testProvider = definePlugin({
  manifest: {
    name: "test-provider",
    kind: "provider",
    version: "0.0.0",
    engine: "^0.1.0",
    hooks: ["call", "models"],
    configSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        delayMs: { type: "integer", minimum: 0 },
        chunks: { type: "integer", minimum: 0 },
        chunkDelayMs: { type: "integer", minimum: 0 },
        abortFile: { type: "string" },
      },
    },
  },
  create(config: TestProviderConfig) {
    return {
      models: () => [{ id: "test-model", object: "model", created: 0, owned_by: "test" }],
      async call(ctx) {
        const { signal, requestId } = ctx;
        signal.addEventListener(
          "abort",
          () => {
            aborts.push(requestId);
            if (config.abortFile) appendFileSync(config.abortFile, `${requestId}\n`);
          },
          { once: true },
        );
        await sleep(config.delayMs ?? 0, signal);
        const model = ctx.request.model ?? "test-model";
        const who = `pid ${process.pid}`;
        if (!ctx.request.stream) return jsonResult(completion(who, model));
        async function* chunks() {
          for (let i = 0; i < (config.chunks ?? 1); i++) {
            if (i > 0) await sleep(config.chunkDelayMs ?? 0, signal);
            yield chunk(i === 0 ? who : ` part ${i}`, model);
          }
          yield chunk(undefined, model);
        }
        return { type: "stream", status: 200, chunks: chunks() };
      },
    };
  },
});

export default [testProvider];

/** Writes `node_modules/aigw-test-plugins` into `dir`, re-exporting this module. */
export function installTestPlugins(dir: string): void {
  const pkg = join(dir, "node_modules", TEST_PLUGINS_PACKAGE);
  mkdirSync(pkg, { recursive: true });
  writeFileSync(
    join(pkg, "package.json"),
    JSON.stringify({ name: TEST_PLUGINS_PACKAGE, type: "module", exports: { ".": "./index.js" } }),
  );
  // The CLI under test runs with tsx, so this TypeScript module can be imported from anywhere.
  const self = new URL("./test-plugins.ts", import.meta.url).href;
  writeFileSync(join(pkg, "index.js"), `export { default } from ${JSON.stringify(self)};\n`);
}
