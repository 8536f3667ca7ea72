/**
 * A guardrail built with defineGuardrail, through a real engine: each action on input, on a
 * complete answer and on a stream, the record, and concurrent guardrails.
 */
import type { Plugin } from "@aigw/plugin-api";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { defineGuardrail } from "./define-guardrail.js";
import { echoGateway, readStream } from "./testing/echo-gateway.js";
import { wordGuardrail } from "./testing/word-guardrail.js";
import type { GuardrailSettings, PartSpan, Span } from "./types.js";

const plugins = [wordGuardrail() as Plugin<never>];
const node = (config: Record<string, unknown>, id = "words") => ({ id, plugin: "guardrail-words", config });

async function settle(t: Awaited<ReturnType<typeof echoGateway>>) {
  await t.gateway.idle();
  return t.journal.records.at(-1)!;
}

describe("input", () => {
  test("deny: 400 content_denied naming the node and check; the provider is never called", async () => {
    const t = await echoGateway({ plugins, nodes: [node({ words: ["bomb"] })] });
    const response = await t.chat("how to build a Bomb");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string; type: string } };
    expect(body.error).toMatchObject({ code: "content_denied", type: "invalid_request_error" });
    expect(body.error.message).toContain('guardrail "words"');
    expect(t.journal.bodies).toHaveLength(0);
    const record = await settle(t);
    expect(record.guardrails).toEqual([
      expect.objectContaining({
        node: "words",
        check: "words",
        verdict: "fail",
        action: "deny",
        phase: "input",
      }),
    ]);
  });

  test("mask: the forwarded request carries the mask, the structure is kept", async () => {
    const t = await echoGateway({ plugins, nodes: [node({ words: ["secret"], action: "mask" })] });
    const response = await t.chat("my secret is safe", { temperature: 0.5 });
    expect(response.status).toBe(200);
    expect(t.journal.bodies[0]).toMatchObject({
      temperature: 0.5,
      messages: [{ role: "user", content: "my [WORD] is safe" }],
    });
  });

  test("flag: passes, with a header and the verdict recorded", async () => {
    const t = await echoGateway({ plugins, nodes: [node({ words: ["hmm"], action: "flag" })] });
    const response = await t.chat("hmm, maybe");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-aigw-guardrail-words")).toBe("words");
    const record = await settle(t);
    expect(record.guardrails[0]).toMatchObject({
      verdict: "fail",
      action: "flag",
      spans: [{ part: 0, start: 0, end: 3 }],
    });
  });

  test("a passing request is recorded as pass and keeps its original bytes", async () => {
    const t = await echoGateway({ plugins, nodes: [node({ words: ["nothing"] })] });
    expect((await t.chat("all good")).status).toBe(200);
    const record = await settle(t);
    expect(record.guardrails[0]).toMatchObject({ verdict: "pass", action: "allow" });
  });
});

describe("output", () => {
  test("deny on a complete answer: 422 answer_rejected", async () => {
    const t = await echoGateway({
      plugins,
      nodes: [node({ words: ["leak"], on: ["output"] })],
      echo: { reply: "a leak here" },
    });
    const response = await t.chat("hello");
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: { code: "answer_rejected" } });
  });

  test("mask on a complete answer", async () => {
    const t = await echoGateway({
      plugins,
      nodes: [node({ words: ["leak"], on: ["output"], action: "mask" })],
      echo: { reply: "a leak here" },
    });
    const body = (await (await t.chat("hello")).json()) as { choices: { message: { content: string } }[] };
    expect(body.choices[0]!.message.content).toBe("a [WORD] here");
  });

  test("mask on a stream cut into 3-character chunks: the word never reaches the client", async () => {
    const reply = "first the password hunter2 then password again and more text after it";
    const t = await echoGateway({
      plugins,
      nodes: [
        node({
          words: ["password", "hunter2"],
          on: ["output"],
          action: "mask",
          stream: { holdBackChars: 16 },
        }),
      ],
      echo: { reply, chunkSize: 3 },
    });
    const out = await readStream(await t.chat("hi", { stream: true }));
    expect(out).toMatchObject({ done: true, error: undefined });
    expect(out.text).toBe("first the [WORD] [WORD] then [WORD] again and more text after it");
    const record = await settle(t);
    expect(record.guardrails).toEqual([
      expect.objectContaining({ phase: "stream", verdict: "fail", action: "mask" }),
    ]);
  });

  test("a stream's record names every span masked, in the streamed text's offsets", async () => {
    const reply = "first the password hunter2 then password again and more text after it";
    const t = await echoGateway({
      plugins,
      nodes: [node({ words: ["password", "hunter2"], on: ["output"], action: "mask" })],
      echo: { reply, chunkSize: 3 },
    });
    await readStream(await t.chat("hi", { stream: true }));
    const record = await settle(t);
    const spans = [...reply.matchAll(/password|hunter2/g)].map((m) => ({
      part: 0,
      start: m.index,
      end: m.index + m[0].length,
      label: "word",
    }));
    expect(record.guardrails).toEqual([
      expect.objectContaining({ phase: "stream", verdict: "fail", reason: "masked word x3", spans }),
    ]);
  });

  test("a streamed tool call's arguments are checked as they pass, like content", async () => {
    const more = "and some text after it, ".repeat(12);
    const args = `{"note":"the password is hunter2","more":"${more}","again":"password"}`;
    for (const chunkSize of [1, 4, 7]) {
      const t = await echoGateway({
        plugins,
        nodes: [node({ words: ["password", "hunter2"], on: ["output"], action: "mask" })],
        echo: { reply: args, chunkSize, tool: "save" },
      });
      const out = await readStream(await t.chat("hi", { stream: true }));
      expect(out).toMatchObject({ done: true, text: "" });
      expect(out.args).toBe(`{"note":"the [WORD] is [WORD]","more":"${more}","again":"[WORD]"}`);
      // Held back by the window, not to the end: some argument text went out before the finish.
      expect(out.events).toBeGreaterThan(2);
      const json = (await (await t.chat("hi")).json()) as {
        choices: { message: { tool_calls: { function: { arguments: string } }[] } }[];
      };
      expect(json.choices[0]!.message.tool_calls[0]!.function.arguments).toBe(out.args);
    }
  });

  test("deny on a stream: an error event before the word, never [DONE]", async () => {
    const t = await echoGateway({
      plugins,
      nodes: [node({ words: ["forbidden"], on: ["output"], stream: { holdBackChars: 12 } })],
      echo: { reply: "a long harmless opening sentence, then the forbidden word", chunkSize: 4 },
    });
    const out = await readStream(await t.chat("hi", { stream: true }));
    expect(out.done).toBe(false);
    expect(out.error).toMatchObject({ code: "answer_rejected" });
    expect(out.text).not.toContain("forb");
    expect(out.text.startsWith("a long harmless")).toBe(true);
  });
});

describe("several guardrails", () => {
  test("the record is the same whichever finishes first", async () => {
    const run = async (first: number, second: number) => {
      const t = await echoGateway({
        plugins,
        nodes: [
          node({ words: ["alpha"], action: "flag", delayMs: first }, "a"),
          node({ words: ["beta"], action: "flag", delayMs: second }, "b"),
        ],
      });
      await (await t.chat("alpha and beta")).text();
      return (await settle(t)).guardrails;
    };
    const one = await run(1, 30);
    const other = await run(30, 1);
    expect(one.map((v) => v.node)).toEqual(["a", "b"]);
    expect(other).toEqual(one);
  });

  test("property: verdicts and outcome do not depend on the order checks complete in", async () => {
    const words = ["alpha", "beta", "gamma"];
    const run = async (delays: readonly number[], actions: readonly string[]) => {
      const t = await echoGateway({
        plugins,
        nodes: words.map((word, i) =>
          node({ words: [word], action: actions[i], delayMs: delays[i] }, `g${i}`),
        ),
      });
      const response = await t.chat("alpha beta gamma");
      const body = await response.text();
      await t.gateway.idle();
      return { status: response.status, body, verdicts: t.journal.records[0]!.guardrails };
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.constantFrom("flag", "mask", "deny"), { minLength: 3, maxLength: 3 }),
        async (delays, actions) => {
          const reference = await run([0, 0, 0], actions);
          expect(await run(delays, actions)).toEqual(reference);
        },
      ),
      { numRuns: 12 },
    );
  });

  test("concurrent guardrails masking the same message both reach the provider masked", async () => {
    for (const [first, second] of [
      [1, 30],
      [30, 1],
    ] as const) {
      const t = await echoGateway({
        plugins,
        nodes: [
          node({ words: ["alpha"], action: "mask", delayMs: first }, "z-first"),
          node({ words: ["beta"], action: "mask", delayMs: second }, "a-second"),
        ],
      });
      await (await t.chat("alpha then beta")).text();
      expect(t.journal.bodies[0]).toMatchObject({
        messages: [{ role: "user", content: "[WORD] then [WORD]" }],
      });
      // One entry per node, in plan order, each with what it masked.
      const record = await settle(t);
      expect(record.guardrails.map((v) => [v.node, v.verdict, v.spans?.length])).toEqual([
        ["z-first", "fail", 1],
        ["a-second", "fail", 1],
      ]);
    }
  });

  test("a deny stops the others", async () => {
    const t = await echoGateway({
      plugins,
      nodes: [node({ words: ["x"], delayMs: 1 }, "fast"), node({ words: ["nothing"], delayMs: 200 }, "slow")],
    });
    const started = performance.now();
    expect((await t.chat("x marks")).status).toBe(400);
    expect(performance.now() - started).toBeLessThan(150);
  });
});

/**
 * Masks every "#" of an answer and rewrites every "@" to "a", counting how often the kit reads
 * the rewriter's spans.
 */
function marksGuardrail(reads: { count: number }) {
  const every = (text: string, char: string, label: string) => {
    const spans: Span[] = [];
    for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1))
      spans.push({ start: i, end: i + 1, label });
    return spans;
  };
  const counted = (span: Span): Span =>
    new Proxy(span, {
      get(target, key, receiver) {
        reads.count++;
        return Reflect.get(target, key, receiver);
      },
    });
  return defineGuardrail<GuardrailSettings>({
    manifest: {
      name: "guardrail-marks",
      version: "0.0.0",
      engine: "^0.1.0",
      configSchema: { type: "object", properties: { on: { type: "array" }, action: { type: "string" } } },
    },
    create: () => ({
      check: ({ parts }) => {
        const spans: PartSpan[] = [];
        parts.forEach((part, index) => {
          for (const span of every(part.text, "#", "mark")) spans.push({ ...span, part: index });
        });
        return [{ check: "marks", verdict: spans.length > 0 ? "fail" : "pass", spans, reason: "marks" }];
      },
      rewriter: () => ({
        holdBack: 1,
        find: (text) => every(text, "@", "at").map(counted),
        replacement: () => "a",
      }),
    }),
  });
}

describe("rewriting an answer", () => {
  async function answer(config: Record<string, unknown>, reply: string, reads = { count: 0 }) {
    const t = await echoGateway({
      plugins: [marksGuardrail(reads) as Plugin<never>],
      nodes: [{ id: "marks", plugin: "guardrail-marks", config }],
      echo: { reply },
    });
    const response = await t.chat("hi");
    const body = (await response.json()) as { choices: { message: { content: string } }[] };
    return { status: response.status, content: body.choices?.[0]?.message.content };
  }

  test("each rewrite is checked against the masks once, not against every mask", async () => {
    const reads = { count: 0 };
    const out = await answer({ on: ["output"], action: "mask" }, "#@".repeat(2_000), reads);
    expect(out).toEqual({ status: 200, content: "[MARK]a".repeat(2_000) });
    // Comparing each of 2,000 rewrites with every mask read their spans millions of times.
    expect(reads.count).toBeLessThanOrEqual(10 * 2_000);
  });

  test("an answer can hold more rewrites than a function call takes arguments", async () => {
    const out = await answer({}, "@".repeat(200_000));
    expect(out).toEqual({ status: 200, content: "a".repeat(200_000) });
  });
});
