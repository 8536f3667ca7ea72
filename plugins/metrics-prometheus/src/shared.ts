/**
 * One set of metrics per node id, shared by every instance of that node: a gateway with several
 * named configs makes one instance per config that names the node, and a config reload makes a
 * new instance before the old one closes. Sharing keeps one registry (so one `/metrics` shows
 * every config's requests, and no metric is registered twice) and keeps counters counting across
 * a reload. The set is dropped when its last instance closes.
 */
import { collectDefaultMetrics, Registry } from "prom-client";
import { buildTables, type Tables } from "./families.js";
import { LabelBounds } from "./labels.js";
import { type Bounds, boundsOf } from "./observe.js";
import type { Settings } from "./settings.js";

/** The metrics of one node id. */
export interface SharedMetrics {
  readonly node: string;
  readonly settings: Settings;
  /** `settings` as JSON, to tell a later instance with other settings that the first ones hold. */
  readonly fingerprint: string;
  readonly registry: Registry;
  readonly tables: Tables;
  readonly labelBounds: LabelBounds;
  readonly bounds: Bounds;
  /** Open instances using this set. */
  users: number;
}

const byNode = new Map<string, SharedMetrics>();

/**
 * The metrics of `node`, made with `settings` by its first instance. `mismatch` is true when
 * they were made with other settings (which remain in force until every instance has closed).
 */
export function acquireMetrics(
  node: string,
  settings: Settings,
): { shared: SharedMetrics; mismatch: boolean } {
  const fingerprint = JSON.stringify(settings);
  const existing = byNode.get(node);
  if (existing !== undefined) {
    existing.users++;
    return { shared: existing, mismatch: existing.fingerprint !== fingerprint };
  }
  const registry = new Registry();
  const labelBounds = new LabelBounds(settings.maxLabelValues);
  const tables = buildTables(settings, labelBounds, registry);
  if (settings.defaultMetrics) collectDefaultMetrics({ register: registry });
  const shared: SharedMetrics = {
    node,
    settings,
    fingerprint,
    registry,
    tables,
    labelBounds,
    bounds: boundsOf(labelBounds),
    users: 1,
  };
  byNode.set(node, shared);
  return { shared, mismatch: false };
}

/** An instance is done with `shared`; the last one out drops it. */
export function releaseMetrics(shared: SharedMetrics): void {
  shared.users--;
  if (shared.users <= 0 && byNode.get(shared.node) === shared) {
    byNode.delete(shared.node);
    shared.registry.clear();
  }
}
