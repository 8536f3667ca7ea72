/**
 * What every router shares: the manifest shape, the resilience policy built at boot, target
 * ids checked against the node's targets, and a `call` that lets the strategy order the
 * targets, tags the decision, and hands the order to the shared retry/breaker/fallback loop.
 */
import {
  type CallContext,
  type ConfigValidator,
  definePlugin,
  type JsonSchema,
  type Plugin,
  type PluginInitContext,
  type RouteTarget,
} from "@aigw/plugin-api";
import { type ResilienceConfig, type ResiliencePolicy, resiliencePolicy } from "../resilience/policy.js";
import { runTargets } from "../resilience/run-targets.js";

/** A request's targets by id. */
export interface Targets {
  get(id: string): RouteTarget | undefined;
  /** All of them, in the node's configured order. */
  readonly all: readonly RouteTarget[];
}

/** How one strategy routes a request. */
export interface Strategy {
  /** The targets to try, preferred first (a subset is fine: only these are tried). */
  order(ctx: CallContext, targets: Targets): readonly RouteTarget[] | Promise<readonly RouteTarget[]>;
  /** Whether a failure that moves on tries the next target in the order. */
  fallback: boolean;
  onSuccess?(target: string, durationMs: number): void | Promise<void>;
}

export interface RouterSpec<C extends ResilienceConfig> {
  name: string;
  strategy: string;
  description: string;
  configSchema: JsonSchema;
  /** The schema's precompiled validator (from the package's `validators.gen.ts`). */
  configValidator: ConfigValidator;
  setup(config: C, init: PluginInitContext, policy: ResiliencePolicy): Strategy;
}

export function routerPlugin<C extends ResilienceConfig>(spec: RouterSpec<C>): Plugin<C> {
  return definePlugin({
    manifest: {
      name: spec.name,
      kind: "router",
      version: "0.1.0",
      engine: "^0.1.0",
      hooks: ["call"],
      services: ["clock"],
      configSchema: spec.configSchema,
      configValidator: spec.configValidator,
      description: spec.description,
    },
    create(config: C, init) {
      const policy = resiliencePolicy(config, init.store, () => init.services.clock.now());
      const strategy = spec.setup(config, init, policy);
      // Built once: per request, a lookup over the engine's target list (no Map, no key strings).
      const positions = new Map(init.targets.map((id, i) => [id, i]));
      const strategyTag = `${init.node}.strategy`;
      const choiceTag = `${init.node}.choice`;
      const options = { fallback: strategy.fallback, onSuccess: strategy.onSuccess?.bind(strategy) };
      return {
        call(ctx) {
          const run = (order: readonly RouteTarget[]) => {
            const tags = ctx.annotations.tags;
            tags[strategyTag] = spec.strategy;
            if (order[0]) tags[choiceTag] = order[0].id;
            return runTargets(ctx, order, policy, options);
          };
          // A strategy that orders synchronously (most) costs no promise of its own here.
          const order = strategy.order(ctx, new TargetList(ctx.targets, positions));
          return order instanceof Promise ? order.then(run) : run(order);
        },
        // Successes the breaker counted locally reach the shared store before the process ends.
        close: async () => {
          await policy.breaker?.flush();
        },
      };
    },
  });
}

/** Fails boot when config names targets the node does not have. */
export function checkTargets(init: PluginInitContext, named: readonly string[], what: string): void {
  const known = new Set(init.targets);
  const unknown = [...new Set(named.filter((t) => !known.has(t)))];
  if (unknown.length > 0) {
    throw new Error(
      `${what} ${unknown.map((t) => `"${t}"`).join(", ")}, which are not among this node's targets (${init.targets.join(", ")})`,
    );
  }
}

/** The given target ids, in that order, as invokable targets. */
export function inOrder(ids: readonly string[], targets: Targets): RouteTarget[] {
  return ids.map((id) => targets.get(id)).filter((t): t is RouteTarget => t !== undefined);
}

/** A request's targets, found by the position each id has in the node's configured list. */
class TargetList implements Targets {
  constructor(
    readonly all: readonly RouteTarget[],
    private readonly positions: ReadonlyMap<string, number>,
  ) {}

  get(id: string): RouteTarget | undefined {
    const at = this.positions.get(id);
    const target = at === undefined ? undefined : this.all[at];
    // The engine hands targets in configured order; a search keeps this right if it ever did not.
    return target?.id === id ? target : this.all.find((t) => t.id === id);
  }
}
