/**
 * Run by the process tests in a child process (node + tsx): creates the `logger-stdout` plugin
 * with the config in AIGW_TEST_CONFIG (or, with AIGW_TEST_SINK_TIMEOUT_MS, a bare sink on stdout
 * with that close timeout), finishes AIGW_TEST_COUNT records, then closes. Its own logger and
 * progress go to stderr as JSON lines: `{"pushed":n,"ms":t}` once every record was handed over,
 * `{"closed":true}` once `close()` resolved.
 */

import { jsonLogger } from "@aigw/engine";
import type { HookContext } from "@aigw/plugin-api";
import { initContext, sampleRecord } from "@aigw/testkit";
import plugin from "../index.js";
import { StdoutSink } from "../stdout-sink.js";

const say = (fields: object) => process.stderr.write(`${JSON.stringify(fields)}\n`);
const logger = jsonLogger("debug", (line) => process.stderr.write(`${line}\n`));
const count = Number(process.env["AIGW_TEST_COUNT"] ?? "0");
const sinkTimeout = process.env["AIGW_TEST_SINK_TIMEOUT_MS"];
const pad = "p".repeat(Number(process.env["AIGW_TEST_PAD"] ?? "0"));

/** The loggers read nothing from the hook context. */
const ctx = {} as HookContext;

let write: (i: number) => void;
let close: () => Promise<void>;
if (sinkTimeout) {
  const sink = new StdoutSink({
    fd: 1,
    name: "stdout",
    levelKey: "level",
    messageKey: "msg",
    bufferBytes: 0,
    flushIntervalMs: 100,
    maxBufferBytes: 1 << 20,
    logger,
    closeTimeoutMs: Number(sinkTimeout),
  });
  write = (i) => sink.write("info", { requestId: `r-${i}`, pad }, "m");
  close = () => sink.close();
} else {
  const instance = await plugin.create(
    JSON.parse(process.env["AIGW_TEST_CONFIG"] ?? "{}"),
    initContext({ logger }),
  );
  const finish = instance.finish;
  if (!finish) throw new Error("logger-stdout has no finish hook");
  write = (i) => {
    const returned = finish.call(
      instance,
      sampleRecord({ requestId: `r-${i}`, tags: { pad: { text: pad } } }),
      ctx,
    );
    if (returned !== undefined) throw new Error("finish returned something: a request would wait on it");
  };
  close = async () => {
    await instance.close?.();
  };
}
const started = performance.now();
for (let i = 0; i < count; i++) write(i);
say({ pushed: count, ms: performance.now() - started });
await close();
say({ closed: true });
