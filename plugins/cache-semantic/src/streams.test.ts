/**
 * Streamed requests through a real engine: a stream is stored once it has ended normally and
 * replayed chunk for chunk to a close rewording; a stored JSON answer answers a streamed request
 * and a stored stream a JSON one; broken, refused and filtered streams are never stored; pacing
 * and the entry size bound apply to streams as to JSON.
 */
import { describe, expect, test } from "vitest";
import { contentOf, gatewayStarter, QUESTION, REWORDED, readStream } from "./testing/gateway.js";

const start = gatewayStarter();

const STREAM = { stream: true, stream_options: { include_usage: true } };

describe("streams", () => {
  test("a stream is stored once complete and replayed chunk for chunk to a rewording", async () => {
    const t = await start();
    const first = await t.chat(QUESTION, STREAM);
    expect(first.headers.get("x-aigw-cache")).toBe("miss");
    const told = await readStream(first);
    expect(told.done).toBe(true);
    expect(told.content).toBe(`answer 1 to: ${QUESTION}`);
    expect((await t.lastRecord()).cache).toMatchObject({ status: "miss", kind: "semantic", stored: true });

    const second = await t.chat(REWORDED, STREAM);
    expect(second.headers.get("x-aigw-cache")).toBe("hit");
    expect(Number(second.headers.get("x-aigw-cache-similarity"))).toBeGreaterThan(0.845);
    const replayed = await readStream(second);
    expect(replayed.done).toBe(true);
    expect(replayed.events).toEqual(told.events);
    expect(t.model.calls).toBe(1);
    const hit = await t.lastRecord();
    expect(hit.stream).toBe(true);
    expect(hit.cache).toMatchObject({ status: "hit", kind: "semantic", savedTokens: 15 });
    expect(hit.cache!.similarity).toBeGreaterThan(0.845);
  });

  test("a stored JSON answer answers a streamed request, and a stored stream a JSON request", async () => {
    const t = await start();
    const json = await contentOf(await t.chat(QUESTION));
    const asStream = await t.chat(REWORDED, { stream: true });
    expect(asStream.headers.get("x-aigw-cache")).toBe("hit");
    const told = await readStream(asStream);
    expect(told.done).toBe(true);
    expect(told.content).toBe(json);

    const spider = "How many legs does a spider have?";
    const streamed = await readStream(await t.chat(spider, { stream: true }));
    const asJson = await t.chat(`${spider} Please.`);
    expect(asJson.headers.get("x-aigw-cache")).toBe("hit");
    const body = (await asJson.json()) as { object: string; choices: { message: { content: string } }[] };
    expect(body.object).toBe("chat.completion");
    expect(body.choices[0]!.message.content).toBe(streamed.content);
    expect(t.model.calls).toBe(2);
  });

  test("a stream that breaks, a refused and a filtered stream are passed on and never stored", async () => {
    const t = await start();
    for (const mode of ["break", "refusal", "content_filter"] as const) {
      t.model.mode = mode;
      const reply = await readStream(await t.chat(QUESTION, { stream: true }));
      expect(reply.done, mode).toBe(mode !== "break");
      expect((await t.lastRecord()).cache, mode).toMatchObject({ status: "miss", stored: false });
    }
    t.model.mode = "quote";
    const after = await t.chat(QUESTION, { stream: true });
    expect(after.headers.get("x-aigw-cache")).toBe("miss");
    expect((await readStream(after)).done).toBe(true);
    expect(t.model.calls).toBe(4);
  });

  test("pace: a stored stream is replayed at the pace it arrived", async () => {
    const t = await start({ cache: { pace: true } });
    t.model.chunkDelayMs = 40;
    await readStream(await t.chat(QUESTION, { stream: true }));
    const started = performance.now();
    const paced = await t.chat(QUESTION, { stream: true });
    expect(paced.headers.get("x-aigw-cache")).toBe("hit");
    await readStream(paced);
    // Three chunks after the first, each about 40 ms after the one before.
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });

  test("maxEntryBytes: a larger answer, JSON or streamed, is passed on and not stored", async () => {
    const t = await start({ cache: { maxEntryBytes: 1024 } });
    const long = `${QUESTION} ${"Tell me more. ".repeat(80)}`;
    for (const extra of [{}, { stream: true }]) {
      const first = await t.chat(long, extra);
      expect(first.status).toBe(200);
      await first.text();
      expect((await t.lastRecord()).cache).toMatchObject({ status: "miss", stored: false });
    }
    expect((await t.chat(long)).headers.get("x-aigw-cache")).toBe("miss");
    expect((await t.chat(QUESTION)).headers.get("x-aigw-cache")).toBe("miss");
    expect((await t.chat(QUESTION)).headers.get("x-aigw-cache")).toBe("hit");
  });
});
