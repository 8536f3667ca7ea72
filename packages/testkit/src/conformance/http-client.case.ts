/**
 * The shared `HttpClient` conformance suite: the contract of plugin-api's services.ts, run
 * against every client (undici on Node, fetch elsewhere) over real loopback servers. Whatever
 * runtime a provider runs on, its timeouts, aborts and connection errors then behave the same,
 * and `sendUpstream` needs no timer or controller of its own.
 */
import { createServer } from "node:net";
import {
  type AbortSignalLike,
  type GatewayError,
  type HttpClient,
  isGatewayError,
  LazyAbort,
} from "@aigw/plugin-api";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { delay, Gate, json, reset, sse, stall } from "../replies.js";
import { type FakeUpstream, startFakeUpstream } from "../server.js";

/** A way to abort: the platform's `AbortController`, or a bare `AbortSignalLike`. */
interface Aborter {
  signal: AbortSignalLike;
  abort(reason: unknown): void;
}

const ABORTERS: [string, () => Aborter][] = [
  [
    "an AbortSignal",
    () => {
      const controller = new AbortController();
      return { signal: controller.signal, abort: (reason) => controller.abort(reason) };
    },
  ],
  [
    "an AbortSignalLike",
    () => {
      const lazy = new LazyAbort();
      return { signal: lazy, abort: (reason) => lazy.abort(reason) };
    },
  ],
];

/** How late a timer may fire on a loaded machine before the test calls it a miss. */
const SLACK_MS = 150;

/**
 * Runs the contract's cases against `create()`'s client.
 * @param name - the client, in the suite's title.
 */
export function describeHttpClientConformance(name: string, create: () => HttpClient): void {
  describe(`HttpClient conformance: ${name}`, () => {
    let client: HttpClient;
    let upstream: FakeUpstream;
    beforeAll(async () => {
      client = create();
      upstream = await startFakeUpstream(json(200, {}));
    });
    afterAll(async () => {
      await client.close();
      await upstream.close();
    });

    /** Answers the next request from `script` and returns its URL. */
    const serve = (script: Parameters<FakeUpstream["setScript"]>[0]) => {
      upstream.setScript(script);
      return `${upstream.url}/v1/test`;
    };
    const get = (url: string, more: { signal?: AbortSignalLike; headersTimeoutMs?: number } = {}) =>
      client.request({ url, method: "GET", headers: {}, ...more });
    /** Settles when the upstream has seen the next request, with how that exchange ends. */
    const nextExchange = () => {
      const index = upstream.requests.length;
      return upstream.waitForRequest(index).then((seen) => seen.ended);
    };
    /** A request still answers normally (the client is not left stuck or poisoned). */
    const stillWorks = async () => {
      const res = await get(serve(json(200, { ok: true })));
      expect(res.status).toBe(200);
      expect(JSON.parse(await res.text())).toEqual({ ok: true });
    };

    test("sends method, headers and body; answers status, lower-cased headers and body", async () => {
      const url = serve(json(201, { ok: 1 }, { "X-Answer": "yes" }));
      const res = await client.request({
        url,
        method: "POST",
        headers: { "content-type": "application/json", "X-Key": "k" },
        body: '{"a":1}',
      });
      const seen = upstream.requests.at(-1)!;
      expect(seen.method).toBe("POST");
      expect(seen.headers["x-key"]).toBe("k");
      expect(seen.text()).toBe('{"a":1}');
      expect(res.status).toBe(201);
      expect(res.headers["x-answer"]).toBe("yes");
      expect(await res.text()).toBe('{"ok":1}');
    });

    test("no headers within headersTimeoutMs: an upstream_timeout GatewayError, on time", async () => {
      for (const timeoutMs of [100, 300]) {
        const url = serve(delay(3_000, json(200, {})));
        const started = performance.now();
        const error = await get(url, { headersTimeoutMs: timeoutMs }).catch((e: unknown) => e);
        const took = performance.now() - started;
        expect(isGatewayError(error)).toBe(true);
        expect((error as GatewayError).code).toBe("upstream_timeout");
        expect((error as GatewayError).status).toBe(504);
        expect(took).toBeGreaterThanOrEqual(timeoutMs - 5);
        expect(took).toBeLessThan(timeoutMs + SLACK_MS);
      }
      await stillWorks();
    });

    test("headersTimeoutMs bounds the headers only, not a slow body", async () => {
      const gate = new Gate();
      const url = serve(sse(["one", gate, "two"]));
      const res = await get(url, { headersTimeoutMs: 50 });
      setTimeout(() => gate.open(), 150);
      expect(await res.text()).toBe("data: one\n\ndata: two\n\ndata: [DONE]\n\n");
    });

    for (const [kind, aborter] of ABORTERS) {
      test(`${kind} aborted before the call: the request rejects, not as the upstream's fault`, async () => {
        const abort = aborter();
        abort.abort(new Error("client left"));
        const error = await get(serve(json(200, {})), { signal: abort.signal }).catch((e: unknown) => e);
        expect(error).toBeDefined();
        expect(isUpstreamFault(error)).toBe(false);
        await stillWorks();
      });

      test(`${kind} aborted while waiting for headers: rejects at once and closes the connection`, async () => {
        const abort = aborter();
        const url = serve(stall());
        const ended = nextExchange();
        const started = performance.now();
        const pending = get(url, { signal: abort.signal, headersTimeoutMs: 5_000 }).catch((e: unknown) => e);
        await upstream.waitForRequest(upstream.requests.length);
        abort.abort(new Error("client left"));
        const error = await pending;
        expect(error).toBeDefined();
        expect(isUpstreamFault(error)).toBe(false);
        expect(performance.now() - started).toBeLessThan(1_000);
        expect(await ended).toBe("closed");
        await stillWorks();
      });

      test(`${kind} aborted while the body is read: the read fails and the connection closes`, async () => {
        const abort = aborter();
        const ended = nextExchange();
        const res = await get(serve(sse(["first"], { done: false, ending: "stall" })), {
          signal: abort.signal,
        });
        const chunks = res.body[Symbol.asyncIterator]();
        expect((await chunks.next()).done).toBe(false);
        const reading = chunks.next();
        abort.abort(new Error("client left"));
        await expect(reading).rejects.toBeDefined();
        expect(await ended).toBe("closed");
        await stillWorks();
      });
    }

    test("cancel() fails a read in progress and frees the connection", async () => {
      const ended = nextExchange();
      const res = await get(serve(sse(["first"], { done: false, ending: "stall" })));
      const reading = res.text().catch((e: unknown) => e);
      res.cancel();
      expect(await reading).toBeInstanceOf(Error);
      expect(await ended).toBe("closed");
      await stillWorks();
    });

    test("cancel() after the whole body is harmless", async () => {
      const res = await get(serve(json(200, { ok: true })));
      expect(await res.text()).toBe('{"ok":true}');
      res.cancel();
      await stillWorks();
    });

    test("a reader that stops early frees the connection", async () => {
      const ended = nextExchange();
      const res = await get(serve(sse(["first"], { done: false, ending: "stall" })));
      for await (const _ of res.body) break;
      expect(await ended).toBe("closed");
      await stillWorks();
    });

    test("dump() reads the body to its end rather than closing the connection", async () => {
      const gate = new Gate();
      const ended = nextExchange();
      const res = await get(serve(sse(["a", gate, "b"])));
      let dumped = false;
      const dumping = res.dump().then(() => {
        dumped = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(dumped).toBe(false);
      gate.open();
      await dumping;
      expect(await ended).toBe("complete");
      await stillWorks();
    });

    test("a refused connection is an upstream_unavailable GatewayError", async () => {
      const error = await get(`http://127.0.0.1:${await closedPort()}/v1/test`).catch((e: unknown) => e);
      expect(isGatewayError(error)).toBe(true);
      expect((error as GatewayError).code).toBe("upstream_unavailable");
      expect((error as GatewayError).status).toBe(503);
    });

    test("a connection reset before any answer is an upstream_unavailable GatewayError", async () => {
      const error = await get(serve(reset())).catch((e: unknown) => e);
      expect(isGatewayError(error)).toBe(true);
      expect((error as GatewayError).code).toBe("upstream_unavailable");
      await stillWorks();
    });
  });
}

/** The errors a client reports as the upstream's: an abort by the caller is none of them. */
function isUpstreamFault(error: unknown): boolean {
  return (
    isGatewayError(error) && (error.code === "upstream_timeout" || error.code === "upstream_unavailable")
  );
}

/** A loopback port nothing listens on (it was bound a moment ago, then closed). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
