// The fake upstream really sends what it is scripted to: checked with fetch over real sockets.
import { afterEach, describe, expect, it } from "vitest";
import { bodyChunks, collectSse, sseData } from "./client.js";
import {
  bytes,
  delay,
  gate,
  json,
  namedEvent,
  RawSse,
  reset,
  sequence,
  sse,
  stall,
  text,
} from "./replies.js";
import { type FakeUpstream, startFakeUpstream } from "./server.js";

let upstream: FakeUpstream | undefined;
afterEach(async () => {
  await upstream?.close();
  upstream = undefined;
});

const decoder = new TextDecoder();

describe("startFakeUpstream", () => {
  it("records method, path with query, lower-cased headers and the exact body bytes", async () => {
    upstream = await startFakeUpstream(json(201, { ok: true }, { "X-Extra": "1" }));
    const sent = '{"b": 1,  "a":[2]}';
    const res = await fetch(`${upstream.url}/v1/things?x=1&y=2`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Custom-Header": "Value" },
      body: sent,
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("x-extra")).toBe("1");
    expect(await res.json()).toEqual({ ok: true });
    const [recorded] = upstream.requests;
    expect(recorded?.method).toBe("POST");
    expect(recorded?.path).toBe("/v1/things?x=1&y=2");
    expect(recorded?.headers["x-custom-header"]).toBe("Value");
    expect(recorded?.headers["content-type"]).toBe("application/json");
    expect(recorded?.body).toEqual(new TextEncoder().encode(sent));
    expect(recorded?.text()).toBe(sent);
    expect(recorded?.json()).toEqual({ b: 1, a: [2] });
    expect(await recorded?.ended).toBe("complete");
  });

  it("records multipart bodies raw and can parse them", async () => {
    upstream = await startFakeUpstream(json(200, {}));
    const form = new FormData();
    form.append("model", "whisper-1");
    form.append("file", new Blob([new Uint8Array([1, 2, 3])], { type: "audio/wav" }), "a.wav");
    await fetch(`${upstream.url}/upload`, { method: "POST", body: form });
    const recorded = await upstream.waitForRequest(0);
    expect(recorded.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(recorded.text()).toContain('name="file"; filename="a.wav"');
    const parsed = await recorded.formData();
    expect(parsed.get("model")).toBe("whisper-1");
    const file = parsed.get("file") as File;
    expect(file.name).toBe("a.wav");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("sends text and binary bodies, in parts when asked", async () => {
    upstream = await startFakeUpstream(
      sequence(
        text(502, "<html>bad gateway</html>", "text/html"),
        bytes(200, "audio/mpeg", [new Uint8Array([1, 2]), new Uint8Array([3])], { delayMs: 20 }),
      ),
    );
    const first = await fetch(upstream.url);
    expect(first.status).toBe(502);
    expect(first.headers.get("content-type")).toBe("text/html");
    expect(await first.text()).toBe("<html>bad gateway</html>");
    const second = await fetch(upstream.url);
    expect(second.headers.get("content-type")).toBe("audio/mpeg");
    const parts: number[][] = [];
    for await (const part of bodyChunks(second)) parts.push([...part]);
    expect(parts).toEqual([[1, 2], [3]]);
  });

  it("answers per request from a script function (fail first, succeed second)", async () => {
    upstream = await startFakeUpstream((request, index) =>
      index === 0 ? json(500, { error: "boom" }) : json(200, { path: request.path, index }),
    );
    expect((await fetch(`${upstream.url}/a`)).status).toBe(500);
    const ok = await fetch(`${upstream.url}/b`);
    expect(await ok.json()).toEqual({ path: "/b", index: 1 });
    upstream.setScript(json(204, ""));
    expect((await fetch(upstream.url)).status).toBe(204);
    expect(upstream.requests).toHaveLength(3);
  });

  it("answers 500 and keeps the error when a script throws", async () => {
    upstream = await startFakeUpstream(() => {
      throw new Error("script bug");
    });
    const res = await fetch(upstream.url);
    expect(res.status).toBe(500);
    expect(await res.text()).toContain("script bug");
    expect(String(upstream.errors[0])).toContain("script bug");
  });

  it("streams SSE events, each flushed as written, then [DONE]", async () => {
    const hold = gate();
    upstream = await startFakeUpstream(sse([{ n: 1 }, hold, "plain", new RawSse(": comment\n\n"), { n: 2 }]));
    const res = await fetch(upstream.url);
    expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    const events = sseData(res);
    // The first event arrives while the server is still held at the gate: it was flushed.
    expect((await events.next()).value).toBe('{"n":1}');
    hold.open();
    const rest: string[] = [];
    for await (const data of events) rest.push(data);
    expect(rest).toEqual(["plain", '{"n":2}', "[DONE]"]);
    expect(await upstream.requests[0]?.ended).toBe("complete");
  });

  it("writes the exact SSE bytes, with delays between events", async () => {
    upstream = await startFakeUpstream(sse(["a", "b\nc"], { delayMs: 30, done: false }));
    const started = Date.now();
    const res = await fetch(upstream.url);
    expect(await res.text()).toBe("data: a\n\ndata: b\ndata: c\n\n");
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it("cuts a stream off with then: reset (events already sent still arrive)", async () => {
    upstream = await startFakeUpstream(sse([{ n: 1 }, { n: 2 }], { done: false, ending: "reset" }));
    const res = await fetch(upstream.url);
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const data of sseData(res)) seen.push(data);
      })(),
    ).rejects.toThrow();
    expect(seen).toEqual(['{"n":1}', '{"n":2}']);
  });

  it("keeps a stalled stream open until the server closes", async () => {
    upstream = await startFakeUpstream(sse([{ n: 1 }], { done: false, ending: "stall" }));
    const res = await fetch(upstream.url);
    const events = sseData(res);
    expect((await events.next()).value).toBe('{"n":1}');
    const next = events.next();
    const raced = await Promise.race([next.then(() => "event"), delayMs(100).then(() => "waiting")]);
    expect(raced).toBe("waiting");
    await upstream.close();
    upstream = undefined;
    await expect(next).rejects.toThrow();
  });

  it("resets the connection before the headers", async () => {
    upstream = await startFakeUpstream(reset());
    await expect(fetch(upstream.url)).rejects.toThrow();
    expect(upstream.requests).toHaveLength(1);
  });

  it("resets the connection after the headers", async () => {
    upstream = await startFakeUpstream(reset({ afterHeaders: true, status: 200 }));
    const res = await fetch(upstream.url);
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it("stalls without answering, and still closes promptly", async () => {
    upstream = await startFakeUpstream(stall());
    const pending = fetch(upstream.url);
    pending.catch(() => {});
    await upstream.waitForRequest(0);
    const started = Date.now();
    await upstream.close();
    upstream = undefined;
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(pending).rejects.toThrow();
  });

  it("sees a client abort as a closed exchange", async () => {
    upstream = await startFakeUpstream(stall());
    const controller = new AbortController();
    const pending = fetch(upstream.url, { signal: controller.signal });
    pending.catch(() => {});
    const recorded = await upstream.waitForRequest();
    controller.abort();
    expect(await recorded.ended).toBe("closed");
  });

  it("delays a reply", async () => {
    upstream = await startFakeUpstream(delay(60, json(200, { late: true })));
    const started = Date.now();
    const res = await fetch(upstream.url);
    expect(await res.json()).toEqual({ late: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it("waits for a request that has not arrived yet", async () => {
    upstream = await startFakeUpstream(json(200, {}));
    const waiting = upstream.waitForRequest(1);
    await fetch(`${upstream.url}/first`);
    await fetch(`${upstream.url}/second`);
    expect((await waiting).path).toBe("/second");
    expect(decoder.decode((await upstream.waitForRequest(0)).body)).toBe("");
  });

  it("writes named events with their event line", async () => {
    upstream = await startFakeUpstream(
      sse([namedEvent("message_start", { type: "message_start" })], { done: false }),
    );
    expect(await (await fetch(upstream.url)).text()).toBe(
      'event: message_start\ndata: {"type":"message_start"}\n\n',
    );
  });

  it("collects a whole SSE response", async () => {
    upstream = await startFakeUpstream(sse(["x", "y"]));
    expect(await collectSse(await fetch(upstream.url))).toEqual(["x", "y", "[DONE]"]);
  });
});

function delayMs(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
