/**
 * `definePlugin`: the one export of a plugin package. It is an identity helper (as nitro's
 * `defineNitroPreset`) whose only job is type inference: the config type of `create` comes from
 * the plugin's schema-generated type and flows to everything that uses the plugin.
 */
import type { CallContext, HookContext, PluginInitContext } from "./context.js";
import type { ChunkStep, HookName, MaybePromise, RequestStep, ResponseStep } from "./hooks.js";
import type {
  DecodedRequest,
  DirectAnswer,
  EncodedAnswer,
  IngressContext,
  IngressOutcome,
  IngressRoute,
} from "./ingress.js";
import type { ModelObject } from "./openai/common.js";
import type { RequestRecord } from "./request-record.gen.js";
import type { CallResult, StreamChunk } from "./result.js";
import type { ServeContext, ServedRoute } from "./served.js";
import type { ServiceName } from "./services.js";

/** Broad families of plugins; routers are the only terminals that take targets. */
export type PluginKind =
  | "auth"
  | "guardrail"
  | "cache"
  | "router"
  | "provider"
  | "logger"
  | "transform"
  | "observer"
  | "ingress";

/** A JSON schema object (draft 2020-12 or draft-07). */
export type JsonSchema = { readonly [key: string]: unknown };

/** One config error, in ajv's ErrorObject shape (the fields the engine reads). */
export interface ConfigValidationError {
  readonly keyword: string;
  /** JSON pointer of the offending value within the validated config. */
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/**
 * A plugin's config validator compiled ahead of time from its `configSchema` (ajv standalone
 * code; `pnpm gen` writes one per plugin schema). Behaves as ajv's ValidateFunction: fills in the
 * schema's defaults in place and leaves the errors of the last call on `errors`.
 */
export interface ConfigValidator {
  (data: unknown): boolean;
  errors?: readonly ConfigValidationError[] | null;
}

export interface PluginManifest {
  /** Unique name nodes refer to, e.g. `providers-openai`. */
  readonly name: string;
  readonly kind: PluginKind;
  readonly version: string;
  /** The engine versions it supports, as a semver range (e.g. `^0.1.0`). */
  readonly engine: string;
  /** The hooks it implements: exactly these must be present on the instance. */
  readonly hooks: readonly HookName[];
  /** The services `create()` will use; the engine fails at boot if one is not registered. */
  readonly services?: readonly ServiceName[];
  /** The JSON schema of its node config: the single source of the config type. */
  readonly configSchema: JsonSchema;
  /**
   * `configSchema` precompiled (the generated `*-validator.gen.ts`), so that the engine need not
   * load ajv and compile the schema at boot. Optional: without it the engine compiles the schema.
   */
  readonly configValidator?: ConfigValidator;
  /** Ingress plugins: the paths they serve. */
  readonly routes?: readonly IngressRoute[];
  /** Routes the plugin answers itself with `serve` (metrics, admin APIs), outside any pipeline. */
  readonly serves?: readonly ServedRoute[];
  readonly description?: string;
}

/** What `create()` returns: the hooks of one node. */
export interface PluginInstance {
  request?(ctx: HookContext): MaybePromise<RequestStep>;
  call?(ctx: CallContext): Promise<CallResult>;
  response?(result: CallResult, ctx: HookContext): MaybePromise<ResponseStep>;
  chunk?(chunk: StreamChunk, ctx: HookContext): MaybePromise<ChunkStep>;
  finish?(record: RequestRecord, ctx: HookContext): MaybePromise<void>;
  /** The models this terminal can serve, for `/v1/models`. */
  models?(options: { signal: AbortSignal }): MaybePromise<ModelObject[]>;
  /** Ingress: a native request into the pipeline's request, or a direct answer. */
  decode?(request: Request, ctx: IngressContext): Promise<DecodedRequest | DirectAnswer>;
  /** Ingress: the pipeline's answer or error back into the native format. */
  encode?(outcome: IngressOutcome, ctx: IngressContext): MaybePromise<EncodedAnswer>;
  /** Answers one of the routes the manifest `serves`. */
  serve?(request: Request, ctx: ServeContext): MaybePromise<Response>;
  /** Flushes and releases resources at shutdown. */
  close?(): MaybePromise<void>;
}

export interface Plugin<Config = unknown> {
  readonly manifest: PluginManifest;
  /** Called once per node at boot with the node's validated config. */
  create(config: Config, ctx: PluginInitContext): MaybePromise<PluginInstance>;
}

/** The config type a plugin was defined with. */
export type PluginConfigOf<P> = P extends Plugin<infer C> ? C : never;

/** The hook methods of an instance, by name. */
type HookMethods = { [K in HookName]-?: NonNullable<PluginInstance[K]> };

/**
 * The instance a plugin declaring hooks `H` must create: each of those hooks, none of the others,
 * and optionally `close`. A manifest and its instance are one fact, so a missing or undeclared
 * hook is a compile error rather than a boot error. (The `[H] extends [never]` guard keeps hook
 * parameters contextually typed while `H` is still being inferred from the manifest.)
 */
export type PluginInstanceOf<H extends HookName> = PluginInstance & { [K in H]: HookMethods[K] } & ([
    H,
  ] extends [never]
    ? unknown
    : { [K in Exclude<HookName, H>]?: never });

/** What `definePlugin` takes: the manifest's hook list types what `create` must return. */
export interface PluginDefinition<Config, H extends HookName> {
  readonly manifest: PluginManifest & { readonly hooks: readonly H[] };
  create(config: Config, ctx: PluginInitContext): MaybePromise<PluginInstanceOf<NoInfer<H>>>;
}

/**
 * Declares a plugin. The config type is inferred from `create`'s first parameter; the instance
 * must implement exactly the hooks the manifest lists (write the list inline so its names are
 * inferred as literals).
 */
export function definePlugin<Config, const H extends HookName>(
  plugin: PluginDefinition<Config, H>,
): Plugin<Config> {
  return plugin;
}
