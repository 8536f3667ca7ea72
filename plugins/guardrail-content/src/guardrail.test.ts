/** The content guardrail through a real engine: rules on the request, on an answer and on a stream. */
import { echoGateway, readStream } from "@aigw/guardrail-kit/testing";
import type { Plugin } from "@aigw/plugin-api";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import content from "./index.js";

const plugins = [content as Plugin<never>];
const gateway = (config: Record<string, unknown>, echo?: Record<string, unknown>) =>
  echoGateway({ plugins, nodes: [{ id: "content", plugin: "guardrail-content", config }], echo });

describe("guardrail-content", () => {
  test("a regex rule denies the request, naming the rule", async () => {
    const t = await gateway({
      rules: [{ type: "regex", name: "no-sql", pattern: "drop\\s+table", flags: "i" }],
    });
    const response = await t.chat("please DROP TABLE users");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("no-sql");
    expect((await t.chat("select 1")).status).toBe(200);
  });

  test("a parameter range denies out-of-range requests", async () => {
    const t = await gateway({
      rules: [{ type: "params", name: "temp", ranges: { temperature: { max: 1 } } }],
    });
    expect((await t.chat("hi", { temperature: 1.5 })).status).toBe(400);
    expect((await t.chat("hi", { temperature: 0.5 })).status).toBe(200);
  });

  test("a word list masks words in a streamed answer before they are sent", async () => {
    const t = await gateway(
      {
        on: ["output"],
        action: "mask",
        rules: [{ type: "words", name: "rivals", categories: { competitors: ["acme", "globex"] } }],
      },
      { reply: "Try Acme or Globex instead of us.", chunkSize: 2 },
    );
    const out = await readStream(await t.chat("hi", { stream: true }));
    expect(out).toMatchObject({ done: true, text: "Try [COMPETITORS] or [COMPETITORS] instead of us." });
  });

  test("a length rule judges a streamed answer as a whole", async () => {
    const t = await gateway(
      { on: ["output"], rules: [{ type: "length", name: "short", unit: "chars", max: 20 }] },
      { reply: "This answer is certainly longer than twenty characters.", chunkSize: 4 },
    );
    const out = await readStream(await t.chat("hi", { stream: true }));
    expect(out.error).toMatchObject({ code: "answer_rejected" });
    expect(out.text).toBe("");
  });

  test("a required phrase judges a streamed answer as a whole, wherever the phrase comes", async () => {
    const long = "and the answer goes on for a good while ".repeat(8);
    const rules = [
      { type: "contains", name: "disclaims", values: ["disclaimer"] },
      { type: "regex", name: "signed", pattern: "^Regards", flags: "im", mustMatch: true },
    ];
    const t = (reply: string) => gateway({ on: ["output"], rules }, { reply, chunkSize: 4 });
    for (const reply of [
      `Disclaimer first, ${long}\nRegards`,
      `${long} with the disclaimer at the end.\nRegards`,
    ]) {
      const out = await readStream(await (await t(reply)).chat("hi", { stream: true }));
      expect(out).toMatchObject({ done: true, text: reply });
    }
    const refused = await readStream(await (await t(`${long}\nRegards`)).chat("hi", { stream: true }));
    expect(refused.error).toMatchObject({ code: "answer_rejected" });
    expect(refused.error).toMatchObject({ message: expect.stringContaining("disclaims") });
    expect(refused.text).toBe("");
  });

  test("a rule on other roles than the assistant's does not judge answers", async () => {
    const t = await gateway(
      {
        on: ["input", "output"],
        rules: [{ type: "contains", name: "polite", roles: ["user"], values: ["please"] }],
      },
      { reply: "sure thing" },
    );
    expect((await t.chat("please help")).status).toBe(200);
    expect((await t.chat("help")).status).toBe(400);
    await t.gateway.idle();
    const outputVerdicts = t.journal.records[0]!.guardrails.filter((v) => v.phase === "output");
    expect(outputVerdicts).toEqual([]);
  });

  test("property: a streamed answer is masked as the whole answer is, holding back little", async () => {
    const rules = [
      { type: "words", name: "rivals", categories: { competitors: ["acme", "globex corp"] } },
      { type: "notContains", name: "no-keys", values: ["api key"] },
    ];
    const sizes = [1, 2, 3, 5, 8];
    const cut = await Promise.all(
      sizes.map((chunkSize) => gateway({ on: ["output"], action: "mask", rules }, { chunkSize })),
    );
    const whole = await gateway({ on: ["output"], action: "mask", rules });
    const vocabulary = [
      "acme",
      "Acme",
      "acmeish",
      "globex",
      "corp",
      "Globex Corp",
      "api",
      "key",
      "API KEY",
      "the",
      "é",
    ];
    const text = fc
      .array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(" ", ", ", "\n", "")), {
        minLength: 1,
        maxLength: 25,
      })
      .map((pieces) => pieces.map(([word, gap]) => word + gap).join(""));
    await fc.assert(
      fc.asyncProperty(text, fc.nat(sizes.length - 1), async (reply, which) => {
        fc.pre(reply.trim().length > 0);
        const expected = (
          (await (await whole.chat(reply)).json()) as { choices: { message: { content: string } }[] }
        ).choices[0]!.message.content;
        const streamed = await readStream(await cut[which]!.chat(reply, { stream: true }));
        expect(streamed).toMatchObject({ done: true, text: expected });
      }),
      { numRuns: 100 },
    );
  });

  test("a word list lets a stream through a word or two behind", async () => {
    const reply = "Our product ships on Monday and costs less than the others, thanks for asking. ";
    const t = await gateway(
      {
        on: ["output"],
        action: "mask",
        rules: [{ type: "words", name: "rivals", categories: { c: ["acme"] } }],
      },
      { reply, chunkSize: 4 },
    );
    const raw = await (await t.chat("hi", { stream: true })).text();
    const events = raw
      .split("\n")
      .filter((line) => line.includes('"content":"') && !line.includes('"content":""'));
    expect(events.length).toBeGreaterThan(10);
  });
});
