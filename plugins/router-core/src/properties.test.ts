/**
 * Properties through the real engine: for any nesting of fallback and load-balance routers over
 * scripted providers and any pattern of failures, the attempts made are exactly those the spec
 * gives (a reference model; a load balancer's order is free, so the model follows the order it
 * observed and checks everything else), never more than configured; the total timeout bounds
 * the request; weighted choice converges to the weights.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type NodeSpec, testGateway } from "./testing/harness.js";
import { newWorld, type Outcome } from "./testing/scripted.js";

type Tree = { leaf: true } | { kind: "fallback" | "loadbalance"; retries: number; children: Tree[] };
type Named = { id: string; leaf: true } | { id: string; kind: string; retries: number; children: Named[] };

const routerArb = (child: fc.Arbitrary<Tree>) =>
  fc.record({
    kind: fc.constantFrom("fallback" as const, "loadbalance" as const),
    retries: fc.integer({ min: 0, max: 2 }),
    children: fc.array(child, { minLength: 1, maxLength: 3 }),
  });
const leafArb = fc.constant({ leaf: true as const });
const treeArb: fc.Arbitrary<Tree> = routerArb(
  fc.oneof(leafArb, routerArb(fc.oneof(leafArb, routerArb(leafArb)))),
) as fc.Arbitrary<Tree>;

function name(tree: Tree, counters = { r: 0, l: 0 }): Named {
  if ("leaf" in tree) return { id: `L${counters.l++}`, leaf: true };
  const id = `R${counters.r++}`;
  return {
    id,
    kind: tree.kind,
    retries: tree.retries,
    children: tree.children.map((c) => name(c, counters)),
  };
}

function nodesOf(tree: Named, out: NodeSpec[] = []): NodeSpec[] {
  if ("leaf" in tree) out.push({ id: tree.id, plugin: "scripted" });
  else {
    out.push({
      id: tree.id,
      plugin: `router-${tree.kind}`,
      targets: tree.children.map((c) => c.id),
      config: { retry: { attempts: tree.retries, baseMs: 0, capMs: 0 }, breaker: { enabled: false } },
    });
    for (const c of tree.children) nodesOf(c, out);
  }
  return out;
}

const leafIds = (tree: Named): string[] => ("leaf" in tree ? [tree.id] : tree.children.flatMap(leafIds));
const maxAttempts = (tree: Named): number =>
  "leaf" in tree ? 1 : tree.children.reduce((s, c) => s + (tree.retries + 1) * maxAttempts(c), 0);

const failureArb = fc.constantFrom<Outcome>(
  { kind: "ok" },
  { kind: "status", status: 500 },
  { kind: "status", status: 503 },
  { kind: "status", status: 429 },
  { kind: "status", status: 400 },
  { kind: "stream-fail" },
);

/** The error each scripted outcome becomes: its status and whether it retries / moves on. */
const ERRORS: Record<string, { status: number; transient: boolean }> = {
  "500": { status: 500, transient: true },
  "503": { status: 503, transient: true },
  "429": { status: 429, transient: true },
  "400": { status: 400, transient: false },
  "stream-fail": { status: 502, transient: true },
};

type Result = { ok: true } | { ok: false; status: number; transient: boolean };

/** The reference model: the attempts the spec makes, following a load balancer's observed order. */
function model(tree: Named, scripts: Record<string, Outcome[]>, observed: readonly string[]) {
  const seq: string[] = [];
  const calls = new Map<string, number>();
  const run = (node: Named): Result => {
    if ("leaf" in node) {
      const n = calls.get(node.id) ?? 0;
      calls.set(node.id, n + 1);
      seq.push(node.id);
      const list = scripts[node.id]!;
      const outcome = list[Math.min(n, list.length - 1)]!;
      if (outcome.kind === "ok") return { ok: true };
      return { ok: false, ...ERRORS[outcome.kind === "status" ? String(outcome.status) : outcome.kind]! };
    }
    const remaining = [...node.children];
    let last: Result = { ok: false, status: 0, transient: false };
    while (remaining.length > 0) {
      let index = 0;
      if (node.kind === "loadbalance") {
        const next = observed[seq.length];
        index = remaining.findIndex((c) => next !== undefined && leafIds(c).includes(next));
        if (index < 0) throw new Error(`model expected an attempt under ${node.id} at ${seq.length}`);
      }
      const child = remaining.splice(index, 1)[0]!;
      for (let attempt = 0; ; attempt++) {
        last = run(child);
        if (last.ok) return last;
        if (attempt < node.retries && last.transient) continue;
        break;
      }
      if (!last.transient) return last;
    }
    return last;
  };
  return { result: run(tree), seq };
}

describe("attempts follow the spec", () => {
  test("for any nested config and failure pattern, the attempts are exactly the model's", async () => {
    await fc.assert(
      fc.asyncProperty(
        treeArb,
        fc.array(fc.array(failureArb, { minLength: 1, maxLength: 4 }), { minLength: 30, maxLength: 30 }),
        fc.boolean(),
        async (shape, patterns, stream) => {
          const tree = name(shape);
          const leaves = leafIds(tree);
          const scripts = Object.fromEntries(leaves.map((id, i) => [id, patterns[i]!]));
          const world = newWorld((node, n) => {
            const list = scripts[node]!;
            return list[Math.min(n, list.length - 1)];
          });
          const gw = await testGateway(nodesOf(tree), world);
          const out = await gw.chat({ stream });
          const expected = model(tree, scripts, world.journal);
          expect(world.journal).toEqual(expected.seq);
          expect(world.journal.length).toBeLessThanOrEqual(maxAttempts(tree));
          expect(out.status).toBe(expected.result.ok ? 200 : expected.result.status);
          // The record the engine keeps lists the same attempts, in order.
          expect(out.record.attempts.map((r) => r.target)).toEqual(world.journal);
          expect(out.headers.get("x-aigw-attempts")).toBe(String(world.journal.length));
          await gw.gateway.close();
        },
      ),
      { numRuns: 150 },
    );
  });

  test("the total timeout bounds the request, across retries and fallbacks", async () => {
    const slowArb = fc.oneof(
      fc.constant<Outcome>({ kind: "stall" }),
      fc.constant<Outcome>({ kind: "stream-stall" }),
      fc.constant<Outcome>({ kind: "status", status: 503 }),
      fc.integer({ min: 0, max: 60 }).map((delayMs): Outcome => ({ kind: "ok", delayMs })),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(slowArb, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 10, max: 40 }),
        fc.integer({ min: 20, max: 100 }),
        fc.boolean(),
        async (outcomes, retries, attemptMs, totalMs, stream) => {
          const ids = outcomes.map((_, i) => `t${i}`);
          const world = newWorld((node) => outcomes[Number(node.slice(1))]);
          const gw = await testGateway(
            [
              {
                id: "r",
                plugin: "router-fallback",
                targets: ids,
                config: {
                  retry: { attempts: retries, baseMs: 5, capMs: 20 },
                  timeouts: { attemptMs, totalMs },
                  breaker: { enabled: false },
                },
              },
              ...ids.map((id) => ({ id, plugin: "scripted" })),
            ],
            world,
          );
          const t0 = performance.now();
          const out = await gw.chat({ stream });
          const took = performance.now() - t0;
          expect(took).toBeLessThanOrEqual(totalMs + 40);
          expect(world.journal.length).toBeLessThanOrEqual(ids.length * (retries + 1));
          if (out.status !== 200) expect([503, 504]).toContain(out.status);
          await gw.gateway.close();
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("weighted choice", () => {
  test("converges to the weights (seeded; within 5 standard deviations)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 4 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        async (weights, seed) => {
          const ids = weights.map((_, i) => `w${i}`);
          const gw = await testGateway([
            {
              id: "lb",
              plugin: "router-loadbalance",
              targets: ids,
              config: { weights: Object.fromEntries(ids.map((id, i) => [id, weights[i]])), seed },
            },
            ...ids.map((id) => ({ id, plugin: "scripted" })),
          ]);
          const n = 1000;
          const counts = new Map<string, number>();
          for (let i = 0; i < n; i++) {
            const out = await gw.chat();
            const choice = out.record.tags["lb.choice"] as string;
            counts.set(choice, (counts.get(choice) ?? 0) + 1);
          }
          const total = weights.reduce((a, b) => a + b, 0);
          ids.forEach((id, i) => {
            const p = weights[i]! / total;
            const observed = (counts.get(id) ?? 0) / n;
            expect(Math.abs(observed - p)).toBeLessThanOrEqual(5 * Math.sqrt((p * (1 - p)) / n));
          });
          await gw.gateway.close();
        },
      ),
      { numRuns: 4 },
    );
  });
});
