/**
 * Guardrail cost: what the input guardrail set (pii + injection + content) adds to a request with
 * a 2 KB prompt, and what an output guardrail adds per streamed chunk. In-process, through the
 * engine's `handle` (as the Node runtime calls it), against an instant provider, so the figure is
 * the guardrails and the engine's work for them, not sockets. Each variant is paired with the
 * same pipeline without the guardrails, in interleaved rounds of one run; reported: the median
 * per-request wall time and CPU time of each, and the difference.
 *
 * Run (after building): pnpm --filter @aigw/bench guardrails
 */
import { type Answer, createGateway, type IncomingCall } from "@aigw/engine";
import content from "@aigw/guardrail-content";
import injection from "@aigw/guardrail-injection";
import pii from "@aigw/guardrail-pii";
import type { Plugin } from "@aigw/plugin-api";
import { longRequestBody, SUPPORT_PROMPT } from "./http/payloads.js";
import { GUARDRAIL_CONTENT_RULES } from "./http/pipelines.js";
import { instantProvider } from "./instant-provider.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 4_000);
const STREAM_CHUNKS = 60;

const STREAM_TEXT = "Here is a streamed answer with nothing personal in it, long enough to be chunked. ";
const instant = instantProvider(
  Array.from({ length: STREAM_CHUNKS }, (_, i) => STREAM_TEXT.slice(i % 40, (i % 40) + 6)),
);

const prompt = SUPPORT_PROMPT;
const withPii = `${prompt.slice(0, 1900)} Reach me at jane.doe@example.com or +1 415 555 2671, card 4111 1111 1111 1111.`;
const body = (text: string, stream = false) => new TextEncoder().encode(longRequestBody(text, stream));

const inputGuards = [
  { id: "pii", plugin: "guardrail-pii", config: { action: "mask" } },
  { id: "injection", plugin: "guardrail-injection", config: {} },
  { id: "content", plugin: "guardrail-content", config: GUARDRAIL_CONTENT_RULES },
];

async function gateway(nodes: object[]) {
  return createGateway({
    config: {
      pipeline: { nodes: [...nodes, { id: "llm", plugin: "instant" }] },
      logging: { level: "silent" },
    },
    plugins: [pii, injection, content, instant] as Plugin[],
  });
}

type Handle = (call: IncomingCall) => Promise<Answer>;

async function drain(answer: Answer): Promise<void> {
  if (typeof answer.body === "string" || answer.body instanceof Uint8Array || !answer.body) return;
  for await (const _ of answer.body as AsyncIterable<unknown>) {
  }
}

/** Per-request wall and CPU microseconds over `count` sequential requests. */
async function round(
  handle: Handle,
  bytes: Uint8Array,
  count: number,
): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const answer = await handle({
      method: "POST",
      url: "http://bench/v1/chat/completions",
      path: "/v1/chat/completions",
      headers: new Headers({ "content-type": "application/json", host: "bench" }),
      body: async () => bytes,
    });
    if (answer.status !== 200) throw new Error(`status ${answer.status}`);
    await drain(answer);
  }
  const wall = Number(process.hrtime.bigint() - t0) / 1_000 / count;
  const used = process.cpuUsage(cpu0);
  return { wall, cpu: (used.user + used.system) / count };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Pair {
  name: string;
  base: Handle;
  system: Handle;
  bytes: Uint8Array;
  perRequestUnits?: number;
}

const bare = await gateway([]);
const guarded = await gateway(inputGuards);
const outputPii = await gateway([
  { id: "pii", plugin: "guardrail-pii", config: { on: ["output"], action: "mask" } },
]);
const pairs: Pair[] = [
  {
    name: "input set, 2 KB prompt, nothing found",
    base: bare.handle,
    system: guarded.handle,
    bytes: body(prompt),
  },
  {
    name: "input set, 2 KB prompt, 3 values masked",
    base: bare.handle,
    system: guarded.handle,
    bytes: body(withPii),
  },
  {
    name: `pii on a ${STREAM_CHUNKS}-chunk stream (per chunk)`,
    base: bare.handle,
    system: outputPii.handle,
    bytes: body("hi", true),
    perRequestUnits: STREAM_CHUNKS + 1,
  },
];

for (const pair of pairs) {
  await round(pair.base, pair.bytes, PER_ROUND);
  await round(pair.system, pair.bytes, PER_ROUND);
}
const results = [];
for (const pair of pairs) {
  const base = { wall: [] as number[], cpu: [] as number[] };
  const system = { wall: [] as number[], cpu: [] as number[] };
  const diffs = { wall: [] as number[], cpu: [] as number[] };
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate which goes first, so drift (GC, JIT, the other core) hits both alike.
    const order = r % 2 === 0 ? ["base", "system"] : ["system", "base"];
    const got: Record<string, { wall: number; cpu: number }> = {};
    for (const which of order)
      got[which] = await round(which === "base" ? pair.base : pair.system, pair.bytes, PER_ROUND);
    base.wall.push(got.base!.wall);
    base.cpu.push(got.base!.cpu);
    system.wall.push(got.system!.wall);
    system.cpu.push(got.system!.cpu);
    diffs.wall.push(got.system!.wall - got.base!.wall);
    diffs.cpu.push(got.system!.cpu - got.base!.cpu);
  }
  const units = pair.perRequestUnits ?? 1;
  results.push({
    pair: pair.name,
    baseWallUs: +median(base.wall).toFixed(2),
    withWallUs: +median(system.wall).toFixed(2),
    baseCpuUs: +median(base.cpu).toFixed(2),
    withCpuUs: +median(system.cpu).toFixed(2),
    addedWallUs: +(median(diffs.wall) / units).toFixed(2),
    addedCpuUs: +(median(diffs.cpu) / units).toFixed(2),
  });
}
console.log(
  JSON.stringify({ node: process.version, rounds: ROUNDS, requestsPerRound: PER_ROUND, results }, null, 2),
);
