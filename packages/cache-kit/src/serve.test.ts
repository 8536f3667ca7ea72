// Serving a found answer: only within the caller's max-age and in a form the request can take;
// a hit notes the record (status, kind, similarity, savings, who served it) and the headers.
import { chatCompletion, manualClock, usage } from "@aigw/testkit";
import { describe, expect, test } from "vitest";
import { cacheControl, isCacheControlError } from "./cache-control.js";
import { serveStored } from "./serve.js";
import type { StoredAnswer } from "./stored-answer.js";
import { chatRequest, hookContext } from "./testing/context.js";

const clock = manualClock(1_700_000_000_000);
const question = { model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] };

function directives(headers: Record<string, string> = {}) {
  const parsed = cacheControl(new Headers(headers));
  if (isCacheControlError(parsed)) throw new Error(parsed.error);
  return parsed;
}

const stored: StoredAnswer = {
  v: 1,
  type: "json",
  status: 200,
  text: JSON.stringify(chatCompletion({ content: "Hello", usage: usage(5, 2) })),
  usage: usage(5, 2),
  servedBy: { provider: "openai", model: "gpt-4o-mini" },
  storedAt: clock.now() - 30_000,
};

describe("serveStored", () => {
  test("a hit answers, noted in the record and the headers (age, similarity)", () => {
    const ctx = hookContext(clock);
    const step = serveStored(stored, ctx, directives(), { kind: "semantic", similarity: 0.912345 });
    expect(step?.result).toMatchObject({ type: "json", status: 200, text: stored.text });
    expect(ctx.annotations.cache).toEqual({
      status: "hit",
      kind: "semantic",
      node: "cache",
      similarity: 0.912345,
      savedUsage: usage(5, 2),
    });
    expect(ctx.annotations.servedBy).toEqual({ provider: "openai", model: "gpt-4o-mini", node: "cache" });
    expect(ctx.headers).toEqual({ "x-aigw-cache": "hit", age: "30", "x-aigw-cache-similarity": "0.9123" });
  });

  test("an exact hit has no similarity", () => {
    const ctx = hookContext(clock);
    serveStored(stored, ctx, directives(), { kind: "exact" });
    expect(ctx.annotations.cache).not.toHaveProperty("similarity");
    expect(ctx.headers).not.toHaveProperty("x-aigw-cache-similarity");
  });

  test("max-age: an entry older than the caller allows is a miss, nothing noted", () => {
    const young = hookContext(clock);
    expect(
      serveStored(stored, young, directives({ "cache-control": "max-age=30" }), { kind: "exact" }),
    ).toBeDefined();
    const old = hookContext(clock);
    expect(
      serveStored(stored, old, directives({ "cache-control": "max-age=29" }), { kind: "exact" }),
    ).toBeUndefined();
    expect(old.annotations.cache).toBeUndefined();
    expect(old.headers).toEqual({});
  });

  test("a stored form this request cannot take is a miss", () => {
    const embeddings: StoredAnswer = { ...stored, text: '{"object":"list","data":[]}' };
    const ctx = hookContext(clock, { request: chatRequest({ ...question, stream: true }) });
    expect(serveStored(embeddings, ctx, directives(), { kind: "exact" })).toBeUndefined();
    expect(ctx.annotations.cache).toBeUndefined();
  });
});
