/**
 * The attributes of a request's log record, for backends that index attributes and not bodies:
 * OpenTelemetry's semantic conventions where one fits (`gen_ai.*` for the model, provider,
 * operation and tokens, with the values `tracing-otel` gives spans; HTTP, URL, client and error
 * attributes), and every scalar of the record
 * flattened under `aigw.` (its path, each part in snake_case: `aigw.timings.total_ms`). Lists
 * (attempts, guardrail verdicts, per-node timings), the caller's metadata and any bodies stay in
 * the log record's body only.
 */
import type { RequestRecord } from "@aigw/plugin-api";
import type { KeyValue } from "./any-value.js";
import { anyValue } from "./any-value.js";
import { operationName, providerName, systemName } from "./genai.js";

/** Record fields never flattened: lists, free-form caller data, content. */
const NOT_FLATTENED = new Set(["attempts", "guardrails", "bodies", "metadata", "nodes"]);

/** Tags nest at most this deep in attributes (they are small, named facts). */
const MAX_FLATTEN_DEPTH = 4;

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The attributes for `record` (see the module comment). */
export function recordAttributes(record: RequestRecord): KeyValue[] {
  const out: KeyValue[] = [];
  const add = (key: string, value: unknown) => {
    if (value !== undefined && value !== null) out.push({ key, value: anyValue(value) });
  };
  add("gen_ai.operation.name", operationName(record.endpoint));
  if (record.provider) {
    const provider = providerName(record.provider);
    add("gen_ai.provider.name", provider);
    add("gen_ai.system", systemName(provider));
  }
  add("gen_ai.request.model", record.modelRequested);
  add("gen_ai.response.model", record.modelServed);
  add("gen_ai.usage.input_tokens", record.tokens?.prompt);
  add("gen_ai.usage.output_tokens", record.tokens?.completion);
  add("http.request.method", record.method);
  add("url.path", record.path);
  add("http.response.status_code", record.status);
  add("error.type", record.error?.code);
  add("client.address", record.client?.ip);
  add("user_agent.original", record.client?.userAgent);
  flatten("aigw", record, 0, add);
  return out;
}

function flatten(
  prefix: string,
  object: object,
  depth: number,
  add: (key: string, value: unknown) => void,
): void {
  for (const [name, value] of Object.entries(object)) {
    if (value === undefined || value === null || NOT_FLATTENED.has(name)) continue;
    const key = `${prefix}.${snake(name)}`;
    if (typeof value !== "object") add(key, value);
    else if (!Array.isArray(value) && depth < MAX_FLATTEN_DEPTH) flatten(key, value, depth + 1, add);
  }
}
