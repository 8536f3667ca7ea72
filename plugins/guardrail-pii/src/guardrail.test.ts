/**
 * The PII guardrail through a real engine: what reaches the provider, the client and the record
 * when the request or the answer (JSON or stream) carries personal data.
 */
import { echoGateway, readStream } from "@aigw/guardrail-kit/testing";
import type { Plugin } from "@aigw/plugin-api";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import pii from "./index.js";
import { plantedText } from "./testing/arbitraries.js";

const plugins = [pii as Plugin<never>];
const EMAIL = "jane.doe@example.com";
const CARD = "4111 1111 1111 1111";

function gateway(config: Record<string, unknown>, echo?: Record<string, unknown>) {
  return echoGateway({ plugins, nodes: [{ id: "pii", plugin: "guardrail-pii", config }], echo });
}

async function content(response: Response): Promise<string> {
  const body = (await response.json()) as { choices: { message: { content: string } }[] };
  return body.choices[0]!.message.content;
}

describe("on the request", () => {
  test("deny: 400 naming what was found, never the value", async () => {
    const t = await gateway({});
    const response = await t.chat(`charge my card ${CARD} please`);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain("card x1");
    expect(text).not.toContain("4111");
    expect(t.journal.bodies).toHaveLength(0);
  });

  test("mask: placeholders go upstream; the same value gets the same placeholder", async () => {
    const t = await gateway({ action: "mask" });
    await t.chat(`mail ${EMAIL}, again ${EMAIL}, card ${CARD}`);
    expect(t.journal.bodies[0]).toMatchObject({
      messages: [{ role: "user", content: "mail [EMAIL_1], again [EMAIL_1], card [CARD_1]" }],
    });
  });

  test("mask with restore: the answer repeats the placeholders and gets the values back", async () => {
    const t = await gateway({ action: "mask", restore: true });
    const prompt = `write to ${EMAIL} about card ${CARD}`;
    expect(await content(await t.chat(prompt))).toBe(prompt);
    const streamed = await readStream(await t.chat(prompt, { stream: true }));
    expect(streamed).toMatchObject({ text: prompt, done: true });
  });

  test("a clean request passes with its original bytes", async () => {
    const t = await gateway({ action: "mask" });
    expect((await t.chat("nothing personal here")).status).toBe(200);
    await t.gateway.idle();
    expect(t.journal.records[0]!.guardrails[0]).toMatchObject({ verdict: "pass" });
  });
});

describe("config", () => {
  test("restore without action: mask is refused at start, naming the setting", async () => {
    for (const config of [
      { restore: true },
      { restore: true, action: "flag" },
      { restore: true, action: "fallback" },
    ]) {
      await expect(gateway(config)).rejects.toThrow(/restore: true needs action: mask/);
    }
    await expect(gateway({ restore: true, action: "mask", on: ["output"] })).rejects.toThrow(
      /restore: true needs the request masked, but on is \[output\]/,
    );
    await expect(gateway({ restore: false })).resolves.toBeDefined();
  });
});

describe("on the answer", () => {
  test("a streamed answer with an email and a card reaches the client masked", async () => {
    const reply = `Sure: write to ${EMAIL} and pay with ${CARD} today.`;
    const t = await gateway({ on: ["output"], action: "mask" }, { reply, chunkSize: 2 });
    const out = await readStream(await t.chat("hi", { stream: true }));
    expect(out).toMatchObject({ done: true, text: "Sure: write to [EMAIL] and pay with [CARD] today." });
  });

  test("a streamed answer is held back only while a value may be forming", async () => {
    const reply = "Your order ships on Monday and arrives by Friday, thanks for waiting. ";
    const t = await gateway({ on: ["output"], action: "mask" }, { reply, chunkSize: 4 });
    const events = await contentEvents(await t.chat("hi", { stream: true }));
    // Without a value in sight, each event carries the text up to the word being written.
    expect(events.join("")).toBe(reply);
    expect(events.length).toBeGreaterThan(10);
  });

  test("a long token (a JWT) is held whole and masked as in the complete answer", async () => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const jwt = `${part({ alg: "HS256", typ: "JWT" })}.${part({ sub: "42", note: "a".repeat(200) })}.${"s1Gn4tur3".repeat(5)}`;
    const reply = `Token ${jwt} done.`;
    const t = await gateway({ on: ["output"], action: "mask" }, { reply, chunkSize: 4 });
    const complete = await content(await t.chat("hi"));
    expect(complete).toBe("Token [SECRET] done.");
    expect(await readStream(await t.chat("hi", { stream: true }))).toMatchObject({
      done: true,
      text: complete,
    });
  });

  test("the record of a masked stream names what was masked, with its spans", async () => {
    const key = `sk-proj-${"Ab3".repeat(50)}`;
    const reply = `Mail ${EMAIL}, card ${CARD}. Key: ${key} end.`;
    const t = await gateway({ on: ["output"], action: "mask" }, { reply, chunkSize: 5 });
    await readStream(await t.chat("hi", { stream: true }));
    await t.gateway.idle();
    const verdict = t.journal.records.at(-1)!.guardrails[0]!;
    expect(verdict).toMatchObject({
      phase: "stream",
      verdict: "fail",
      reason: "masked email x1, card x1, secret x1",
    });
    expect(verdict.spans!.map((s) => reply.slice(s.start, s.end))).toEqual([EMAIL, CARD, key]);
  });

  test("deny on a JSON answer", async () => {
    const t = await gateway({ on: ["output"] }, { reply: `key: ghp_${"a1B2".repeat(9)}` });
    expect((await t.chat("hi")).status).toBe(422);
  });
});

/** The content of each streamed event that carried text, in order. */
async function contentEvents(response: Response): Promise<string[]> {
  const events: string[] = [];
  for (const line of (await response.text()).split("\n")) {
    if (!line.startsWith("data: {")) continue;
    const data = JSON.parse(line.slice(6)) as { choices?: { delta?: { content?: string } }[] };
    const text = data.choices?.[0]?.delta?.content;
    if (text) events.push(text);
  }
  return events;
}

describe("properties", () => {
  test("a streamed answer, however it is cut, is masked as the whole answer is, and never leaks a value", async () => {
    const sizes = [1, 2, 3, 5, 8, 13];
    // A hold-back that never binds: only what `pending` says is held, so any leak would show.
    const cut = await Promise.all(
      sizes.map((chunkSize) =>
        gateway({ on: ["output"], action: "mask", stream: { holdBackChars: 4096 } }, { chunkSize }),
      ),
    );
    const whole = await gateway({ on: ["output"], action: "mask" });
    await fc.assert(
      fc.asyncProperty(plantedText(), fc.nat(sizes.length - 1), async ({ text, planted }, which) => {
        fc.pre(text.trim().length > 0);
        const expected = await content(await whole.chat(text));
        const streamed = await readStream(await cut[which]!.chat(text, { stream: true }));
        expect(streamed).toMatchObject({ done: true, text: expected });
        for (const { value } of planted) expect(streamed.text).not.toContain(value);
      }),
      { numRuns: 80 },
    );
  });

  test("masking never leaks a value upstream, into the record or the answer; restore gives back the prompt exactly", async () => {
    const masked = await gateway({ action: "mask" });
    const restored = await gateway({ action: "mask", restore: true });
    await fc.assert(
      fc.asyncProperty(plantedText(true), async ({ text, planted }) => {
        fc.pre(text.trim().length > 0);
        const answer = await content(await masked.chat(text));
        await masked.gateway.idle();
        const sent = JSON.stringify(masked.journal.bodies.at(-1));
        const record = JSON.stringify(masked.journal.records.at(-1));
        for (const { value } of planted) {
          expect(sent).not.toContain(JSON.stringify(value).slice(1, -1));
          expect(record).not.toContain(JSON.stringify(value).slice(1, -1));
          expect(answer).not.toContain(value);
        }
        expect(await content(await restored.chat(text))).toBe(text);
      }),
      { numRuns: 60 },
    );
  });
});
