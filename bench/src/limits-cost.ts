/**
 * Limiter cost: what the limits node adds to a request.
 * - CPU, in-process through the engine's `handle`, against the instant provider: a principal
 *   with a key and a team policy (requests and tokens per minute, a monthly budget: five
 *   counters in one reservation) in front of the provider, paired with the same pipeline without
 *   the limits node, on memory quotas, in interleaved rounds; reported: the median per-request
 *   wall and CPU time of each and the difference (reservation, settlement, headers). Twice: on
 *   the bare pipeline (`cpu`: the limits node is the only observer, so it also pays for the
 *   request record and the finish phase), and with a logger that does nothing in both pipelines
 *   (`cpuWithLogger`: what the node adds to a gateway that logs, as deployed ones do).
 * - Redis round trips: the same pipeline on `stores: redis` (a redis-server of the benchmark's
 *   own, on a free port), counting the commands Redis processed (INFO commandstats) over N
 *   requests: with request limits only (nothing to settle) and with tokens and a budget (one
 *   settlement after the answer). Skipped when the engine gives no Redis quotas.
 *
 * Run (after building): pnpm --filter @aigw/bench limits
 */
import { spawn } from "node:child_process";
import { connect, createServer } from "node:net";
import { type Answer, createGateway, type IncomingCall } from "@aigw/engine";
import limits from "@aigw/limits-quota";
import { definePlugin, type Plugin } from "@aigw/plugin-api";
import { instantProvider } from "./instant-provider.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 4_000);
const REDIS_REQUESTS = Number(process.env.BENCH_REDIS_REQUESTS ?? 1_000);

type Handle = (call: IncomingCall) => Promise<Answer>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const POLICIES = [
  {
    scope: "key",
    id: "bench-key",
    requestsPerMinute: 1e12,
    tokensPerMinute: 1e15,
    budget: { limitUsd: 1e9, period: "monthly" },
  },
  { scope: "team", id: "bench-team", requestsPerMinute: 1e12, tokensPerMinute: 1e15 },
];
const RATE_ONLY = [{ scope: "key", id: "bench-key", requestsPerMinute: 1e12 }];

/** Sets the same principal on every request, as an auth node with a cached key would. */
function principal(quotas: object[]) {
  return definePlugin({
    manifest: {
      name: "bench-principal",
      kind: "auth",
      version: "0",
      engine: "^0.1.0",
      hooks: ["request"],
      configSchema: { type: "object" },
    },
    create: () => ({
      request(ctx) {
        ctx.annotations.principal = { keyId: "bench-key", team: "bench-team", quotas } as never;
      },
    }),
  });
}

/** A logger that does nothing: the record is built and handed over, as to any logger. */
const nullLogger = definePlugin({
  manifest: {
    name: "bench-null-logger",
    kind: "logger",
    version: "0",
    engine: "^0.1.0",
    hooks: ["finish"],
    configSchema: { type: "object" },
  },
  create: () => ({ finish() {} }),
});

async function gateway(withLimits: boolean, quotas: object[], withLogger = false) {
  return createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "auth", plugin: "bench-principal" },
          ...(withLimits ? [{ id: "limits", plugin: "limits-quota", needs: ["auth"] }] : []),
          ...(withLogger ? [{ id: "log", plugin: "bench-null-logger" }] : []),
          { id: "llm", plugin: "instant" },
        ],
      },
      logging: { level: "silent" },
    },
    plugins: [principal(quotas), limits, nullLogger, instantProvider()] as Plugin[],
  });
}

const BODY = new TextEncoder().encode(
  JSON.stringify({ model: "gpt-4o", max_tokens: 100, messages: [{ role: "user", content: "Hello there" }] }),
);

async function round(
  handle: Handle,
  count: number,
  idle: () => Promise<void>,
): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const answer = await handle({
      method: "POST",
      url: "http://bench/v1/chat/completions",
      path: "/v1/chat/completions",
      headers: new Headers({ "content-type": "application/json", host: "bench" }),
      body: async () => BODY,
    });
    if (answer.status !== 200) throw new Error(`status ${answer.status}`);
  }
  // Settlements run after each answer: count them in the round.
  await idle();
  const wall = Number(process.hrtime.bigint() - t0) / 1_000 / count;
  const used = process.cpuUsage(cpu0);
  return { wall, cpu: (used.user + used.system) / count };
}

async function cpuCost(withLogger: boolean) {
  const bare = await gateway(false, POLICIES, withLogger);
  const limited = await gateway(true, POLICIES, withLogger);
  for (let i = 0; i < 3; i++) {
    await round(bare.handle, PER_ROUND, () => bare.idle());
    await round(limited.handle, PER_ROUND, () => limited.idle());
  }
  const added = { wall: [] as number[], cpu: [] as number[] };
  const base = { wall: [] as number[], cpu: [] as number[] };
  for (let r = 0; r < ROUNDS; r++) {
    const got: Record<string, { wall: number; cpu: number }> = {};
    for (const which of r % 2 === 0 ? ["base", "limits"] : ["limits", "base"]) {
      const g = which === "base" ? bare : limited;
      got[which] = await round(g.handle, PER_ROUND, () => g.idle());
    }
    base.wall.push(got.base!.wall);
    base.cpu.push(got.base!.cpu);
    added.wall.push(got.limits!.wall - got.base!.wall);
    added.cpu.push(got.limits!.cpu - got.base!.cpu);
  }
  await bare.close();
  await limited.close();
  return {
    baseWallUs: +median(base.wall).toFixed(2),
    baseCpuUs: +median(base.cpu).toFixed(2),
    addedWallUs: +median(added.wall).toFixed(2),
    addedCpuUs: +median(added.cpu).toFixed(2),
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** `INFO commandstats` over a raw socket: calls per command. */
function commandCalls(port: number): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write("INFO commandstats\r\n"));
    let text = "";
    socket.setEncoding("utf8").on("data", (chunk: string) => {
      text += chunk;
      const header = /^\$(\d+)\r\n/.exec(text);
      if (header && Buffer.byteLength(text) >= header[0].length + Number(header[1])) {
        socket.end();
        const calls = new Map<string, number>();
        for (const match of text.matchAll(/cmdstat_([a-z|]+):calls=(\d+)/g))
          calls.set(match[1]!, Number(match[2]));
        resolve(calls);
      }
    });
    socket.on("error", reject);
  });
}

async function redisTrips() {
  const port = await freePort();
  const redis = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", ""], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  await new Promise<void>((resolve) => {
    redis.stdout?.setEncoding("utf8").on("data", (t: string) => t.includes("Ready to accept") && resolve());
  });
  try {
    const result: Record<string, unknown> = {};
    for (const [name, quotas] of [
      ["requestLimitsOnly", RATE_ONLY],
      ["tokensAndBudget", POLICIES],
    ] as const) {
      let shared = false;
      const probe = definePlugin({
        manifest: {
          name: "probe",
          kind: "observer",
          version: "0",
          engine: "^0.1.0",
          hooks: [],
          configSchema: {},
        },
        create(_c, init) {
          shared = init.services.quotas.shared;
          return {};
        },
      });
      const g = await createGateway({
        config: {
          stores: { type: "redis", url: `redis://127.0.0.1:${port}` },
          pipeline: {
            nodes: [
              { id: "probe", plugin: "probe" },
              { id: "auth", plugin: "bench-principal" },
              { id: "limits", plugin: "limits-quota", needs: ["auth"] },
              { id: "llm", plugin: "instant" },
            ],
          },
          logging: { level: "silent" },
        },
        plugins: [probe, principal([...quotas]), limits, instantProvider()] as Plugin[],
      });
      if (!shared) {
        await g.close();
        return { skipped: "the engine gives no Redis quotas for stores: redis" };
      }
      await round(g.handle, 50, () => g.idle());
      const before = await commandCalls(port);
      await round(g.handle, REDIS_REQUESTS, () => g.idle());
      const after = await commandCalls(port);
      await g.close();
      const perRequest: Record<string, number> = {};
      for (const [command, calls] of after) {
        const delta = calls - (before.get(command) ?? 0) - (command === "info" ? 1 : 0);
        if (delta > 0) perRequest[command] = +(delta / REDIS_REQUESTS).toFixed(3);
      }
      result[name] = perRequest;
    }
    return result;
  } finally {
    redis.kill("SIGKILL");
  }
}

const cpu = await cpuCost(false);
const cpuWithLogger = await cpuCost(true);
const redis = await redisTrips();
console.log(
  JSON.stringify(
    { node: process.version, rounds: ROUNDS, requestsPerRound: PER_ROUND, cpu, cpuWithLogger, redis },
    null,
    2,
  ),
);
