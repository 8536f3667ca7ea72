/**
 * The attributes of a request's log record, for backends that index attributes and not bodies:
 * OpenTelemetry's semantic conventions where one fits (`gen_ai.*` for the model, provider,
 * operation and tokens, named by `@aigw/otel-kit` as `tracing-otel` names them on spans; HTTP,
 * URL, client and error attributes), and every scalar of the record flattened under `aigw.` (its
 * path, each part in snake_case: `aigw.timings.total_ms`). Lists
 * (attempts, guardrail verdicts, per-node timings), the caller's metadata and any bodies stay in
 * the log record's body only.
 */
import { AttributeList, addHttpAttributes, addProvider, type KeyValue, operationName } from "@aigw/otel-kit";
import type { RequestRecord } from "@aigw/plugin-api";

/** Record fields never flattened: lists, free-form caller data, content. */
const NOT_FLATTENED = new Set(["attempts", "guardrails", "bodies", "metadata", "nodes"]);

/** Tags nest at most this deep in attributes (they are small, named facts). */
const MAX_FLATTEN_DEPTH = 4;

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The attributes for `record` (see the module comment). */
export function recordAttributes(record: RequestRecord): KeyValue[] {
  const attributes = new AttributeList().value("gen_ai.operation.name", operationName(record.endpoint));
  addProvider(attributes, record.provider);
  attributes
    .value("gen_ai.request.model", record.modelRequested)
    .value("gen_ai.response.model", record.modelServed)
    .value("gen_ai.usage.input_tokens", record.tokens?.prompt)
    .value("gen_ai.usage.output_tokens", record.tokens?.completion);
  addHttpAttributes(attributes, record);
  attributes.value("error.type", record.error?.code);
  flatten("aigw", record, 0, attributes);
  return attributes.list;
}

function flatten(prefix: string, object: object, depth: number, attributes: AttributeList): void {
  for (const [name, value] of Object.entries(object)) {
    if (value === undefined || value === null || NOT_FLATTENED.has(name)) continue;
    const key = `${prefix}.${snake(name)}`;
    if (typeof value !== "object") attributes.value(key, value);
    else if (!Array.isArray(value) && depth < MAX_FLATTEN_DEPTH) flatten(key, value, depth + 1, attributes);
  }
}
