/**
 * The body of an OTLP/HTTP JSON export (`ExportTraceServiceRequest`): one resource (the
 * gateway, `service.name` and the configured attributes) and one instrumentation scope holding
 * spans that were serialised when their request finished, so a batch is joined, not re-encoded.
 */
import type { KeyValue } from "@aigw/otel-kit";

/** The instrumentation scope spans are reported under. */
export const SCOPE = { name: "@aigw/tracing-otel", version: "0.1.0" } as const;

/** Joins serialised spans into export bodies for one resource. */
export class OtlpJsonEncoder {
  private readonly head: string;
  private readonly tail = "]}]}]}";

  constructor(resource: readonly KeyValue[]) {
    const resourceJson = JSON.stringify({ attributes: resource });
    this.head = `{"resourceSpans":[{"resource":${resourceJson},"scopeSpans":[{"scope":${JSON.stringify(SCOPE)},"spans":[`;
  }

  /** The export body for spans already serialised with `JSON.stringify`. */
  encode(spans: readonly string[]): string {
    return this.head + spans.join(",") + this.tail;
  }
}
