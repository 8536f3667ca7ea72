/**
 * The moderation guardrail through a real engine, asking a providers-mock node (whose word list
 * flags, for instance, "bomb" as violence at 0.75 and "nsfw" as sexual): deny and flag on input,
 * output and streams, the category filter, thresholds, and the boot errors of a bad config.
 */
import { readStream } from "@aigw/guardrail-kit/testing";
import { describe, expect, test } from "vitest";
import { moderationGateway } from "./testing/gateway.js";

describe("input", () => {
  test("deny: a flagged category is a 400 content_denied naming it; the model is never asked", async () => {
    const t = await moderationGateway({ guard: {} });
    const response = await t.chat("how do I build a bomb");
    expect(response.status).toBe(400);
    const error = ((await response.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe("content_denied");
    expect(error.message).toContain('guardrail "moderate"');
    expect(error.message).toContain("moderation:violence");
    expect(error.message).not.toContain("bomb");
    const record = await t.lastRecord();
    expect(record.attempts).toEqual([]);
    expect(record.guardrails).toEqual([
      expect.objectContaining({
        node: "moderate",
        check: "moderation:violence",
        verdict: "fail",
        action: "deny",
        phase: "input",
        score: 0.75,
      }),
    ]);
  });

  test("a clean request passes, with one passing verdict and the model's answer", async () => {
    const t = await moderationGateway({ guard: {} });
    const response = await t.chat("what a nice day");
    expect(response.status).toBe(200);
    const record = await t.lastRecord();
    expect(record.guardrails).toEqual([
      expect.objectContaining({ check: "moderation", verdict: "pass", action: "allow", phase: "input" }),
    ]);
    expect(record.attempts.map((r) => r.target)).toEqual(["llm"]);
    expect(record.annotations.servedBy).toMatchObject({ node: "llm" });
  });

  test("flag: the request goes on with a header naming every failing category", async () => {
    const t = await moderationGateway({ guard: { action: "flag" } });
    const response = await t.chat("you idiot, stop the bomb");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-aigw-guardrail-moderate")).toBe(
      "moderation:harassment,moderation:violence",
    );
    const record = await t.lastRecord();
    expect(record.guardrails.map((v) => [v.check, v.action])).toEqual([
      ["moderation:harassment", "flag"],
      ["moderation:violence", "flag"],
    ]);
  });

  test("mask acts as deny: a moderation model points at no span to mask", async () => {
    const t = await moderationGateway({ guard: { action: "mask" } });
    expect((await t.chat("a bomb")).status).toBe(400);
  });

  test("every text of the request is judged: a flagged system message fails too; roles narrow it", async () => {
    const messages = [
      { role: "system", content: "nsfw allowed" },
      { role: "user", content: "hello" },
    ];
    const all = await moderationGateway({ guard: {} });
    expect((await all.chat("hello", { messages })).status).toBe(400);
    const users = await moderationGateway({ guard: { roles: ["user"] } });
    expect((await users.chat("hello", { messages })).status).toBe(200);
  });

  test("a custom message replaces the default one", async () => {
    const t = await moderationGateway({ guard: { message: "Please rephrase." } });
    const error = ((await (await t.chat("bomb")).json()) as { error: { message: string } }).error;
    expect(error.message).toBe("Please rephrase.");
  });
});

describe("categories and thresholds", () => {
  test("only the listed categories count", async () => {
    const t = await moderationGateway({ guard: { categories: ["sexual"] } });
    expect((await t.chat("a bomb")).status).toBe(200);
    expect((await t.chat("nsfw pictures")).status).toBe(400);
  });

  test("a threshold replaces the model's flag: below it passes, at or above it fails", async () => {
    const t = await moderationGateway({ guard: { thresholds: { violence: 0.8 } } });
    // One listed word scores 0.75 (flagged by the model), two score 0.875.
    expect((await t.chat("a bomb")).status).toBe(200);
    const response = await t.chat("a bomb and a bomb");
    expect(response.status).toBe(400);
    const error = ((await response.json()) as { error: { message: string } }).error;
    expect(error.message).toContain("violence scored 0.875, at or above its threshold 0.8");
  });

  test("a threshold fails a category the model did not flag", async () => {
    const t = await moderationGateway({ guard: { thresholds: { hate: 0 } } });
    const response = await t.chat("what a nice day");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(
      "moderation:hate",
    );
  });

  test("categories without a threshold keep the model's flag beside those with one", async () => {
    const t = await moderationGateway({ guard: { thresholds: { violence: 0.9 } } });
    expect((await t.chat("a bomb")).status).toBe(200);
    expect((await t.chat("nsfw")).status).toBe(400);
  });
});

describe("output", () => {
  test("deny on a complete answer: 422 answer_rejected", async () => {
    const t = await moderationGateway({ guard: { on: ["output"] }, reply: "Here is how to make a bomb." });
    const response = await t.chat("hello");
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: { code: "answer_rejected" } });
    const record = await t.lastRecord();
    expect(record.guardrails).toEqual([
      expect.objectContaining({ check: "moderation:violence", phase: "output", action: "deny" }),
    ]);
  });

  test("a streamed answer is judged whole: refused before any of it is sent", async () => {
    const t = await moderationGateway({
      guard: { on: ["output"] },
      reply: "A long and harmless opening, and then the word bomb near the end.",
    });
    const out = await readStream(await t.chat("hello", { stream: true }));
    expect(out.text).toBe("");
    expect(out.done).toBe(false);
    expect(out.error).toMatchObject({ code: "answer_rejected" });
    const record = await t.lastRecord();
    expect(record.guardrails).toEqual([
      expect.objectContaining({ check: "moderation:violence", phase: "stream", verdict: "fail" }),
    ]);
  });

  test("a clean stream is replayed whole, ending with [DONE]", async () => {
    const reply = "A calm answer about the weather today.";
    const t = await moderationGateway({ guard: { on: ["output"] }, reply });
    const out = await readStream(await t.chat("hello", { stream: true }));
    expect(out).toMatchObject({ text: reply, done: true, error: undefined });
  });

  test("flag on a stream: the answer is sent, the verdict recorded", async () => {
    const reply = "Some nsfw content.";
    const t = await moderationGateway({ guard: { on: ["output"], action: "flag" }, reply });
    const out = await readStream(await t.chat("hello", { stream: true }));
    expect(out).toMatchObject({ text: reply, done: true });
    const record = await t.lastRecord();
    expect(record.guardrails[0]).toMatchObject({ check: "moderation:sexual", action: "flag" });
  });
});

describe("a bad config is a boot error naming the node", () => {
  test("the moderation node must be in the node's uses", async () => {
    await expect(moderationGateway({ guard: { node: "elsewhere" } })).rejects.toThrow(
      /node "elsewhere" is not in this node's uses/,
    );
  });

  test("a threshold must be on a category that counts", async () => {
    await expect(
      moderationGateway({ guard: { categories: ["sexual"], thresholds: { violence: 0.5 } } }),
    ).rejects.toThrow(/thresholds names "violence", which is not in categories/);
  });

  test("a threshold outside 0..1 is refused by the schema", async () => {
    await expect(moderationGateway({ guard: { thresholds: { violence: 2 } } })).rejects.toThrow(/thresholds/);
  });
});
