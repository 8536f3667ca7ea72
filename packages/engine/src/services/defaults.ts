/**
 * Runtime-neutral default services: wall and monotonic clocks, hyperid ids, a JSON console
 * logger, a fetch-based HTTP client, and an env that is empty unless a runtime passes one.
 * Runtime adapters override what they do better (undici on Node, pino).
 */
import type {
  AbortSignalLike,
  Clock,
  Env,
  HttpClient,
  HttpRequest,
  HttpResponse,
  IdGenerator,
  Logger,
  LogLevel,
} from "@aigw/plugin-api";
import hyperid from "hyperid";

export const systemClock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
};

export function hyperidGenerator(): IdGenerator {
  const generate = hyperid({ urlSafe: true });
  return { next: () => generate() };
}

export function envFrom(values: Readonly<Record<string, string | undefined>>): Env {
  return { get: (name) => values[name] };
}

const LEVELS: Record<LogLevel | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** A structured logger that writes one JSON line per entry through `write`. */
export function jsonLogger(
  level: LogLevel | "silent" = "info",
  write: (line: string) => void = (line) => console.log(line),
  bindings: Record<string, unknown> = {},
): Logger {
  const threshold = LEVELS[level];
  const at =
    (name: LogLevel) =>
    (fields: Record<string, unknown>, message?: string): void => {
      if (LEVELS[name] < threshold) return;
      write(
        JSON.stringify(
          { level: name, time: Date.now(), ...bindings, ...fields, ...(message ? { msg: message } : {}) },
          errorReplacer,
        ),
      );
    };
  return {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: (more) => jsonLogger(level, write, { ...bindings, ...more }),
  };
}

function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error)
    return { name: value.name, message: value.message, code: (value as { code?: unknown }).code };
  return value;
}

/** `fetch` takes only a real `AbortSignal`; a cheaper look-alike is followed by one. */
function realSignal(like: AbortSignalLike | undefined): AbortSignal | undefined {
  if (like === undefined || like instanceof AbortSignal) return like;
  const controller = new AbortController();
  if (like.aborted) controller.abort(like.reason);
  else like.addEventListener("abort", () => controller.abort(like.reason), { once: true });
  return controller.signal;
}

/** An HTTP client over the platform's `fetch` (used where no better pool is registered). */
export function fetchHttpClient(): HttpClient {
  return {
    async request(req: HttpRequest): Promise<HttpResponse> {
      // fetch has no headers timeout of its own: abort if the headers are late, not the body.
      const headersTimer = req.headersTimeoutMs === undefined ? undefined : new AbortController();
      const timer =
        headersTimer &&
        setTimeout(() => headersTimer.abort(new Error("headers timeout")), req.headersTimeoutMs);
      const signals = [realSignal(req.signal), headersTimer?.signal].filter(
        (s): s is AbortSignal => s !== undefined,
      );
      let res: Response;
      try {
        res = await fetch(req.url, {
          method: req.method,
          headers: req.headers,
          body: req.body as BodyInit | undefined,
          signal: signals.length > 1 ? AbortSignal.any(signals) : (signals[0] ?? null),
        });
      } finally {
        clearTimeout(timer);
      }
      const headers: Record<string, string> = {};
      res.headers.forEach((value, key) => {
        headers[key] = value;
      });
      const body = res.body;
      return {
        status: res.status,
        headers,
        body: (async function* () {
          if (!body) return;
          const reader = body.getReader();
          let finished = false;
          try {
            for (;;) {
              const { done, value } = await reader.read();
              if (done) {
                finished = true;
                return;
              }
              yield value;
            }
          } finally {
            // A reader that stops early cancels the body, so the connection does not hang open.
            if (!finished) await reader.cancel().catch(() => undefined);
            reader.releaseLock();
          }
        })(),
        text: () => res.text(),
        bytes: async () => new Uint8Array(await res.arrayBuffer()),
        dump: async () => {
          await res.body?.cancel();
        },
      };
    },
    close: async () => {},
  };
}
