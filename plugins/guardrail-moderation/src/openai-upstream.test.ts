/**
 * The moderation guardrail asking providers-openai, pointed at a fake OpenAI upstream on
 * loopback that speaks the real moderation wire format: what the guardrail sends, one call per
 * side (a whole stream included), and a moderation upstream that fails, with the guardrail's
 * node failing open or closed.
 */
import { readStream } from "@aigw/guardrail-kit/testing";
import {
  type FakeUpstream,
  json,
  moderationResponse,
  openAIError,
  type RecordedRequest,
  type Reply,
  startFakeUpstream,
} from "@aigw/testkit";
import { afterEach, describe, expect, test } from "vitest";
import type { ModerationGuardrailConfig } from "./config.gen.js";
import { moderationGateway } from "./testing/gateway.js";

let upstream: FakeUpstream | undefined;
afterEach(async () => {
  await upstream?.close();
  upstream = undefined;
});

/** OpenAI's answer: one result per input text, "attack" flagged as violence at 0.97. */
function moderationsAnswer(request: RecordedRequest): Reply {
  const { input } = request.json<{ input: string[] }>();
  return json(
    200,
    moderationResponse(
      input.map((text) =>
        text.includes("attack")
          ? { scores: { violence: 0.97, harassment: 0.02 }, flagged: ["violence"] }
          : { scores: { violence: 0.01, harassment: 0.02 } },
      ),
    ),
  );
}

async function openaiGateway(
  guard: Omit<ModerationGuardrailConfig, "node">,
  options: { script?: (request: RecordedRequest) => Reply; onError?: "open" | "closed"; reply?: string } = {},
) {
  upstream = await startFakeUpstream(options.script ?? moderationsAnswer);
  return moderationGateway({
    guard,
    moderator: {
      plugin: "providers-openai",
      config: { baseUrl: `${upstream.url}/v1`, apiKey: "sk-moderation" },
    },
    ...(options.onError ? { onError: options.onError } : {}),
    ...(options.reply === undefined ? {} : { reply: options.reply }),
  });
}

describe("against OpenAI's moderation API", () => {
  test("sends every text of the request in one /v1/moderations call, with the configured model", async () => {
    const t = await openaiGateway({ model: "omni-moderation-latest" });
    const response = await t.chat("the last question", {
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: [{ type: "text", text: "the last question" }] },
      ],
    });
    expect(response.status).toBe(200);
    expect(upstream!.requests).toHaveLength(1);
    const sent = upstream!.requests[0]!;
    expect(sent.method).toBe("POST");
    expect(sent.path).toBe("/v1/moderations");
    expect(sent.headers.authorization).toBe("Bearer sk-moderation");
    expect(sent.json()).toEqual({
      model: "omni-moderation-latest",
      input: ["Be brief.", "the last question"],
    });
  });

  test("without a model, none is named (OpenAI picks its default)", async () => {
    const t = await openaiGateway({});
    await t.chat("hello");
    expect(upstream!.requests[0]!.json()).toEqual({ input: ["hello"] });
  });

  test("a flagged text is denied; the record keeps the answer's model out of the moderation", async () => {
    const t = await openaiGateway({});
    const response = await t.chat("plan the attack");
    expect(response.status).toBe(400);
    const record = await t.lastRecord();
    expect(record.guardrails).toEqual([
      expect.objectContaining({ check: "moderation:violence", verdict: "fail", score: 0.97 }),
    ]);
    expect(record.attempts).toEqual([]);
  });

  test("input and output: one call per side", async () => {
    const t = await openaiGateway({ on: ["input", "output"] }, { reply: "A calm answer." });
    expect((await t.chat("hello")).status).toBe(200);
    expect(upstream!.requests.map((r) => r.json<{ input: string[] }>().input)).toEqual([
      ["hello"],
      ["A calm answer."],
    ]);
  });

  test("a streamed answer is one call, with the whole answer, however many chunks it came in", async () => {
    const reply = "first words, then an attack is described, then more words to end with";
    const t = await openaiGateway({ on: ["output"] }, { reply });
    const out = await readStream(await t.chat("hello", { stream: true }));
    expect(out).toMatchObject({ text: "", done: false, error: { code: "answer_rejected" } });
    expect(upstream!.requests).toHaveLength(1);
    expect(upstream!.requests[0]!.json()).toEqual({ input: [reply] });
  });
});

describe("a moderation upstream that fails", () => {
  const failing = () => json(500, openAIError("The server had an error", { type: "server_error" }));

  test("onError closed (the default): the request fails with the upstream's error, the model is not asked", async () => {
    const t = await openaiGateway({}, { script: failing });
    const response = await t.chat("hello");
    expect(response.status).toBe(500);
    const error = ((await response.json()) as { error: { message: string } }).error;
    expect(error.message).toContain("The server had an error");
    const record = await t.lastRecord();
    expect(record.attempts).toEqual([]);
    expect(record.guardrails).toEqual([]);
  });

  test("onError open: the request goes on unchecked, and the record says the node failed open", async () => {
    const t = await openaiGateway({}, { script: failing, onError: "open" });
    const response = await t.chat("plan the attack");
    expect(response.status).toBe(200);
    const record = await t.lastRecord();
    expect(record.guardrails).toEqual([]);
    expect(record.attempts.map((r) => r.target)).toEqual(["llm"]);
    expect(record.timings.nodes).toContainEqual(
      expect.objectContaining({ node: "moderate", hook: "request", outcome: "failed_open" }),
    );
  });

  test("onError open on a complete answer: the answer is sent unchecked", async () => {
    const t = await openaiGateway(
      { on: ["output"] },
      { script: failing, onError: "open", reply: "an attack" },
    );
    expect((await t.chat("hello")).status).toBe(200);
  });

  test("on a stream the call is made once the answer has started: a failure ends it with an error event, even open", async () => {
    const t = await openaiGateway(
      { on: ["output"] },
      { script: failing, onError: "open", reply: "calm words" },
    );
    const response = await t.chat("hello", { stream: true });
    expect(response.status).toBe(200);
    const out = await readStream(response);
    expect(out).toMatchObject({ text: "", done: false });
    expect(out.error).toMatchObject({ message: expect.stringContaining("The server had an error") });
  });

  test("an answer that is not a moderation result is a failure too (502 when closed)", async () => {
    const t = await openaiGateway({}, { script: () => json(200, { id: "modr-1", model: "m" }) });
    const response = await t.chat("hello");
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ error: { code: "upstream_error" } });
  });
});
