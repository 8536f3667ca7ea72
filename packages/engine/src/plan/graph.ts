/**
 * The rules of a pipeline's shape, checked on node declarations alone: unique ids, edges that
 * point somewhere, no cycles, targets only on routers and only to terminals, exactly one entry
 * terminal, every terminal reachable. Also the plan order: topological, ties in declaration order.
 */
import type { ConfigIssue } from "../config/config-error.js";

/** What the graph rules need to know about one node. */
export interface GraphNode {
  id: string;
  needs?: readonly string[] | undefined;
  targets?: readonly string[] | undefined;
  /** Has a `call` hook (a provider or a router). */
  terminal: boolean;
  /** May take targets. */
  router: boolean;
  /** Terminals this node calls as a service (outside the route). */
  uses?: readonly string[] | undefined;
  hasWhen?: boolean | undefined;
}

export interface GraphAnalysis {
  issues: ConfigIssue[];
  /** Indices of the non-terminal nodes in plan order. */
  order: number[];
  /** Index of the entry terminal, or -1. */
  entry: number;
}

/** Checks a pipeline's nodes; `base` is the JSON path of its `nodes` array. */
export function analyzeGraph(nodes: readonly GraphNode[], base = "/pipeline/nodes"): GraphAnalysis {
  const issues: ConfigIssue[] = [];
  const at = (i: number, rest = "") => `${base}/${i}${rest}`;
  const index = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (index.has(node.id))
      issues.push({ path: at(i, "/id"), node: node.id, message: `duplicate node id "${node.id}"` });
    else index.set(node.id, i);
  });

  // Edges: needs (request side) and targets (router to terminal).
  const needs: number[][] = nodes.map(() => []);
  const targets: number[][] = nodes.map(() => []);
  nodes.forEach((node, i) => {
    if (node.terminal && node.needs && node.needs.length > 0) {
      issues.push({
        path: at(i, "/needs"),
        node: node.id,
        message: "a terminal (provider or router) runs after every request step and takes no needs",
      });
    }
    if (node.terminal && node.hasWhen) {
      issues.push({
        path: at(i, "/when"),
        node: node.id,
        message: "a terminal cannot have a condition; use a conditional router to choose between terminals",
      });
    }
    (node.needs ?? []).forEach((dep, k) => {
      const j = index.get(dep);
      if (j === undefined)
        issues.push({ path: at(i, `/needs/${k}`), node: node.id, message: `needs unknown node "${dep}"` });
      else if (nodes[j]!.terminal)
        issues.push({
          path: at(i, `/needs/${k}`),
          node: node.id,
          message: `needs terminal "${dep}"; terminals run after every request step`,
        });
      else needs[i]!.push(j);
    });
    if (node.targets && !node.router) {
      issues.push({ path: at(i, "/targets"), node: node.id, message: "only routers take targets" });
    }
    if (node.router && (!node.targets || node.targets.length === 0)) {
      issues.push({ path: at(i), node: node.id, message: "a router needs at least one target" });
    }
    if (node.router) {
      (node.targets ?? []).forEach((target, k) => {
        const j = index.get(target);
        if (j === undefined)
          issues.push({
            path: at(i, `/targets/${k}`),
            node: node.id,
            message: `targets unknown node "${target}"`,
          });
        else if (!nodes[j]!.terminal)
          issues.push({
            path: at(i, `/targets/${k}`),
            node: node.id,
            message: `target "${target}" is not a provider or router`,
          });
        else targets[i]!.push(j);
      });
    }
  });

  // Uses: a node may call terminals as services; they count as reachable, never as the entry.
  const used = new Set<number>();
  nodes.forEach((node, i) => {
    (node.uses ?? []).forEach((id, k) => {
      const j = index.get(id);
      if (j === undefined)
        issues.push({ path: at(i, `/uses/${k}`), node: node.id, message: `uses unknown node "${id}"` });
      else if (!nodes[j]!.terminal)
        issues.push({
          path: at(i, `/uses/${k}`),
          node: node.id,
          message: `uses "${id}", which is not a provider or router`,
        });
      else used.add(j);
    });
  });

  const order = planOrder(nodes, needs, issues, at);
  findTargetCycles(nodes, targets, issues, at);

  // The entry terminal: the first terminal no router targets; every other must be reachable from it.
  const targeted = new Set(targets.flat());
  const entries = nodes.map((_, i) => i).filter((i) => nodes[i]!.terminal && !targeted.has(i));
  const entry = entries.find((i) => !used.has(i)) ?? entries[0] ?? -1;
  if (!nodes.some((n) => n.terminal)) {
    issues.push({ path: base, message: "the pipeline has no terminal: add a provider or a router" });
  } else if (entry === -1) {
    issues.push({
      path: base,
      message: "every terminal is some router's target, so none can start the call (a target cycle)",
    });
  } else {
    const reachable = new Set<number>([entry, ...used]);
    const stack = [entry, ...used];
    while (stack.length > 0) {
      for (const j of targets[stack.pop()!]!) {
        if (!reachable.has(j)) {
          reachable.add(j);
          stack.push(j);
        }
      }
    }
    nodes.forEach((node, i) => {
      if (node.terminal && !reachable.has(i)) {
        issues.push({
          path: at(i),
          node: node.id,
          message:
            `unreachable terminal "${node.id}": the pipeline calls "${nodes[entry]!.id}" and no router on its path targets "${node.id}"` +
            // The usual cause: a terminal meant as a service of another node, whose `uses` forgot it.
            (entries.length > 1 && !used.has(entry)
              ? ` (if a node calls "${nodes[entry]!.id}" itself, list it in that node's \`uses\`; the pipeline then calls "${node.id}")`
              : ""),
        });
      }
    });
  }
  return { issues, order, entry };
}

/** Kahn's algorithm over `needs`, always taking the earliest-declared ready node. */
function planOrder(
  nodes: readonly GraphNode[],
  needs: number[][],
  issues: ConfigIssue[],
  at: (i: number, rest?: string) => string,
): number[] {
  const pending = needs.map((deps) => deps.length);
  const dependents: number[][] = nodes.map(() => []);
  needs.forEach((deps, i) => {
    for (const d of deps) dependents[d]!.push(i);
  });
  const ready = nodes.map((_, i) => i).filter((i) => !nodes[i]!.terminal && pending[i] === 0);
  const order: number[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => a - b);
    const i = ready.shift()!;
    order.push(i);
    for (const j of dependents[i]!) if (--pending[j]! === 0) ready.push(j);
  }
  const stuck = nodes.map((_, i) => i).filter((i) => !nodes[i]!.terminal && pending[i]! > 0);
  if (stuck.length > 0) {
    const cycle = findCycle(needs, new Set(stuck));
    const first = cycle[0] ?? stuck[0]!;
    issues.push({
      path: at(first, "/needs"),
      node: nodes[first]!.id,
      message: `cycle in needs: ${[...cycle, first].map((i) => nodes[i]!.id).join(" -> ")}`,
    });
  }
  return order;
}

/** One cycle among `candidates`, following edges (DFS with colouring). */
function findCycle(edges: number[][], candidates: Set<number>): number[] {
  const state = new Map<number, 1 | 2>();
  const path: number[] = [];
  const visit = (i: number): number[] | undefined => {
    state.set(i, 1);
    path.push(i);
    for (const j of edges[i]!) {
      if (!candidates.has(j)) continue;
      if (state.get(j) === 1) return path.slice(path.indexOf(j));
      if (!state.has(j)) {
        const found = visit(j);
        if (found) return found;
      }
    }
    path.pop();
    state.set(i, 2);
    return undefined;
  };
  for (const i of [...candidates].sort((a, b) => a - b)) {
    if (!state.has(i)) {
      const found = visit(i);
      if (found) return found;
    }
  }
  return [];
}

function findTargetCycles(
  nodes: readonly GraphNode[],
  targets: number[][],
  issues: ConfigIssue[],
  at: (i: number, rest?: string) => string,
): void {
  const routers = new Set(nodes.map((_, i) => i).filter((i) => nodes[i]!.router));
  const cycle = findCycle(targets, routers);
  if (cycle.length > 0) {
    const first = cycle[0]!;
    issues.push({
      path: at(first, "/targets"),
      node: nodes[first]!.id,
      message: `cycle in targets: ${[...cycle, first].map((i) => nodes[i]!.id).join(" -> ")}`,
    });
  }
}
