/**
 * The caller's cache headers through a real engine, as cache-exact honours them: refresh (and
 * `Cache-Control: no-cache`) asks the model and its answer supersedes the stored one; no-store
 * does not store; bypass skips the cache without embedding; max-age bounds the age of a hit; an
 * unknown `x-aigw-cache` value is the caller's error. Each status is in the header and the
 * record.
 */
import { manualClock } from "@aigw/testkit";
import { describe, expect, test } from "vitest";
import { contentOf, gatewayStarter, QUESTION, REWORDED } from "./testing/gateway.js";

const start = gatewayStarter();

const OTHER = "How many legs does a spider have?";

describe("cache headers", () => {
  test("refresh and no-cache ask the model, and the new answer is the one stored", async () => {
    const t = await start();
    await t.chat(QUESTION);
    const refreshed = await t.chat(QUESTION, {}, { "x-aigw-cache": "refresh" });
    expect(refreshed.headers.get("x-aigw-cache")).toBe("refresh");
    expect(await contentOf(refreshed)).toBe(`answer 2 to: ${QUESTION}`);
    expect((await t.lastRecord()).cache).toEqual({
      status: "refresh",
      kind: "semantic",
      node: "semantic",
      stored: true,
    });
    expect(await contentOf(await t.chat(QUESTION))).toBe(`answer 2 to: ${QUESTION}`);

    const noCache = await t.chat(QUESTION, {}, { "cache-control": "no-cache" });
    expect(noCache.headers.get("x-aigw-cache")).toBe("refresh");
    expect(await contentOf(noCache)).toBe(`answer 3 to: ${QUESTION}`);
    const again = await t.chat(QUESTION);
    expect(again.headers.get("x-aigw-cache")).toBe("hit");
    expect(await contentOf(again)).toBe(`answer 3 to: ${QUESTION}`);
    expect(t.model.calls).toBe(3);
  });

  test("no-store: the answer is not stored, while a stored one still answers", async () => {
    const t = await start();
    const noStore: Record<string, string>[] = [
      { "x-aigw-cache": "no-store" },
      { "cache-control": "no-store" },
    ];
    for (const headers of noStore) {
      const reply = await t.chat(OTHER, {}, headers);
      expect(reply.headers.get("x-aigw-cache")).toBe("miss");
      expect((await t.lastRecord()).cache).toMatchObject({ status: "miss", stored: false });
    }
    expect(t.model.calls).toBe(2);
    await t.chat(QUESTION);
    expect((await t.chat(REWORDED, {}, { "x-aigw-cache": "no-store" })).headers.get("x-aigw-cache")).toBe(
      "hit",
    );
    // Refreshed but not stored: nothing to look up nor to file, so nothing is embedded.
    const embedded = t.embedder.calls;
    const both = await t.chat(QUESTION, {}, { "x-aigw-cache": "refresh, no-store" });
    expect(both.headers.get("x-aigw-cache")).toBe("refresh");
    expect(t.embedder.calls).toBe(embedded);
    expect(await contentOf(await t.chat(QUESTION))).toBe(`answer 3 to: ${QUESTION}`);
  });

  test("bypass: the cache neither answers nor stores, and nothing is embedded", async () => {
    const t = await start();
    await t.chat(QUESTION);
    const bypassed = await t.chat(QUESTION, {}, { "x-aigw-cache": "bypass" });
    expect(bypassed.headers.get("x-aigw-cache")).toBe("bypass");
    expect(await contentOf(bypassed)).toBe(`answer 2 to: ${QUESTION}`);
    const record = await t.lastRecord();
    expect(record.cache).toEqual({ status: "bypass", kind: "semantic", node: "semantic" });
    expect(record.tags.cacheBypass).toContain("x-aigw-cache: bypass");
    expect(t.embedder.calls).toBe(1);
    expect(await contentOf(await t.chat(QUESTION))).toBe(`answer 1 to: ${QUESTION}`);
  });

  test("max-age: only an entry young enough answers", async () => {
    const clock = manualClock();
    const t = await start({ services: { clock } });
    await t.chat(QUESTION);
    clock.advance(10_000);
    const young = await t.chat(REWORDED, {}, { "cache-control": "max-age=20" });
    expect(young.headers.get("x-aigw-cache")).toBe("hit");
    expect(young.headers.get("age")).toBe("10");
    const tooOld = await t.chat(REWORDED, {}, { "cache-control": "max-age=5" });
    expect(tooOld.headers.get("x-aigw-cache")).toBe("miss");
    expect(t.model.calls).toBe(2);
  });

  test("an unknown x-aigw-cache value is a 400 naming the header; the model is not called", async () => {
    const t = await start();
    const bad = await t.chat(QUESTION, {}, { "x-aigw-cache": "sometimes" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { type: "invalid_request_error", param: "x-aigw-cache" },
    });
    expect(t.model.calls).toBe(0);
    expect(t.embedder.calls).toBe(0);
  });

  test("endpoints the cache does not serve ignore the headers", async () => {
    const t = await start();
    const response = await t.post(
      "/v1/embeddings",
      { model: "hashed", input: "hello" },
      { "x-aigw-cache": "sometimes" },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("x-aigw-cache")).toBeNull();
  });
});
