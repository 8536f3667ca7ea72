/**
 * fast-check generators for the gateway config grammar: pipelines of probe nodes with random
 * DAG edges (always acyclic), shuffled declaration order, conditions, timeouts and a terminal
 * (one provider, or a router over several).
 */
import fc from "fast-check";

export interface GeneratedPipeline {
  /** The config as a user would write it. */
  config: { pipeline: { nodes: Record<string, unknown>[] } };
  /** Edges as [dependency id, dependent id]. */
  edges: [string, string][];
  /** Ids of the request nodes. */
  requestIds: string[];
}

const field = fc.constantFrom(
  "model",
  "endpoint",
  "stream",
  "path",
  "header.x-team",
  "metadata.tier",
  "body.temperature",
);

const comparison = fc.oneof(
  fc.record({ field, eq: fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean()) }),
  fc.record({ field, ne: fc.string({ maxLength: 5 }) }),
  fc.record({ field, gt: fc.integer() }),
  fc.record({ field, lte: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
  fc.record({ field, in: fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }) }),
  fc.record({ field, regex: fc.constantFrom("^gpt", "mini$", "a|b") }),
  fc.record({ field, exists: fc.boolean() }),
);

export const condition: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  cond: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    comparison,
    fc.record({ all: fc.array(tie("cond"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie("cond"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie("cond") }),
  ),
})).cond;

const probeConfig = fc.record(
  {
    delayMs: fc.nat(20),
    action: fc.constantFrom("continue", "patch"),
    patch: fc.dictionary(
      fc.constantFrom("temperature", "top_p", "user"),
      fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ maxLength: 4 })),
    ),
    onResponse: fc.constantFrom("keep", "tag"),
  },
  { requiredKeys: [] },
);

export const pipeline: fc.Arbitrary<GeneratedPipeline> = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc
    .record({
      edges: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), {
        maxLength: n * 2,
        selector: ([a, b]) => `${a}-${b}`,
      }),
      order: fc.shuffledSubarray([...Array(n + 4).keys()], { minLength: n + 4, maxLength: n + 4 }),
      configs: fc.array(fc.option(probeConfig, { nil: undefined }), { minLength: n, maxLength: n }),
      whens: fc.array(fc.option(condition, { nil: undefined, freq: 4 }), { minLength: n, maxLength: n }),
      timeouts: fc.array(fc.option(fc.integer({ min: 1, max: 60_000 }), { nil: undefined }), {
        minLength: n,
        maxLength: n,
      }),
      onError: fc.array(fc.option(fc.constantFrom("open", "closed"), { nil: undefined }), {
        minLength: n,
        maxLength: n,
      }),
      providers: fc.integer({ min: 1, max: 3 }),
    })
    .map(({ edges, order, configs, whens, timeouts, onError, providers }) => {
      const ids = [...Array(n).keys()].map((i) => `n${i}`);
      // Only forward edges (lower index to higher): acyclic by construction.
      const forward = edges.filter(([a, b]) => a < b).map(([a, b]) => [ids[a]!, ids[b]!] as [string, string]);
      const nodes: Record<string, unknown>[] = ids.map((id, i) => {
        const needs = forward.filter(([, b]) => b === id).map(([a]) => a);
        const node: Record<string, unknown> = { id, plugin: "probe" };
        if (needs.length > 0) node.needs = needs;
        if (configs[i]) node.config = configs[i];
        if (whens[i]) node.when = whens[i];
        if (timeouts[i]) node.timeoutMs = timeouts[i];
        if (onError[i]) node.onError = onError[i];
        return node;
      });
      const providerIds = [...Array(providers).keys()].map((i) => `p${i}`);
      const terminals: Record<string, unknown>[] = providerIds.map((id) => ({
        id,
        plugin: "scripted-provider",
      }));
      if (providers > 1)
        terminals.push({
          id: "router",
          plugin: "test-router",
          targets: providerIds,
          config: { strategy: "fallback" },
        });
      const all = [...nodes, ...terminals];
      // Declaration order is shuffled: needs may point at nodes declared later.
      const shuffled = order.filter((i) => i < all.length).map((i) => all[i]!);
      return { config: { pipeline: { nodes: shuffled } }, edges: forward, requestIds: ids };
    }),
);
