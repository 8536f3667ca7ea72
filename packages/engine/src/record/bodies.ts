/**
 * Request and answer bodies in the record, when `logging.bodies` asks for them: the request as
 * the providers got it (after guardrails masked it), the answer as the client got it (a stream
 * assembled into one answer), both redacted (see redact.ts) and cut to `maxBytes`. Off by
 * default, and then nothing here runs: no answer is kept and no stream is tapped.
 */
import {
  assembleStream,
  type CallResult,
  type JsonValue,
  type RequestRecord,
  type StreamChunk,
} from "@aigw/plugin-api";
import type { RequestState } from "../run/request-state.js";

import { compileRedactPath, type RedactPath, redact } from "./redact.js";

export interface BodyOptions {
  request?: boolean | undefined;
  response?: boolean | undefined;
  redact?: readonly string[] | undefined;
  maxBytes?: number | undefined;
}

export class BodyCapture {
  readonly request: boolean;
  readonly response: boolean;
  private readonly paths: RedactPath[];
  private readonly maxBytes: number;

  constructor(options: BodyOptions) {
    this.request = options.request ?? false;
    this.response = options.response ?? false;
    this.paths = (options.redact ?? []).map(compileRedactPath);
    this.maxBytes = options.maxBytes ?? 65_536;
  }

  /** The capture the config asks for, or none (so callers test one `undefined`). */
  static from(options: BodyOptions | undefined): BodyCapture | undefined {
    return options && (options.request || options.response) ? new BodyCapture(options) : undefined;
  }

  /** Keeps the answer for the record: a JSON body by reference, a stream's chunks as they pass. */
  keep(result: CallResult, state: RequestState): CallResult {
    if (!this.response) return result;
    if (result.type === "json") {
      state.answer = result;
      return result;
    }
    if (result.type !== "stream") return result;
    const chunks: JsonValue[] = [];
    state.answer = { chunks };
    return { ...result, chunks: collect(result.chunks, chunks) };
  }

  capture(state: RequestState): RequestRecord["bodies"] | undefined {
    const bodies: NonNullable<RequestRecord["bodies"]> = {};
    if (this.request && state.request.body !== undefined) {
      bodies.request = this.limit(redact(state.request.body as unknown as JsonValue, this.paths), bodies);
    }
    const answer = state.answer;
    if (this.response && answer) {
      const body = "chunks" in answer ? assembleStream(answer.chunks) : safeBody(() => answer.body);
      if (body !== undefined) bodies.response = this.limit(redact(body, this.paths), bodies);
    }
    return bodies.request === undefined && bodies.response === undefined ? undefined : bodies;
  }

  /** A body longer than `maxBytes` (as JSON) is kept as the start of its JSON text. */
  private limit(body: JsonValue, bodies: NonNullable<RequestRecord["bodies"]>): JsonValue {
    const text = JSON.stringify(body);
    if (text.length <= this.maxBytes) return body;
    bodies.truncated = true;
    return text.slice(0, this.maxBytes);
  }
}

/** A JSON answer whose text does not parse is left out rather than failing the record. */
function safeBody(read: () => JsonValue): JsonValue | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

async function* collect(source: AsyncIterable<StreamChunk>, into: JsonValue[]): AsyncGenerator<StreamChunk> {
  for await (const chunk of source) {
    into.push(chunk.data as JsonValue);
    yield chunk;
  }
}
