/**
 * Boot validation of a whole gateway config, in the order DESIGN.md sets: the engine's own schema
 * for the DAG, then each node's config against its plugin's schema, then the graph rules. Every
 * problem is collected and reported at once with its JSON path and node.
 */
import { type Condition, type ConfigValidator, compileCondition } from "@aigw/plugin-api";
import type { GatewayConfig, Pipeline } from "@aigw/schemas";
import { analyzeGraph } from "../plan/graph.js";
import { ConfigError, type ConfigIssue } from "./config-error.js";
import { checkIngress, type ValidatedIngress } from "./ingress.js";
import { issuesFrom } from "./issues.js";
import type { PluginRegistry } from "./registry.js";

/** A validated pipeline: node configs have their schema defaults filled in. */
export interface ValidatedPipeline {
  name: string;
  /** JSON path of the pipeline in the config (`/pipeline`, `/configs/<name>`, or `` for inline). */
  path: string;
  nodes: Pipeline["nodes"];
  order: number[];
  entry: number;
}

export interface ValidatedConfig {
  config: GatewayConfig;
  pipelines: Map<string, ValidatedPipeline>;
  ingress: ValidatedIngress[];
}

/**
 * Validates a whole config; throws a ConfigError listing every issue. `validateSchema` is the
 * gateway schema's validator (the precompiled `validateGateway` of @aigw/schemas/validators).
 */
export function validateGatewayConfig(
  raw: unknown,
  validateSchema: ConfigValidator,
  registry: PluginRegistry,
): ValidatedConfig {
  const config = structuredClone(raw) as GatewayConfig;
  if (!validateSchema(config)) throw new ConfigError(issuesFrom(validateSchema.errors));
  const issues: ConfigIssue[] = [];
  const pipelines = new Map<string, ValidatedPipeline>();
  const main = checkPipeline(config.pipeline, "default", "/pipeline", registry, issues);
  if (main) pipelines.set("default", main);
  for (const [name, pipeline] of Object.entries(config.configs ?? {})) {
    const checked = checkPipeline(pipeline, name, `/configs/${name}`, registry, issues);
    if (checked) pipelines.set(name, checked);
  }
  const ingress = checkIngress(config, registry, issues);
  if (issues.length > 0) throw new ConfigError(issues);
  return { config, pipelines, ingress };
}

/** Validates one pipeline that arrived on its own (an inline override). */
export function validateInlinePipeline(
  raw: unknown,
  validatePipelineSchema: ConfigValidator,
  registry: PluginRegistry,
): ValidatedPipeline {
  const pipeline = structuredClone(raw) as Pipeline;
  if (!validatePipelineSchema(pipeline)) throw new ConfigError(issuesFrom(validatePipelineSchema.errors));
  const issues: ConfigIssue[] = [];
  const checked = checkPipeline(pipeline, "inline", "", registry, issues);
  if (!checked || issues.length > 0) throw new ConfigError(issues);
  return checked;
}

function checkPipeline(
  pipeline: Pipeline,
  name: string,
  path: string,
  registry: PluginRegistry,
  issues: ConfigIssue[],
): ValidatedPipeline | undefined {
  const before = issues.length;
  const base = `${path}/nodes`;
  const graphNodes = pipeline.nodes.map((node, i) => {
    const registered = registry.get(node.plugin);
    if (!registered) {
      issues.push({
        path: `${base}/${i}/plugin`,
        node: node.id,
        message: `unknown plugin "${node.plugin}" (loaded: ${[...registry.keys()].sort().join(", ") || "none"})`,
      });
    } else {
      node.config ??= {};
      if (!registered.validate(node.config)) {
        issues.push(
          ...issuesFrom(
            registered.validate.errors,
            `${base}/${i}/config`,
            node.id,
            registered.plugin.manifest.configSchema,
          ),
        );
      }
      const hooks = registered.hooks;
      if (hooks.has("call") && (hooks.has("request") || hooks.has("response") || hooks.has("chunk"))) {
        issues.push({
          path: `${base}/${i}/plugin`,
          node: node.id,
          message: `plugin "${node.plugin}" mixes call with request/response/chunk hooks; a terminal may add only finish`,
        });
      }
    }
    if (node.when) {
      try {
        compileCondition(node.when as Condition, `${base}/${i}/when`);
      } catch (error) {
        issues.push({ path: `${base}/${i}/when`, node: node.id, message: (error as Error).message });
      }
    }
    const hooks = registered?.hooks;
    if (node.onAttempt && hooks && !hooks.has("response")) {
      issues.push({
        path: `${base}/${i}/onAttempt`,
        node: node.id,
        message: `onAttempt runs a node's response hook on each upstream answer, and plugin "${node.plugin}" has none`,
      });
    }
    return {
      id: node.id,
      needs: node.needs,
      targets: node.targets,
      uses: node.uses,
      terminal: hooks?.has("call") ?? false,
      router: registered?.plugin.manifest.kind === "router",
      hasWhen: node.when !== undefined,
    };
  });
  const graph = analyzeGraph(graphNodes, base);
  issues.push(...graph.issues);
  if (issues.length > before) return undefined;
  return { name, path, nodes: pipeline.nodes, order: graph.order, entry: graph.entry };
}
