/**
 * Properties of the graph rules: the plan order keeps every edge; a cycle is reported exactly
 * when the needs graph has one; unreachable terminals are always named.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { pipeline } from "../testing/arbitraries.js";
import { analyzeGraph, type GraphNode } from "./graph.js";

function hasCycle(n: number, edges: [number, number][]): boolean {
  const out: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) out[a]!.push(b);
  const state = new Array<number>(n).fill(0);
  const visit = (i: number): boolean => {
    state[i] = 1;
    for (const j of out[i]!) {
      if (state[j] === 1) return true;
      if (state[j] === 0 && visit(j)) return true;
    }
    state[i] = 2;
    return false;
  };
  return [...Array(n).keys()].some((i) => state[i] === 0 && visit(i));
}

const provider: GraphNode = { id: "llm", terminal: true, router: false };

describe("pipeline graph", () => {
  test("the plan order keeps every edge, ties in declaration order", () => {
    fc.assert(
      fc.property(pipeline, ({ config, edges }) => {
        const nodes: GraphNode[] = config.pipeline.nodes.map((n) => ({
          id: n.id as string,
          needs: n.needs as string[] | undefined,
          targets: n.targets as string[] | undefined,
          terminal: n.plugin !== "probe",
          router: n.plugin === "test-router",
        }));
        const { issues, order } = analyzeGraph(nodes);
        expect(issues).toEqual([]);
        const position = new Map(order.map((declIndex, pos) => [nodes[declIndex]!.id, pos]));
        expect(position.size).toBe(nodes.filter((n) => !n.terminal).length);
        for (const [from, to] of edges) expect(position.get(from)!).toBeLessThan(position.get(to)!);
        // Ties go to declaration order: a node placed after a later-declared one was not ready
        // at that turn, so one of its needs was placed at that turn or after.
        for (let p = 1; p < order.length; p++) {
          const prev = order[p - 1]!;
          const cur = order[p]!;
          if (cur < prev) {
            const needs = nodes[cur]!.needs ?? [];
            expect(needs.some((id) => position.get(id)! >= p - 1)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test("a cycle is reported exactly when the needs graph has one", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), {
              maxLength: 14,
              selector: ([a, b]) => `${a}-${b}`,
            }),
          ),
        ),
        ([n, edges]) => {
          const nodes: GraphNode[] = [...Array(n).keys()].map((i) => ({
            id: `n${i}`,
            needs: [...new Set(edges.filter(([, b]) => b === i).map(([a]) => `n${a}`))],
            terminal: false,
            router: false,
          }));
          const { issues } = analyzeGraph([...nodes, provider]);
          const cycleIssues = issues.filter((i) => i.message.startsWith("cycle in needs"));
          expect(cycleIssues.length > 0).toBe(hasCycle(n, edges));
          for (const issue of cycleIssues) expect(issue.path).toMatch(/^\/pipeline\/nodes\/\d+\/needs$/);
        },
      ),
      { numRuns: 500 },
    );
  });

  test("router target cycles and unreachable terminals are rejected with their node", () => {
    const looped: GraphNode[] = [
      { id: "r1", terminal: true, router: true, targets: ["r2", "llm"] },
      { id: "r2", terminal: true, router: true, targets: ["r1"] },
      provider,
    ];
    expect(analyzeGraph(looped).issues.map((i) => i.message)).toContainEqual(
      expect.stringContaining("cycle in targets"),
    );
    const orphan: GraphNode[] = [provider, { id: "spare", terminal: true, router: false }];
    expect(analyzeGraph(orphan).issues).toContainEqual(
      expect.objectContaining({
        path: "/pipeline/nodes/1",
        node: "spare",
        message: expect.stringContaining("unreachable terminal"),
      }),
    );
    expect(analyzeGraph([{ id: "a", terminal: false, router: false }]).issues[0]!.message).toContain(
      "no terminal",
    );
    // A provider meant as another node's service, missing from its `uses`, comes first: say so.
    const forgotUses: GraphNode[] = [
      { id: "judge", terminal: false, router: false },
      { id: "mod", terminal: true, router: false },
      { id: "llm", terminal: true, router: false },
    ];
    expect(analyzeGraph(forgotUses).issues.map((i) => i.message)).toEqual([
      'unreachable terminal "llm": the pipeline calls "mod" and no router on its path targets "llm" ' +
        '(if a node calls "mod" itself, list it in that node\'s `uses`; the pipeline then calls "llm")',
    ]);
  });
});
