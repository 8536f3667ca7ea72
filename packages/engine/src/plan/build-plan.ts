/**
 * Turns a validated pipeline into an execution plan: calls each plugin's `create` once with its
 * node's config, checks the instance implements exactly the hooks its manifest declares, and lays
 * out edges, ancestors and hook orders so a request only walks arrays.
 */
import {
  type CompiledCondition,
  type Condition,
  compileCondition,
  type PluginInstance,
  type Services,
} from "@aigw/plugin-api";
import { ConfigError, type ConfigIssue } from "../config/config-error.js";
import type { PluginRegistry } from "../config/registry.js";
import type { ValidatedPipeline } from "../config/validate.js";
import { ENGINE_VERSION } from "../version.js";
import { checkInstanceHooks } from "./instance-hooks.js";
import type { ExecutionPlan, PlanNodeBase, RequestNode, TerminalNode } from "./plan.js";

export interface PlanDeps {
  services: Services;
  registry: PluginRegistry;
  defaultTimeoutMs: number | undefined;
  /**
   * Instances the gateway's named configs share: a node with the same id, plugin, config, targets
   * and uses in several of them is created once, so what it keeps (a reservation, a vault, an open
   * file) is one thing whichever config a request runs in, or is handed to. Absent for inline
   * override pipelines, whose plans are closed when evicted.
   */
  shared?: Map<string, Promise<PluginInstance>> | undefined;
}

export async function buildPlan(pipeline: ValidatedPipeline, deps: PlanDeps): Promise<ExecutionPlan> {
  const { services, registry } = deps;
  const issues: ConfigIssue[] = [];
  const base = `${pipeline.path}/nodes`;
  const created: (PlanNodeBase | undefined)[] = await Promise.all(
    pipeline.nodes.map(async (node, i) => {
      const { plugin } = registry.get(node.plugin)!;
      const logger = services.logger.child({ plugin: node.plugin, node: node.id });
      const store = services.stores.open(`${node.plugin}:${node.id}`);
      const create = () =>
        Promise.resolve(
          plugin.create(node.config ?? {}, {
            node: node.id,
            plugin: node.plugin,
            engineVersion: ENGINE_VERSION,
            logger,
            store,
            services,
            targets: node.targets ?? [],
            uses: node.uses ?? [],
          }),
        );
      let instance: PluginInstance;
      try {
        instance = await (deps.shared ? sharedInstance(deps.shared, node, create) : create());
      } catch (error) {
        issues.push({
          path: `${base}/${i}`,
          node: node.id,
          message: `plugin "${node.plugin}" failed to start: ${(error as Error).message}`,
        });
        return undefined;
      }
      checkInstanceHooks(plugin, instance, `${base}/${i}`, node.id, issues);
      return {
        id: node.id,
        plugin: node.plugin,
        kind: plugin.manifest.kind,
        instance,
        timeoutMs: node.timeoutMs ?? deps.defaultTimeoutMs,
        failOpen: node.onError === "open",
        logger,
        store,
        uses: undefined,
      };
    }),
  );
  if (issues.length > 0) {
    await Promise.all(created.map((n) => n?.instance.close?.()));
    throw new ConfigError(issues);
  }

  // Request nodes in plan order, edges translated from declaration indices to plan indices.
  const planIndexOf = new Map<number, number>(
    pipeline.order.map((declIndex, planIndex) => [declIndex, planIndex]),
  );
  const idToDecl = new Map(pipeline.nodes.map((n, i) => [n.id, i]));
  const depsOf = pipeline.order.map((declIndex) =>
    (pipeline.nodes[declIndex]!.needs ?? [])
      .map((id) => planIndexOf.get(idToDecl.get(id)!)!)
      .sort((a, b) => a - b),
  );
  const dependents: number[][] = depsOf.map(() => []);
  depsOf.forEach((ds, i) => {
    for (const d of ds) dependents[d]!.push(i);
  });
  const ancestors: number[][] = [];
  depsOf.forEach((ds, i) => {
    const all = new Set<number>();
    for (const d of ds) {
      all.add(d);
      for (const a of ancestors[d]!) all.add(a);
    }
    ancestors[i] = [...all].sort((a, b) => a - b);
  });
  const nodes: RequestNode[] = pipeline.order.map((declIndex, index) => {
    const decl = pipeline.nodes[declIndex]!;
    const when: CompiledCondition | undefined = decl.when
      ? compileCondition(decl.when as Condition)
      : undefined;
    return {
      ...created[declIndex]!,
      index,
      when,
      deps: depsOf[index]!,
      dependents: dependents[index]!,
      ancestors: ancestors[index]!,
      onAttempt: decl.onAttempt === true,
    };
  });

  const terminalsByDecl = new Map<number, TerminalNode>();
  pipeline.nodes.forEach((_, i) => {
    if (!planIndexOf.has(i)) terminalsByDecl.set(i, { ...created[i]!, targets: [] });
  });
  for (const [i, terminal] of terminalsByDecl) {
    terminal.targets = (pipeline.nodes[i]!.targets ?? []).map(
      (id) => terminalsByDecl.get(idToDecl.get(id)!)!,
    );
  }
  const has = (i: number, hook: keyof PluginInstance) => typeof nodes[i]!.instance[hook] === "function";
  const reversed = nodes.map((_, i) => nodes.length - 1 - i);
  const all: PlanNodeBase[] = [...nodes, ...terminalsByDecl.values()];
  const byId = new Map<string, PlanNodeBase>(all.map((n) => [n.id, n]));
  for (const decl of pipeline.nodes) {
    if (!decl.uses) continue;
    byId.get(decl.id)!.uses = new Map(
      decl.uses.map((id) => [id, terminalsByDecl.get(idToDecl.get(id)!)!] as const),
    );
  }
  return {
    name: pipeline.name,
    nodes,
    roots: nodes.filter((n) => n.deps.length === 0).map((n) => n.index),
    depCounts: Int32Array.from(depsOf.map((ds) => ds.length)),
    entry: terminalsByDecl.get(pipeline.entry)!,
    terminals: [...terminalsByDecl.values()],
    responseOrder: reversed.filter((i) => has(i, "response") && !nodes[i]!.onAttempt),
    attemptOrder: reversed.filter((i) => has(i, "response") && nodes[i]!.onAttempt),
    chunkOrder: reversed.filter((i) => has(i, "chunk")),
    hasRequestHooks: nodes.some((n) => n.when !== undefined || typeof n.instance.request === "function"),
    observers: all.filter((n) => typeof n.instance.finish === "function"),
    instances: all.map((n) => n.instance),
  };
}

/** The instance of `node` the named configs share, created by the first that asks. */
function sharedInstance(
  shared: Map<string, Promise<PluginInstance>>,
  node: ValidatedPipeline["nodes"][number],
  create: () => Promise<PluginInstance>,
): Promise<PluginInstance> {
  const key = JSON.stringify([node.plugin, node.id, node.config ?? {}, node.targets ?? [], node.uses ?? []]);
  let instance = shared.get(key);
  if (!instance) {
    instance = create();
    shared.set(key, instance);
  }
  return instance;
}
