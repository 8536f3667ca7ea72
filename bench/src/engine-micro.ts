/**
 * Engine micro-benchmark: the engine's own time per request for a pipeline of N no-op plugins
 * in front of a no-op provider, measured in-process (no sockets), so the figure is the engine
 * alone. Two entries: `gateway.fetch` (WHATWG Request/Response; the time of building and reading
 * those, the "floor", is subtracted) and `gateway.handle` (plain parts, as the Node runtime calls
 * it; the call object and a `Headers` are built per request, as the runtime does). Reports
 * per-request time for 0 and 6 no-op nodes and the marginal cost of the 6, each the median of
 * several timed rounds after a warm-up; and, paired with the provider-only pipeline, a provider
 * that first fits each request to its model (the capability table: `gpt-4o`, listed with a
 * maximum output, and a request it accepts as it is, the common case).
 *
 * Run: pnpm --filter @aigw/bench engine   (after a build; it imports the built packages)
 */
import { type Answer, createGateway, type IncomingCall } from "@aigw/engine";
import { definePlugin } from "@aigw/plugin-api";
import { INSTANT_ANSWER, instantProvider } from "./instant-provider.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 40_000);

const noop = definePlugin({
  manifest: {
    name: "noop",
    kind: "transform",
    version: "0.0.0",
    engine: "^0.1.0",
    hooks: ["request"],
    configSchema: { type: "object" },
  },
  create: () => ({ request: () => undefined }),
});

/** An observer that does nothing with the record: what building and handing over the record costs. */
const watcher = definePlugin({
  manifest: {
    name: "watcher",
    kind: "observer",
    version: "0.0.0",
    engine: "^0.1.0",
    hooks: ["finish"],
    configSchema: { type: "object" },
  },
  create: () => ({ finish: () => undefined }),
});

const provider = instantProvider();
const fitted = instantProvider([], { provider: "openai", model: "gpt-4o" });
const answer = INSTANT_ANSWER;

const body = JSON.stringify({ model: "m", messages: [{ role: "user", content: "Say hello in one word." }] });

async function gatewayWith(nodes: number, observer = false, terminal = "instant") {
  const pipeline = [...Array(nodes).keys()].map((i) => ({
    id: `n${i}`,
    plugin: "noop",
    ...(i > 0 ? { needs: [`n${i - 1}`] } : {}),
  }));
  return createGateway({
    config: {
      pipeline: {
        nodes: [
          ...pipeline,
          ...(observer ? [{ id: "watch", plugin: "watcher" }] : []),
          { id: "llm", plugin: terminal },
        ],
      },
      logging: { level: "silent" },
    },
    plugins: [noop, watcher, provider, fitted],
  });
}

type Handler = (r: Request) => Promise<Response>;

async function round(fetch: Handler, count: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const response = await fetch(new Request("http://bench/v1/chat/completions", { method: "POST", body }));
    await response.text();
  }
  return Number(process.hrtime.bigint() - start) / 1_000 / count;
}

type CallHandler = (call: IncomingCall) => Promise<Answer>;
const bodyBytes = new TextEncoder().encode(body);

async function callRound(handle: CallHandler, count: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    // Observers run on a timer after the answer: let them, as a server's event loop would.
    if (i % 64 === 63) await new Promise((resolve) => setImmediate(resolve));
    const answer = await handle({
      method: "POST",
      url: "http://bench/v1/chat/completions",
      path: "/v1/chat/completions",
      headers: new Headers({ "content-type": "application/json", host: "bench" }),
      body: async () => bodyBytes,
    });
    if (typeof answer.body !== "string") throw new Error("expected a JSON answer");
  }
  return Number(process.hrtime.bigint() - start) / 1_000 / count;
}

/** The floor: building the Request and reading a Response, with no engine at all. */
const floor: Handler = async (request) => {
  await request.arrayBuffer();
  return new Response(answer, { headers: { "content-type": "application/json" } });
};

const zero = await gatewayWith(0);
const six = await gatewayWith(6);
const watched = await gatewayWith(0, true);
const adapting = await gatewayWith(0, false, "instant-fitted");
const variants: [string, Handler][] = [
  ["floor", floor],
  ["zero", (r) => zero.fetch(r)],
  ["six", (r) => six.fetch(r)],
];
const callVariants: [string, CallHandler][] = [
  ["handle-zero", (c) => zero.handle(c)],
  ["handle-six", (c) => six.handle(c)],
  ["handle-observer", (c) => watched.handle(c)],
  ["handle-fitted", (c) => adapting.handle(c)],
];
// Warm every variant up, then interleave their rounds so drift (GC, JIT, CPU) hits all alike.
for (const [, fetch] of variants) await round(fetch, 10_000);
for (const [, handle] of callVariants) await callRound(handle, 10_000);
const samples = new Map<string, number[]>([...variants, ...callVariants].map(([name]) => [name, []]));
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, fetch] of variants) samples.get(name)!.push(await round(fetch, PER_ROUND));
  for (const [name, handle] of callVariants) samples.get(name)!.push(await callRound(handle, PER_ROUND));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const [f, z, s6, h0, h6, hObs, hFit] = [
  "floor",
  "zero",
  "six",
  "handle-zero",
  "handle-six",
  "handle-observer",
  "handle-fitted",
].map((n) => median(samples.get(n)!)) as [number, number, number, number, number, number, number];
const result = {
  node: process.version,
  requestsPerRound: PER_ROUND,
  rounds: ROUNDS,
  floorUs: +f.toFixed(2),
  engine0NodesUs: +(z - f).toFixed(2),
  engine6NodesUs: +(s6 - f).toFixed(2),
  sixNoopNodesMarginalUs: +(s6 - z).toFixed(2),
  handle0NodesUs: +h0.toFixed(2),
  handle6NodesUs: +h6.toFixed(2),
  handleObserverUs: +hObs.toFixed(2),
  handleFittedProviderUs: +hFit.toFixed(2),
  fittingMarginalUs: +(hFit - h0).toFixed(2),
};
console.log(JSON.stringify(result, null, 2));
