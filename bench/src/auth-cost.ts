/**
 * Virtual key cost: what the auth-virtual-key node adds to a request with a valid key, in CPU.
 * In-process through the engine's `handle` (as the Node runtime calls it), against the instant
 * provider: the provider alone, and the auth node in front of it, on the same requests carrying
 * the same `Authorization: Bearer <key>` header (so both build the same Headers), in interleaved
 * rounds (which one goes first alternates, so drift hits both alike). The directory holds 10,000
 * keys, with their teams, so the lookup is not in a toy map. Reported: the median per-request
 * wall and CPU time of each and the median of the per-round differences.
 * Target: a valid key adds at most 5 µs of CPU.
 *
 * Run (after building): pnpm --filter @aigw/bench auth
 */
import authVirtualKey from "@aigw/auth-virtual-key";
import { type Answer, createGateway, type IncomingCall } from "@aigw/engine";
import type { Plugin } from "@aigw/plugin-api";
import { instantProvider } from "./instant-provider.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 20_000);
const KEYS = Number(process.env.BENCH_KEYS ?? 10_000);
const TARGET_US = 5;
const ADMIN = "bench-admin-token";

type Handle = (call: IncomingCall) => Promise<Answer>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function gateway(withAuth: boolean) {
  return createGateway({
    config: {
      pipeline: {
        nodes: [
          ...(withAuth ? [{ id: "auth", plugin: "auth-virtual-key" }] : []),
          { id: "llm", plugin: "instant" },
        ],
      },
      logging: { level: "silent" },
    },
    plugins: [authVirtualKey, instantProvider()] as Plugin[],
    env: { AIGW_ADMIN_TOKEN: ADMIN },
  });
}

async function admin(handle: Handle, path: string, body: object): Promise<Record<string, unknown>> {
  const answer = await handle({
    method: "POST",
    url: `http://bench${path}`,
    path,
    headers: new Headers({ "content-type": "application/json", authorization: `Bearer ${ADMIN}` }),
    body: async () => new TextEncoder().encode(JSON.stringify(body)),
  });
  if (answer.status !== 201) throw new Error(`${path}: ${answer.status}`);
  return JSON.parse(new TextDecoder().decode(answer.body as Uint8Array)) as Record<string, unknown>;
}

const body = new TextEncoder().encode(
  JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Say hello in one word." }] }),
);

async function round(handle: Handle, key: string, count: number): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const answer = await handle({
      method: "POST",
      url: "http://bench/v1/chat/completions",
      path: "/v1/chat/completions",
      headers: new Headers({
        "content-type": "application/json",
        host: "bench",
        authorization: `Bearer ${key}`,
      }),
      body: async () => body,
    });
    if (answer.status !== 200) throw new Error(`status ${answer.status}`);
  }
  const wall = Number(process.hrtime.bigint() - t0) / 1_000 / count;
  const used = process.cpuUsage(cpu0);
  return { wall, cpu: (used.user + used.system) / count };
}

const bare = await gateway(false);
const authed = await gateway(true);
for (let t = 0; t < 20; t++)
  await admin(authed.handle, "/admin/teams", { id: `team-${t}`, limits: { requestsPerMinute: 600 } });
let key = "";
for (let i = 0; i < KEYS; i++) {
  const created = await admin(authed.handle, "/admin/keys", {
    name: `key ${i}`,
    team: `team-${i % 20}`,
    models: ["gpt-4o*", "claude-3-5-sonnet"],
    metadata: { app: `app-${i}` },
    limits: { tokensPerMinute: 100_000 },
    budget: { limitUsd: 100, period: "monthly" },
  });
  if (i === Math.floor(KEYS / 2)) key = created["key"] as string;
}
for (let w = 0; w < 3; w++) {
  await round(bare.handle, key, PER_ROUND);
  await round(authed.handle, key, PER_ROUND);
}
const base = { wall: [] as number[], cpu: [] as number[] };
const withAuth = { wall: [] as number[], cpu: [] as number[] };
const added = { wall: [] as number[], cpu: [] as number[] };
for (let r = 0; r < ROUNDS; r++) {
  const got: Record<string, { wall: number; cpu: number }> = {};
  for (const which of r % 2 === 0 ? ["base", "auth"] : ["auth", "base"])
    got[which] = await round(which === "base" ? bare.handle : authed.handle, key, PER_ROUND);
  base.wall.push(got.base!.wall);
  base.cpu.push(got.base!.cpu);
  withAuth.wall.push(got.auth!.wall);
  withAuth.cpu.push(got.auth!.cpu);
  added.wall.push(got.auth!.wall - got.base!.wall);
  added.cpu.push(got.auth!.cpu - got.base!.cpu);
}
await bare.close();
await authed.close();
const result = {
  baseWallUs: +median(base.wall).toFixed(2),
  withWallUs: +median(withAuth.wall).toFixed(2),
  baseCpuUs: +median(base.cpu).toFixed(2),
  withCpuUs: +median(withAuth.cpu).toFixed(2),
  addedWallUs: +median(added.wall).toFixed(2),
  addedCpuUs: +median(added.cpu).toFixed(2),
  addedCpuPerRoundUs: added.cpu.map((x) => +x.toFixed(2)),
};
console.log(
  JSON.stringify(
    {
      node: process.version,
      rounds: ROUNDS,
      requestsPerRound: PER_ROUND,
      keys: KEYS,
      result,
      checks: { validKeyAddsAtMost5UsCpu: result.addedCpuUs <= TARGET_US },
    },
    null,
    2,
  ),
);
