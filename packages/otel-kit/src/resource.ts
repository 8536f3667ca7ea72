/**
 * The resource an exporter reports under: the attributes a node's config lists, then
 * `service.name` (from `serviceName`, which wins over one among the listed attributes), then any
 * the exporter adds about itself (`telemetry.sdk.*`). Config values are strings, numbers and
 * booleans; a whole number is an int attribute, any other a double.
 */

import type { KeyValue } from "./any-value.js";
import { AttributeList } from "./attributes.js";

/** The resource's attributes. */
export function resourceAttributes(
  serviceName: string,
  configured: Readonly<Record<string, unknown>> | undefined,
  own: Readonly<Record<string, string>> = {},
): KeyValue[] {
  const resource = new AttributeList();
  for (const [key, value] of Object.entries(configured ?? {}))
    if (key !== "service.name") resource.scalar(key, value);
  resource.str("service.name", serviceName);
  for (const [key, value] of Object.entries(own)) resource.str(key, value);
  return resource.list;
}
