/**
 * Per-request config overrides: a request names one of the config's `configs` in the override
 * header, or (when allowed) sends an inline pipeline as JSON. Inline pipelines are validated like
 * the file and their plans cached (bounded, least recently used closed on eviction).
 */
import { type ConfigValidator, GatewayError } from "@aigw/plugin-api";
import { ConfigError, formatIssue } from "./config/config-error.js";
import type { PluginRegistry } from "./config/registry.js";
import { validateInlinePipeline } from "./config/validate.js";
import { findTooDeep } from "./http/json-depth.js";
import { buildPlan, type PlanDeps } from "./plan/build-plan.js";
import type { ExecutionPlan } from "./plan/plan.js";

const MAX_INLINE_PLANS = 64;
const encoder = new TextEncoder();

export class OverrideResolver {
  private readonly header: string;
  private readonly allowInline: boolean;
  private readonly inline = new Map<string, Promise<ExecutionPlan>>();
  private readonly defaultPlan: ExecutionPlan;

  constructor(
    private readonly plans: ReadonlyMap<string, ExecutionPlan>,
    settings: { header?: string; allowInline?: boolean },
    /** The gateway schema's Pipeline definition on its own (precompiled `validatePipeline`). */
    private readonly validatePipeline: ConfigValidator,
    private readonly registry: PluginRegistry,
    private readonly deps: PlanDeps,
  ) {
    this.header = settings.header ?? "x-aigw-config";
    this.allowInline = settings.allowInline ?? false;
    this.defaultPlan = plans.get("default")!;
  }

  /** The plan a request asked for (the default plan when it asked for none). */
  select(headers: Headers): ExecutionPlan | Promise<ExecutionPlan> {
    const value = headers.get(this.header);
    if (value === null || value === "") return this.defaultPlan;
    const trimmed = value.trim();
    if (trimmed.startsWith("{")) return this.inlinePlan(trimmed);
    const plan = this.plans.get(trimmed);
    if (!plan) {
      const names = [...this.plans.keys()].filter((n) => n !== "default");
      throw new GatewayError(
        "invalid_config_override",
        `Unknown config "${trimmed}" in ${this.header} (available: ${names.join(", ") || "none"}).`,
        { param: this.header },
      );
    }
    return plan;
  }

  /** Plans built for inline overrides, to close at shutdown. */
  async cached(): Promise<ExecutionPlan[]> {
    const settled = await Promise.allSettled(this.inline.values());
    return settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  }

  private inlinePlan(json: string): Promise<ExecutionPlan> {
    if (!this.allowInline) {
      throw new GatewayError(
        "invalid_config_override",
        `Inline configs in ${this.header} are not allowed on this gateway.`,
        { param: this.header },
      );
    }
    const hit = this.inline.get(json);
    if (hit) {
      this.inline.delete(json);
      this.inline.set(json, hit);
      return hit;
    }
    // Cloning and validating a pipeline walk it recursively: a deep one is refused first.
    if (findTooDeep(encoder.encode(json))) {
      throw new GatewayError("invalid_config_override", `${this.header} nests too deeply.`, {
        param: this.header,
      });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      throw new GatewayError("invalid_config_override", `${this.header} is not valid JSON.`, {
        param: this.header,
      });
    }
    let pipeline: ReturnType<typeof validateInlinePipeline>;
    try {
      pipeline = validateInlinePipeline(parsed, this.validatePipeline, this.registry);
    } catch (error) {
      throw this.overrideError(error);
    }
    // A plugin that fails to start with the client's config is the client's config at fault.
    const plan = buildPlan(pipeline, this.deps).catch((error: unknown) => {
      throw this.overrideError(error);
    });
    plan.catch(() => this.inline.delete(json));
    this.inline.set(json, plan);
    if (this.inline.size > MAX_INLINE_PLANS) {
      const [oldest, evicted] = this.inline.entries().next().value as [string, Promise<ExecutionPlan>];
      this.inline.delete(oldest);
      evicted.then(
        (p) => Promise.allSettled(p.instances.map((i) => i.close?.())),
        () => undefined,
      );
    }
    return plan;
  }

  /** A config error in an inline pipeline, as the client's 400 listing each issue. */
  private overrideError(error: unknown): unknown {
    if (!(error instanceof ConfigError)) return error;
    return new GatewayError(
      "invalid_config_override",
      `Invalid inline config in ${this.header}:\n${error.issues.map(formatIssue).join("\n")}`,
      { param: this.header },
    );
  }
}
