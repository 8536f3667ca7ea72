/**
 * @aigw/otel-kit: what the gateway's OpenTelemetry exporters (`tracing-otel`, `logger-otlp`)
 * share, so spans and log records of one request carry the same names and values: OTLP/JSON
 * attribute values and lists, the GenAI and HTTP semantic-convention attributes, trace and span id
 * checks, the resource, and one OTLP/HTTP export call with the meaning of its answer.
 */
export { type AnyValue, anyValue, type KeyValue, keyValues } from "./any-value.js";
export { AttributeList } from "./attributes.js";
export { addProvider, addRequestParameters, operationName, providerName, systemName } from "./genai.js";
export { addHttpAttributes } from "./http-attributes.js";
export { isSpanId, isTraceId } from "./ids.js";
export {
  describeError,
  isRetryableStatus,
  isSuccess,
  MAX_ANSWER_BYTES,
  type OtlpAnswer,
  parseJson,
  partialSuccess,
  postExport,
  retryAfterMs,
} from "./otlp-http.js";
export { resourceAttributes } from "./resource.js";
