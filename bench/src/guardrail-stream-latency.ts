/**
 * Guardrail stream latency: how much later streamed text reaches the client when an output
 * guardrail checks it, at a model's pace. A provider streams a 600-character answer in 4-character
 * tokens, one every BENCH_TOKEN_MS (default 15 ms, about 65 tokens a second); each character's
 * delay is the time between the provider yielding it and the client receiving it, through the
 * engine's `handle` in-process. Compared: no guardrail, `guardrail-pii` masking the output (it
 * holds back only the word being written, or a value being written), `guardrail-content` with a
 * word list (it holds back the longest word's length) and with a regex on the output (a check that
 * cannot tell where a match may start, so it holds back `stream.holdBackChars`, default 128).
 *
 * Run (after building): pnpm --filter @aigw/bench guardrail-latency
 */
import { createGateway } from "@aigw/engine";
import content from "@aigw/guardrail-content";
import pii from "@aigw/guardrail-pii";
import { chunkFromText, definePlugin, type Plugin } from "@aigw/plugin-api";
import { instantChunk } from "./instant-provider.js";

const TOKEN_MS = Number(process.env.BENCH_TOKEN_MS ?? 15);
const STREAMS = Number(process.env.BENCH_STREAMS ?? 5);
const TOKEN = 4;

const ANSWER = (
  "Thanks for reaching out about your order. It left our warehouse on Monday and the carrier " +
  "expects to deliver it by Thursday afternoon. If it has not arrived by Friday, reply to this " +
  "message and we will send a replacement at no cost, or refund the full amount to the card you " +
  "paid with, whichever you prefer. You can also track the parcel on the carrier's site with the " +
  "tracking number in your confirmation email, and change the delivery address there until the " +
  "day before it is due. We are sorry for the wait and appreciate your patience with us. "
).slice(0, 600);

/** When each character of the answer was yielded by the provider, in ms (performance.now). */
let emitted: number[] = [];

const paced = definePlugin({
  manifest: {
    name: "paced",
    kind: "provider",
    version: "0.0.0",
    engine: "^0.1.0",
    hooks: ["call"],
    configSchema: { type: "object" },
  },
  create: () => ({
    async call() {
      async function* chunks() {
        for (let at = 0; at < ANSWER.length; at += TOKEN) {
          await new Promise((resolve) => setTimeout(resolve, TOKEN_MS));
          const text = ANSWER.slice(at, at + TOKEN);
          const now = performance.now();
          for (let i = 0; i < text.length; i++) emitted.push(now);
          yield chunkFromText(instantChunk(text));
        }
        yield chunkFromText(instantChunk(undefined));
      }
      return { type: "stream" as const, status: 200, chunks: chunks() };
    },
  }),
});

async function gateway(nodes: object[]) {
  return createGateway({
    config: { pipeline: { nodes: [...nodes, { id: "llm", plugin: "paced" }] }, logging: { level: "silent" } },
    plugins: [pii, content, paced] as Plugin[],
  });
}

const VARIANTS: [name: string, nodes: object[]][] = [
  ["no guardrail", []],
  [
    "guardrail-pii on the output (mask)",
    [{ id: "pii", plugin: "guardrail-pii", config: { on: ["output"], action: "mask" } }],
  ],
  [
    "guardrail-content word list on the output (holds back its longest word)",
    [
      {
        id: "content",
        plugin: "guardrail-content",
        config: {
          on: ["output"],
          rules: [{ type: "words", name: "rivals", categories: { rivals: ["acme", "globex", "initech"] } }],
        },
      },
    ],
  ],
  [
    "guardrail-content regex on the output (holds back 128 characters)",
    [
      {
        id: "content",
        plugin: "guardrail-content",
        config: {
          on: ["output"],
          rules: [{ type: "regex", name: "no-sql", pattern: "drop\\s+table", flags: "i" }],
        },
      },
    ],
  ],
];

const decoder = new TextDecoder();

/** Per-character delays (ms) and the time to the first text of one streamed request. */
async function measure(handle: Awaited<ReturnType<typeof gateway>>["handle"]) {
  emitted = [];
  const started = performance.now();
  const answer = await handle({
    method: "POST",
    url: "http://bench/v1/chat/completions",
    path: "/v1/chat/completions",
    headers: new Headers({ "content-type": "application/json", host: "bench" }),
    body: async () =>
      new TextEncoder().encode(
        JSON.stringify({ model: "m", stream: true, messages: [{ role: "user", content: "hi" }] }),
      ),
  });
  const delays: number[] = [];
  let firstText = Number.NaN;
  let received = 0;
  let pending = "";
  for await (const piece of answer.body as AsyncIterable<Uint8Array | string>) {
    const now = performance.now();
    pending += typeof piece === "string" ? piece : decoder.decode(piece, { stream: true });
    let end = pending.indexOf("\n\n");
    for (; end >= 0; end = pending.indexOf("\n\n")) {
      const event = pending.slice(0, end);
      pending = pending.slice(end + 2);
      if (!event.startsWith("data: {")) continue;
      const data = JSON.parse(event.slice(6)) as { choices?: { delta?: { content?: string } }[] };
      const text = data.choices?.[0]?.delta?.content ?? "";
      if (text && Number.isNaN(firstText)) firstText = now - started;
      for (let i = 0; i < text.length; i++) delays.push(now - emitted[received++]!);
    }
  }
  if (received !== ANSWER.length) throw new Error(`received ${received} of ${ANSWER.length} characters`);
  return { delays, firstText };
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

const results = [];
for (const [name, nodes] of VARIANTS) {
  const g = await gateway(nodes);
  await measure(g.handle);
  const delays: number[] = [];
  const firsts: number[] = [];
  for (let i = 0; i < STREAMS; i++) {
    const m = await measure(g.handle);
    delays.push(...m.delays);
    firsts.push(m.firstText);
  }
  results.push({
    variant: name,
    delayMsP50: +pct(delays, 0.5).toFixed(2),
    delayMsP90: +pct(delays, 0.9).toFixed(2),
    delayMsMax: +Math.max(...delays).toFixed(2),
    firstTextMsP50: +pct(firsts, 0.5).toFixed(2),
  });
  await g.close();
}
console.log(
  JSON.stringify(
    { node: process.version, tokenMs: TOKEN_MS, tokenChars: TOKEN, streams: STREAMS, results },
    null,
    2,
  ),
);
