/**
 * Ingress plugins at work: each configured ingress is created once at boot, its routes indexed
 * by path (exact paths first, then `/*` prefixes, longest first); per request the door decodes the native request into the pipeline's request (or
 * answers it directly) and encodes the pipeline's answer, stream or error back.
 */
import {
  type DecodedRequest,
  type DirectAnswer,
  type EncodedAnswer,
  GatewayError,
  type GatewayRequest,
  type IngressContext,
  type IngressOutcome,
  type IngressRoute,
  type JsonValue,
  type Logger,
  type PluginInstance,
  type Services,
} from "@aigw/plugin-api";
import { ConfigError, type ConfigIssue } from "../config/config-error.js";
import { routeKey, type ValidatedIngress, wildcardPrefix } from "../config/ingress.js";
import type { PluginRegistry } from "../config/registry.js";
import { checkInstanceHooks } from "../plan/instance-hooks.js";
import { ENGINE_VERSION } from "../version.js";
import { tooDeepError } from "./body-errors.js";
import { type IncomingCall, webRequestOf } from "./call.js";
import { findTooDeep } from "./json-depth.js";
import { metadataFrom } from "./metadata-header.js";
import type { IngressLimits } from "./openai-ingress.js";

export interface Door {
  readonly id: string;
  readonly plugin: string;
  readonly route: IngressRoute;
  readonly instance: PluginInstance;
  readonly logger: Logger;
  /** Every method served at this door's path (the `allow` header of a 405). */
  allow: string;
}

/** The doors of one path (or `/*` prefix), one per method. */
type DoorsAt = Door[];

/** Every ingress route, looked up by the request's path (without `/v1`). */
export class DoorIndex {
  private readonly exact = new Map<string, DoorsAt>();
  /** `/*` routes by prefix, longest first, so the most specific one answers. */
  private prefixed: { prefix: string; doors: DoorsAt }[] = [];

  get size(): number {
    return this.exact.size + this.prefixed.length;
  }

  add(door: Door): void {
    const key = routeKey(door.route.path);
    const prefix = wildcardPrefix(key);
    let doors: DoorsAt | undefined;
    if (prefix === undefined) {
      doors = this.exact.get(key);
      if (!doors) {
        doors = [];
        this.exact.set(key, doors);
      }
    } else {
      doors = this.prefixed.find((entry) => entry.prefix === prefix)?.doors;
      if (!doors) {
        doors = [];
        this.prefixed.push({ prefix, doors });
        this.prefixed.sort((a, b) => b.prefix.length - a.prefix.length);
      }
    }
    doors.push(door);
    const allow = doors.map((d) => d.route.method).join(", ");
    for (const d of doors) d.allow = allow;
  }

  /**
   * The door for `path` (without `/v1`) and `method`; when the path is served but not with that
   * method, one of its doors (whose decode answers 405).
   */
  find(path: string, method: string): Door | undefined {
    let doors = this.exact.get(path);
    if (!doors)
      for (const entry of this.prefixed)
        if (path.length > entry.prefix.length && path.startsWith(entry.prefix)) {
          doors = entry.doors;
          break;
        }
    if (!doors) return undefined;
    return doors.find((door) => door.route.method === method) ?? doors[0];
  }

  instances(): PluginInstance[] {
    const all = [...this.exact.values(), ...this.prefixed.map((entry) => entry.doors)].flat();
    return [...new Set(all.map((door) => door.instance))];
  }
}

/** Creates every ingress once; returns its routes indexed by path. */
export async function openDoors(
  ingress: readonly ValidatedIngress[],
  registry: PluginRegistry,
  services: Services,
): Promise<DoorIndex> {
  const doors = new DoorIndex();
  const issues: ConfigIssue[] = [];
  for (const [i, entry] of ingress.entries()) {
    const { plugin } = registry.get(entry.plugin)!;
    const logger = services.logger.child({ plugin: entry.plugin, ingress: entry.id });
    let instance: PluginInstance;
    try {
      instance = await plugin.create(entry.config, {
        node: entry.id,
        plugin: entry.plugin,
        engineVersion: ENGINE_VERSION,
        logger,
        store: services.stores.open(`${entry.plugin}:${entry.id}`),
        services,
        targets: [],
        uses: [],
      });
    } catch (error) {
      issues.push({
        path: `/ingress/${i}`,
        node: entry.id,
        message: `plugin "${entry.plugin}" failed to start: ${(error as Error).message}`,
      });
      continue;
    }
    checkInstanceHooks(plugin, instance, `/ingress/${i}`, entry.id, issues);
    for (const route of entry.routes)
      doors.add({ id: entry.id, plugin: entry.plugin, route, instance, logger, allow: route.method });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return doors;
}

export function ingressContext(
  door: Door,
  requestId: string,
  services: Services,
  signal: AbortSignal,
): IngressContext {
  return { requestId, route: door.route, logger: door.logger, services, signal };
}

/** Decodes a native request; a pipeline request becomes a `GatewayRequest`. */
export async function decodeAtDoor(
  door: Door,
  call: IncomingCall,
  ctx: IngressContext,
  limits: IngressLimits,
): Promise<{ answer: DirectAnswer } | { decoded: DecodedRequest; request: GatewayRequest }> {
  const path = call.path;
  if (call.method !== door.route.method) {
    throw new GatewayError(
      "method_not_allowed",
      `${call.method} is not allowed on ${path}; use ${door.allow}.`,
      {
        headers: { allow: door.allow },
      },
    );
  }
  // The same body limit as OpenAI's routes, before the plugin reads a byte; the plugin gets a
  // WHATWG Request (its hook's contract) built from the bytes read under that limit.
  const bytes = call.method === "POST" ? await call.body(limits.maxBodyBytes) : undefined;
  // The nesting limit holds for every JSON body before a plugin parses it, as on OpenAI's routes.
  if (bytes && mayBeJson(call.headers.get("content-type"))) {
    const tooDeep = findTooDeep(bytes);
    if (tooDeep) throw tooDeepError(tooDeep);
  }
  const decoded = await door.instance.decode!(webRequestOf(call, bytes), ctx);
  if (decoded.kind === "answer") return { answer: decoded };
  const body = decoded.body as unknown as Record<string, unknown>;
  const gatewayRequest = {
    endpoint: decoded.endpoint,
    method: call.method,
    path,
    headers: call.headers,
    body,
    model: typeof body.model === "string" ? body.model : undefined,
    stream: body.stream === true,
    metadata: metadataFrom(call.headers, limits.metadataHeader),
    raw: undefined,
    native: decoded.native,
  } as unknown as GatewayRequest;
  return { decoded, request: gatewayRequest };
}

/**
 * Whether an ingress may read this body as JSON. Ingress APIs take JSON (clients often label it
 * loosely: text/plain, form-urlencoded, or nothing), so only a content type that is clearly
 * something else (multipart, binary, media) is exempt: bracket counting means nothing there.
 */
function mayBeJson(contentType: string | null): boolean {
  if (!contentType) return true;
  const type = contentType.trimStart().toLowerCase();
  return !(
    type.startsWith("multipart/") ||
    type.startsWith("application/octet-stream") ||
    type.startsWith("audio/") ||
    type.startsWith("image/") ||
    type.startsWith("video/")
  );
}

/** Encodes an outcome at the door; if the ingress itself fails, the client still gets an error. */
export async function encodeAtDoor(
  door: Door,
  outcome: IngressOutcome,
  ctx: IngressContext,
): Promise<EncodedAnswer> {
  try {
    return await door.instance.encode!(outcome, ctx);
  } catch (error) {
    door.logger.error({ requestId: ctx.requestId, err: error }, "ingress encode failed");
    const failure = new GatewayError(
      "plugin_failed",
      `The ${door.plugin} ingress failed to encode the answer.`,
      { plugin: door.plugin, node: door.id, hook: "encode", cause: error },
    );
    return { type: "json", status: failure.status, body: failure.toBody() as unknown as JsonValue };
  }
}
