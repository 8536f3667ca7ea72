/**
 * A node's config with its defaults filled in and checked beyond what the schema can say (the
 * batch size within the queue), plus the resolved export headers and the resource attributes.
 * Throws a clear error for a config that cannot work, so the boot stops rather than the traces.
 */

import { type KeyValue, resourceAttributes } from "@aigw/otel-kit";
import type { Env } from "@aigw/plugin-api";
import { resolveHeaders } from "@aigw/wire-kit";
import type { OtelTracingConfig } from "./config.gen.js";

/** Where spans go, how often, and how many may wait. */
export interface TracingSettings {
  readonly endpoint: string;
  readonly headers: Record<string, string>;
  readonly resource: readonly KeyValue[];
  readonly sampleRatio: number;
  readonly maxQueueSize: number;
  readonly maxExportBatchSize: number;
  readonly scheduledDelayMs: number;
  readonly exportTimeoutMs: number;
}

/** The schema's defaults (also used when `create` is called with an unvalidated config). */
export const DEFAULTS = {
  endpoint: "http://localhost:4318/v1/traces",
  serviceName: "aigw",
  sampleRatio: 1,
  maxQueueSize: 2048,
  maxExportBatchSize: 512,
  scheduledDelayMs: 1000,
  exportTimeoutMs: 10_000,
} as const;

/** The settings of a node; throws on a config that cannot work. */
export function resolveSettings(config: OtelTracingConfig, env: Env): TracingSettings {
  const endpoint = config.endpoint ?? DEFAULTS.endpoint;
  if (!URL.canParse(endpoint) || !/^https?:$/.test(new URL(endpoint).protocol))
    throw new Error(`endpoint ${JSON.stringify(endpoint)} is not an http(s) URL`);
  const sampleRatio = config.sampleRatio ?? DEFAULTS.sampleRatio;
  if (!(sampleRatio >= 0 && sampleRatio <= 1))
    throw new Error(`sampleRatio must be between 0 and 1, not ${sampleRatio}`);
  const maxQueueSize = config.maxQueueSize ?? DEFAULTS.maxQueueSize;
  const maxExportBatchSize = config.maxExportBatchSize ?? Math.min(DEFAULTS.maxExportBatchSize, maxQueueSize);
  if (maxExportBatchSize > maxQueueSize)
    throw new Error(
      `maxExportBatchSize (${maxExportBatchSize}) is larger than maxQueueSize (${maxQueueSize})`,
    );
  return {
    endpoint,
    headers: resolveHeaders(config, env),
    resource: resourceAttributes(config.serviceName ?? DEFAULTS.serviceName, config.resourceAttributes, {
      "telemetry.sdk.name": "@aigw/tracing-otel",
      "telemetry.sdk.version": "0.1.0",
    }),
    sampleRatio,
    maxQueueSize,
    maxExportBatchSize,
    scheduledDelayMs: config.scheduledDelayMs ?? DEFAULTS.scheduledDelayMs,
    exportTimeoutMs: config.exportTimeoutMs ?? DEFAULTS.exportTimeoutMs,
  };
}
