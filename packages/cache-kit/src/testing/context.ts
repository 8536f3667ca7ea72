/**
 * Test support: a hook context with only what the kit reads (annotations, clock, logger, node),
 * a logger that keeps what it is told, and stream helpers.
 */
import type {
  CallResult,
  Clock,
  GatewayRequest,
  HookContext,
  JsonObject,
  Logger,
  RequestAnnotations,
  StreamChunk,
} from "@aigw/plugin-api";
import { chunkFromText } from "@aigw/plugin-api";

/** One line a logger was given. */
export interface LogLine {
  level: "debug" | "info" | "warn" | "error";
  message: string;
  fields: Record<string, unknown>;
}

/** A logger that keeps every line in `lines`. */
export function keepingLogger(lines: LogLine[]): Logger {
  const at =
    (level: LogLine["level"]) =>
    (fields: Record<string, unknown>, message?: string): void => {
      lines.push({ level, message: message ?? "", fields });
    };
  const logger: Logger = {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: () => logger,
  };
  return logger;
}

/** A chat request as a hook sees it. */
export function chatRequest(body: JsonObject, stream = body.stream === true): GatewayRequest {
  return {
    endpoint: "chat.completions",
    method: "POST",
    path: "/v1/chat/completions",
    headers: new Headers(),
    body,
    model: typeof body.model === "string" ? body.model : undefined,
    stream,
    metadata: {},
    raw: undefined,
  } as unknown as GatewayRequest;
}

/** A hook context for the kit's functions; `headers` collects what `setHeader` set. */
export function hookContext(
  clock: Clock,
  options: { annotations?: Partial<RequestAnnotations>; request?: GatewayRequest; lines?: LogLine[] } = {},
): HookContext & { headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  const annotations: RequestAnnotations = { route: [], guardrails: [], tags: {}, ...options.annotations };
  const logger = keepingLogger(options.lines ?? []);
  const ctx = {
    requestId: "req-1",
    node: "cache",
    plugin: "cache-test",
    config: "default",
    request: options.request ?? chatRequest({ model: "m", messages: [] }),
    annotations,
    logger,
    services: { clock, logger },
    headers,
    setHeader(name: string, value: string) {
      headers[name.toLowerCase()] = value;
    },
  };
  return ctx as unknown as HookContext & { headers: Record<string, string> };
}

/** A stream result of these chunk texts; `fail` throws after that many chunks. */
export function streamOf(
  texts: readonly string[],
  options: { fail?: number; status?: number } = {},
): CallResult {
  async function* chunks(): AsyncGenerator<StreamChunk> {
    for (let i = 0; i < texts.length; i++) {
      if (options.fail === i) throw new Error("upstream broke");
      yield chunkFromText(texts[i]!);
    }
    if (options.fail === texts.length) throw new Error("upstream broke");
  }
  return { type: "stream", status: options.status ?? 200, chunks: chunks() };
}

/** Every chunk text of a stream result. */
export async function textsOf(result: CallResult | undefined): Promise<string[]> {
  if (result?.type !== "stream") throw new Error(`expected a stream, got ${result?.type}`);
  const texts: string[] = [];
  for await (const chunk of result.chunks) texts.push(chunk.text ?? JSON.stringify(chunk.data));
  return texts;
}
