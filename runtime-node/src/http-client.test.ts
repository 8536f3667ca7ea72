// The undici HttpClient against a real HTTP server on 127.0.0.1.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type GatewayError, isGatewayError } from "@aigw/plugin-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { undiciHttpClient } from "./http-client.js";

let server: Server;
let base: string;
const client = undiciHttpClient();

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString("utf8");
}

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>> = {
  "/echo": async (req, res) => {
    const body = await readBody(req);
    res.setHeader("X-Mixed-Case", "yes");
    res.setHeader("set-cookie", ["a=1", "b=2"]);
    res.setHeader("content-type", "application/json");
    res.end(
      JSON.stringify({
        method: req.method,
        headers: req.headers,
        body,
        contentType: req.headers["content-type"],
      }),
    );
  },
  "/chunks": async (_req, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    for (const part of ["one ", "two ", "three"]) {
      res.write(part);
      await new Promise((r) => setTimeout(r, 10));
    }
    res.end();
  },
  "/big": (_req, res) => {
    res.end(Buffer.alloc(512 * 1024, 120));
  },
  "/slow-headers": (_req, res) => {
    setTimeout(() => {
      if (!res.destroyed) res.end("late");
    }, 2_000);
  },
  "/hang-body": (_req, res) => {
    res.writeHead(200);
    res.write("first");
  },
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? "/", "http://x").pathname];
    if (!route) {
      res.statusCode = 404;
      res.end("no");
      return;
    }
    void route(req, res);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await client.close();
  server.closeAllConnections();
  server.close();
});

describe("undiciHttpClient", () => {
  it("sends method, headers and a string body; returns lower-cased, joined headers", async () => {
    const res = await client.request({
      url: `${base}/echo`,
      method: "POST",
      headers: { "content-type": "application/json", Authorization: "Bearer k" },
      body: '{"a":1}',
    });
    expect(res.status).toBe(200);
    expect(res.headers["x-mixed-case"]).toBe("yes");
    expect(res.headers["set-cookie"]).toBe("a=1, b=2");
    const seen = JSON.parse(await res.text());
    expect(seen).toMatchObject({ method: "POST", body: '{"a":1}' });
    expect(seen.headers.authorization).toBe("Bearer k");
  });

  it("sends a Uint8Array body and reads bytes()", async () => {
    const res = await client.request({
      url: `${base}/echo`,
      method: "PUT",
      headers: {},
      body: new TextEncoder().encode("raw bytes"),
    });
    const bytes = await res.bytes();
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(JSON.parse(new TextDecoder().decode(bytes)).body).toBe("raw bytes");
  });

  it("encodes a FormData body as multipart with a boundary", async () => {
    const form = new FormData();
    form.append("model", "whisper-1");
    form.append("file", new Blob([new Uint8Array([1, 2, 3])], { type: "audio/wav" }), "a.wav");
    const res = await client.request({ url: `${base}/echo`, method: "POST", headers: {}, body: form });
    const seen = JSON.parse(await res.text());
    expect(seen.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen.body).toContain('name="model"');
    expect(seen.body).toContain("whisper-1");
    expect(seen.body).toContain('filename="a.wav"');
  });

  it("streams the body as Uint8Array chunks", async () => {
    const res = await client.request({ url: `${base}/chunks`, method: "GET", headers: {} });
    let text = "";
    const decoder = new TextDecoder();
    for await (const chunk of res.body) {
      expect(chunk).toBeInstanceOf(Uint8Array);
      text += decoder.decode(chunk, { stream: true });
    }
    expect(text).toBe("one two three");
  });

  it("dump() discards a body and the connection is reused", async () => {
    const first = await client.request({ url: `${base}/big`, method: "GET", headers: {} });
    await first.dump();
    const second = await client.request({ url: `${base}/echo`, method: "GET", headers: {} });
    expect(second.status).toBe(200);
    await second.dump();
  });

  it("honours headersTimeoutMs with an upstream_timeout GatewayError, on time", async () => {
    for (const timeoutMs of [100, 1_200]) {
      const started = performance.now();
      const error = await client
        .request({ url: `${base}/slow-headers`, method: "GET", headers: {}, headersTimeoutMs: timeoutMs })
        .catch((e: unknown) => e);
      const took = performance.now() - started;
      expect(isGatewayError(error)).toBe(true);
      expect((error as GatewayError).code).toBe("upstream_timeout");
      expect((error as GatewayError).status).toBe(504);
      // Our own timer, not undici's coarse one (which fires up to ~0.5 s late above 1 s).
      expect(took).toBeGreaterThanOrEqual(timeoutMs - 5);
      expect(took).toBeLessThan(timeoutMs + 150);
    }
  });

  it("a slow reader gets every byte of a large body (the socket pauses, then resumes)", async () => {
    const res = await client.request({ url: `${base}/big`, method: "GET", headers: {} });
    let total = 0;
    for await (const chunk of res.body) {
      total += chunk.byteLength;
      await new Promise((r) => setTimeout(r, 1));
    }
    expect(total).toBe(512 * 1024);
  });

  it("a reader that stops early frees the call; the client keeps working", async () => {
    const res = await client.request({ url: `${base}/hang-body`, method: "GET", headers: {} });
    for await (const chunk of res.body) {
      expect(new TextDecoder().decode(chunk)).toBe("first");
      break;
    }
    const again = await client.request({ url: `${base}/echo`, method: "POST", headers: {}, body: "x" });
    expect(again.status).toBe(200);
    await again.dump();
  });

  it("cancel() stops a body being read and frees the call", async () => {
    const res = await client.request({ url: `${base}/hang-body`, method: "GET", headers: {} });
    const reading = res.text().catch((e: unknown) => e);
    res.cancel?.();
    expect(await reading).toBeInstanceOf(Error);
  });

  it("aborts a waiting request with the signal", async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(new Error("client left")), 50);
    const error = await client
      .request({ url: `${base}/slow-headers`, method: "GET", headers: {}, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(isGatewayError(error)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("aborts a body being read with the signal", async () => {
    const controller = new AbortController();
    const res = await client.request({
      url: `${base}/hang-body`,
      method: "GET",
      headers: {},
      signal: controller.signal,
    });
    const reading = (async () => {
      for await (const _ of res.body) controller.abort();
    })();
    await expect(reading).rejects.toBeDefined();
  });

  it("reports an unreachable upstream as upstream_unavailable", async () => {
    const closed = createServer();
    closed.listen(0, "127.0.0.1");
    await once(closed, "listening");
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const error = await client
      .request({ url: `http://127.0.0.1:${port}/`, method: "GET", headers: {} })
      .catch((e: unknown) => e);
    expect((error as GatewayError).code).toBe("upstream_unavailable");
  });

  it("close() closes the pool; later requests fail", async () => {
    const own = undiciHttpClient();
    const res = await own.request({ url: `${base}/echo`, method: "GET", headers: {} });
    await res.dump();
    await own.close();
    await expect(own.request({ url: `${base}/echo`, method: "GET", headers: {} })).rejects.toBeDefined();
  });
});
