/**
 * The webhook guardrail through a real engine (an echo provider behind it) against a real check
 * service on loopback: each kind of answer, each way a call fails under both fail modes, both
 * sides (a complete answer and a stream), what is sent, and where the secrets go.
 */
import { echoGateway, readStream } from "@aigw/guardrail-kit/testing";
import { definePlugin, type Logger, type Plugin } from "@aigw/plugin-api";
import {
  bytes,
  delay,
  json,
  type RecordedRequest,
  type Script,
  stall,
  startFakeUpstream,
  text,
} from "@aigw/testkit";
import { afterEach, describe, expect, test } from "vitest";
import webhook from "./index.js";
import type { WebhookPayload } from "./payload.js";

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});

/** A logger that keeps every line, to look for what must not be there. */
function keptLogger(lines: string[]): Logger {
  const keep = (fields: Record<string, unknown>, message?: string) => {
    lines.push(JSON.stringify({ ...fields, message }));
  };
  const logger: Logger = { debug: keep, info: keep, warn: keep, error: keep, child: () => logger };
  return logger;
}

/** An auth node that names the caller, with an attribute that must not be sent. */
const auth = definePlugin({
  manifest: {
    name: "test-auth",
    kind: "auth",
    version: "0.0.0",
    engine: "^0.1.0",
    hooks: ["request"],
    configSchema: {},
  },
  create: () => ({
    request(ctx) {
      ctx.annotations.principal = { keyId: "key-1", team: "red", attributes: { tier: "gold" } };
      return undefined;
    },
  }),
});

interface Setup {
  config?: Record<string, unknown>;
  echo?: { reply?: string; chunkSize?: number };
  env?: Record<string, string>;
  withAuth?: boolean;
  node?: Record<string, unknown>;
}

async function setup(script: Script, options: Setup = {}) {
  const service = await startFakeUpstream(script);
  cleanup.push(() => service.close());
  const logs: string[] = [];
  const node = {
    id: "guard",
    plugin: "guardrail-webhook",
    config: { url: `${service.url}/check`, ...options.config },
    ...(options.withAuth ? { needs: ["auth"] } : {}),
    ...options.node,
  };
  const t = await echoGateway({
    plugins: [webhook as Plugin<never>, auth as Plugin<never>],
    nodes: options.withAuth ? [{ id: "auth", plugin: "test-auth" }, node] : [node],
    echo: options.echo,
    env: options.env,
    logger: keptLogger(logs),
  });
  cleanup.push(() => t.gateway.close());
  const record = async () => {
    await t.gateway.idle();
    return t.journal.records.at(-1)!;
  };
  return { service, t, logs, record };
}

const payloadOf = (request: RecordedRequest) => request.json<WebhookPayload>();
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string; message: string } }).error;

const pass = json(200, { verdicts: [{ check: "toxicity", verdict: "pass", reason: "clean", score: 0.02 }] });
const fail = json(200, {
  verdicts: [{ check: "toxicity", verdict: "fail", reason: "insulting", score: 0.97 }],
});

describe("the service's verdicts", () => {
  test("pass: the request goes on; the service got the texts and nothing else", async () => {
    const { service, t, record } = await setup(pass);
    const response = await t.gateway.fetch(
      new Request("http://gateway.test/v1/chat/completions", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer client-key" },
        body: JSON.stringify({
          model: "echo-model",
          messages: [
            { role: "system", content: "be brief" },
            { role: "user", content: "hello there" },
          ],
        }),
      }),
    );
    expect(response.status).toBe(200);
    expect(t.journal.bodies).toHaveLength(1);
    const call = service.requests[0]!;
    expect(call.method).toBe("POST");
    expect(call.path).toBe("/check");
    expect(call.headers["content-type"]).toBe("application/json");
    expect(call.headers.authorization).toBeUndefined();
    expect(payloadOf(call)).toEqual({
      side: "input",
      parts: [
        { text: "be brief", role: "system", path: "/messages/0/content" },
        { text: "hello there", role: "user", path: "/messages/1/content" },
      ],
    });
    expect(call.text()).not.toContain("client-key");
    expect((await record()).guardrails).toEqual([
      {
        node: "guard",
        check: "toxicity",
        verdict: "pass",
        action: "allow",
        phase: "input",
        score: 0.02,
        reason: "clean",
        spans: undefined,
      },
    ]);
  });

  test("fail with deny: 400 content_denied naming the check and reason; the provider is not called", async () => {
    const { t, record } = await setup(fail);
    const response = await t.chat("you fool");
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("content_denied");
    expect(error.message).toBe('Blocked by guardrail "guard": toxicity (insulting).');
    expect(t.journal.bodies).toHaveLength(0);
    expect((await record()).guardrails[0]).toMatchObject({
      check: "toxicity",
      verdict: "fail",
      action: "deny",
      score: 0.97,
    });
  });

  test("fail with spans and mask: the forwarded request is masked; spans are clamped to the text", async () => {
    const content = "call me at 555-0100 or mail bob@example.com";
    const { t, record } = await setup(
      json(200, {
        verdicts: [
          {
            check: "pii",
            verdict: "fail",
            reason: "a phone number and an email address",
            spans: [
              { part: 0, start: 11, end: 19, label: "phone" },
              // Runs past the end of the text: clamped to it.
              { part: 0, start: 28, end: 400, label: "email" },
              // Wholly past the end: dropped.
              { part: 0, start: 500, end: 510, label: "ghost" },
            ],
          },
        ],
      }),
      { config: { action: "mask" } },
    );
    const response = await t.chat(content, { temperature: 0.3 });
    expect(response.status).toBe(200);
    expect(t.journal.bodies[0]).toMatchObject({
      temperature: 0.3,
      messages: [{ role: "user", content: "call me at [PHONE] or mail [EMAIL]" }],
    });
    expect((await record()).guardrails[0]).toMatchObject({
      verdict: "fail",
      action: "mask",
      spans: [
        { part: 0, start: 11, end: 19, label: "phone" },
        { part: 0, start: 28, end: content.length, label: "email" },
      ],
    });
  });

  test("flag: passes with the flag header and the failing verdict recorded", async () => {
    const { t, record } = await setup(fail, { config: { action: "flag" } });
    const response = await t.chat("you fool");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-aigw-guardrail-guard")).toBe("toxicity");
    expect(t.journal.bodies).toHaveLength(1);
    expect((await record()).guardrails[0]).toMatchObject({ verdict: "fail", action: "flag" });
  });

  test("the short form: one verdict under the check name webhook", async () => {
    const failing = await setup(json(200, { verdict: "fail", reason: "off topic", score: 0.8 }));
    const response = await failing.t.chat("let us talk about something else");
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toBe('Blocked by guardrail "guard": webhook (off topic).');
    expect((await failing.record()).guardrails[0]).toMatchObject({
      check: "webhook",
      verdict: "fail",
      score: 0.8,
    });

    const passing = await setup(json(200, { verdict: "pass" }));
    expect((await passing.t.chat("fine")).status).toBe(200);
    expect((await passing.record()).guardrails[0]).toMatchObject({
      check: "webhook",
      verdict: "pass",
      reason: "passed by the webhook",
    });
  });

  test("several verdicts: each is recorded, the failing ones named in the denial", async () => {
    const { t, record } = await setup(
      json(200, {
        verdicts: [
          { check: "b-topic", verdict: "fail", reason: "off topic" },
          { check: "a-tone", verdict: "pass", reason: "polite" },
        ],
      }),
    );
    const response = await t.chat("anything");
    expect((await errorOf(response)).message).toBe('Blocked by guardrail "guard": b-topic (off topic).');
    // In the order the service gave them.
    expect((await record()).guardrails.map((v) => [v.check, v.verdict])).toEqual([
      ["b-topic", "fail"],
      ["a-tone", "pass"],
    ]);
  });
});

describe("a failed call", () => {
  const failures: [string, Script, string][] = [
    ["a 500", text(500, "internal error"), "answered HTTP 500"],
    ["an answer that is not JSON", text(200, "<html>ok</html>"), "gave an answer that is not JSON"],
    ["a malformed verdict", json(200, { verdicts: [{ check: "x", verdict: "maybe" }] }), "malformed"],
    ["a span on a part not sent", json(200, { verdicts: [spanOnPart(3)] }), "malformed"],
    ["neither form", json(200, { ok: true }), "malformed"],
  ];

  function spanOnPart(part: number) {
    return {
      check: "pii",
      verdict: "fail",
      reason: "found",
      spans: [{ part, start: 0, end: 1, label: "x" }],
    };
  }

  test.each(failures)("%s, failing closed: refused with a message saying why", async (_name, script, why) => {
    const { t, record, logs } = await setup(script);
    const response = await t.chat("hello");
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("content_denied");
    expect(error.message).toContain('Guardrail "guard" could not check the request: its webhook');
    expect(error.message).toContain(why);
    expect(error.message).toContain("fails closed");
    expect(t.journal.bodies).toHaveLength(0);
    const verdict = (await record()).guardrails[0]!;
    expect(verdict).toMatchObject({ check: "webhook", verdict: "fail", action: "deny", phase: "input" });
    expect(verdict.reason).toContain("webhook unavailable: it ");
    expect(logs.some((line) => line.includes(why))).toBe(true);
  });

  test.each(failures)("%s, failing open: passes, recorded as webhook unavailable", async (_n, script) => {
    const { t, record } = await setup(script, { config: { failMode: "open" } });
    const response = await t.chat("hello");
    expect(response.status).toBe(200);
    expect(t.journal.bodies).toHaveLength(1);
    expect((await record()).guardrails).toEqual([
      expect.objectContaining({
        check: "webhook",
        verdict: "pass",
        action: "allow",
        reason: "webhook unavailable",
      }),
    ]);
  });

  test("a timeout before the answer, failing closed: refused once timeoutMs has passed", async () => {
    const { t, record } = await setup(delay(2_000, pass), { config: { timeoutMs: 80 } });
    const started = performance.now();
    const response = await t.chat("hello");
    const elapsed = performance.now() - started;
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain("its webhook timed out after 80 ms");
    expect(elapsed).toBeGreaterThanOrEqual(70);
    expect(elapsed).toBeLessThan(1_000);
    expect((await record()).guardrails[0]).toMatchObject({ verdict: "fail", action: "deny" });
  });

  test("a timeout while the body arrives, failing open: passes", async () => {
    const body = new TextEncoder().encode(JSON.stringify({ verdict: "fail", reason: "late" }));
    const slow = bytes(200, "application/json", [body.subarray(0, 5), body.subarray(5)], { delayMs: 2_000 });
    const { t, record } = await setup(slow, { config: { timeoutMs: 80, failMode: "open" } });
    const started = performance.now();
    expect((await t.chat("hello")).status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect((await record()).guardrails[0]).toMatchObject({ reason: "webhook unavailable" });
  });

  test("an unreachable service, failing closed: refused", async () => {
    const closed = await startFakeUpstream(pass);
    const url = `${closed.url}/check`;
    await closed.close();
    const t = await echoGateway({
      plugins: [webhook as Plugin<never>],
      nodes: [{ id: "guard", plugin: "guardrail-webhook", config: { url } }],
    });
    cleanup.push(() => t.gateway.close());
    const response = await t.chat("hello");
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain("its webhook could not be reached");
  });

  test("the node's own timeout is not a webhook failure: failing open does not pass it", async () => {
    const { service, t } = await setup(stall(), {
      config: { timeoutMs: 5_000, failMode: "open" },
      node: { timeoutMs: 60 },
    });
    const response = await t.chat("hello");
    expect(response.status).toBe(504);
    expect((await errorOf(response)).code).toBe("plugin_timeout");
    expect(t.journal.bodies).toHaveLength(0);
    // The call was abandoned with the request: the service saw its connection close.
    expect(await service.requests[0]!.ended).toBe("closed");
  });
});

describe("the output side", () => {
  const outputSpans = (request: RecordedRequest) => {
    const payload = payloadOf(request);
    const spans = payload.parts.flatMap((part, index) =>
      [...part.text.matchAll(/secret/g)].map((m) => ({
        part: index,
        start: m.index,
        end: m.index + m[0].length,
        label: "secret",
      })),
    );
    return json(200, {
      verdicts: [
        spans.length > 0
          ? { check: "leak", verdict: "fail", reason: "a secret", spans }
          : { check: "leak", verdict: "pass", reason: "nothing" },
      ],
    });
  };

  test("a complete answer: the service sees it as output; a fail refuses it with 422", async () => {
    const { service, t, record } = await setup(outputSpans, {
      config: { on: ["output"] },
      echo: { reply: "the secret is out" },
    });
    const response = await t.chat("tell me");
    expect(response.status).toBe(422);
    expect((await errorOf(response)).code).toBe("answer_rejected");
    expect(service.requests).toHaveLength(1);
    expect(payloadOf(service.requests[0]!)).toEqual({
      side: "output",
      parts: [{ text: "the secret is out", role: "assistant", path: "/choices/0/message/content" }],
    });
    expect((await record()).guardrails[0]).toMatchObject({ phase: "output", verdict: "fail" });
  });

  test("a complete answer that passes is delivered as it was", async () => {
    const { t } = await setup(outputSpans, { config: { on: ["output"] }, echo: { reply: "all fine" } });
    const body = (await (await t.chat("tell me")).json()) as { choices: { message: { content: string } }[] };
    expect(body.choices[0]!.message.content).toBe("all fine");
  });

  test("a complete answer masked", async () => {
    const { t } = await setup(outputSpans, {
      config: { on: ["output"], action: "mask" },
      echo: { reply: "the secret is out" },
    });
    const body = (await (await t.chat("tell me")).json()) as { choices: { message: { content: string } }[] };
    expect(body.choices[0]!.message.content).toBe("the [SECRET] is out");
  });

  test("a complete answer when the service fails closed: 422, saying the answer could not be checked", async () => {
    const { t, record } = await setup(text(503, "busy"), {
      config: { on: ["output"] },
      echo: { reply: "anything" },
    });
    const response = await t.chat("tell me");
    expect(response.status).toBe(422);
    expect((await errorOf(response)).message).toContain(
      "could not check the answer: its webhook answered HTTP 503",
    );
    expect((await record()).guardrails[0]).toMatchObject({ phase: "output", action: "deny" });
  });

  test("a stream, whole: one call with the whole answer; a fail ends it before any text", async () => {
    const reply = "a harmless start, then the secret, then more";
    const { service, t, record } = await setup(outputSpans, {
      config: { on: ["output"] },
      echo: { reply, chunkSize: 4 },
    });
    const out = await readStream(await t.chat("tell me", { stream: true }));
    expect(out.done).toBe(false);
    expect(out.error).toMatchObject({ code: "answer_rejected" });
    expect(out.text).toBe("");
    expect(service.requests).toHaveLength(1);
    expect(payloadOf(service.requests[0]!).parts).toEqual([
      { text: reply, role: "assistant", path: "/choices/0/message/content" },
    ]);
    expect((await record()).guardrails[0]).toMatchObject({ phase: "stream", verdict: "fail" });
  });

  test("a stream, whole, that passes: replayed in full", async () => {
    const reply = "nothing to see here at all";
    const { service, t } = await setup(outputSpans, { config: { on: ["output"] }, echo: { reply } });
    const out = await readStream(await t.chat("tell me", { stream: true }));
    expect(out).toMatchObject({ text: reply, done: true, error: undefined });
    expect(service.requests).toHaveLength(1);
  });

  test("a stream window by window (wholeAnswer off), masked as it passes", async () => {
    const reply = "first a secret, then plain words for a while, and a secret again at the end";
    const { service, t } = await setup(outputSpans, {
      config: { on: ["output"], action: "mask", wholeAnswer: false, stream: { holdBackChars: 16 } },
      echo: { reply, chunkSize: 5 },
    });
    const out = await readStream(await t.chat("tell me", { stream: true }));
    expect(out).toMatchObject({ done: true, error: undefined });
    expect(out.text).toBe(reply.replaceAll("secret", "[SECRET]"));
    expect(service.requests.length).toBeGreaterThan(1);
  });

  test("a stream when the service times out, failing closed: an error event, no text", async () => {
    const { t } = await setup(stall(), {
      config: { on: ["output"], timeoutMs: 60 },
      echo: { reply: "some answer" },
    });
    const out = await readStream(await t.chat("tell me", { stream: true }));
    expect(out.error).toMatchObject({ code: "answer_rejected" });
    expect(out.text).toBe("");
  });

  test("a stream when the service times out, failing open: delivered", async () => {
    const { t, record } = await setup(stall(), {
      config: { on: ["output"], timeoutMs: 60, failMode: "open" },
      echo: { reply: "some answer" },
    });
    const out = await readStream(await t.chat("tell me", { stream: true }));
    expect(out).toMatchObject({ text: "some answer", done: true, error: undefined });
    expect((await record()).guardrails[0]).toMatchObject({
      phase: "stream",
      verdict: "pass",
      reason: "webhook unavailable",
    });
  });
});

describe("what is sent", () => {
  test("include request: model, endpoint, request id and the principal without its attributes", async () => {
    const { service, t, record } = await setup(pass, {
      config: { include: ["texts", "request"] },
      withAuth: true,
    });
    expect((await t.chat("hello")).status).toBe(200);
    const { requestId } = await record();
    expect(payloadOf(service.requests[0]!)).toEqual({
      side: "input",
      parts: [{ text: "hello", role: "user", path: "/messages/0/content" }],
      model: "echo-model",
      endpoint: "chat.completions",
      requestId,
      principal: { keyId: "key-1", team: "red" },
    });
  });

  test("headersFromEnv: the secret reaches the service, never the record, the client or the log", async () => {
    const secret = "s3cret-token-value";
    const { service, t, record, logs } = await setup(text(500, "down"), {
      config: {
        headers: { "X-Tenant": "acme" },
        headersFromEnv: { Authorization: "GUARD_TOKEN" },
      },
      env: { GUARD_TOKEN: secret },
    });
    const response = await t.chat("hello");
    const raw = await response.text();
    expect(response.status).toBe(400);
    const call = service.requests[0]!;
    expect(call.headers.authorization).toBe(secret);
    expect(call.headers["x-tenant"]).toBe("acme");
    expect(raw).not.toContain(secret);
    expect(JSON.stringify(await record())).not.toContain(secret);
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join("\n")).not.toContain(secret);
  });

  test("a variable headersFromEnv names that is not set stops the boot, naming it", async () => {
    const boot = echoGateway({
      plugins: [webhook as Plugin<never>],
      nodes: [
        {
          id: "guard",
          plugin: "guardrail-webhook",
          config: { url: "http://127.0.0.1:9/check", headersFromEnv: { authorization: "GUARD_TOKEN" } },
        },
      ],
      env: {},
    });
    await expect(boot).rejects.toThrow(/GUARD_TOKEN/);
  });

  test("the config is validated: a url that is not http(s), a bad failMode, include without texts", async () => {
    for (const config of [
      { url: "ftp://example.test/check" },
      { url: "http://127.0.0.1:9/check", failMode: "sometimes" },
      { url: "http://127.0.0.1:9/check", include: ["request"] },
      { url: "http://127.0.0.1:9/check", headersFromEnv: { authorization: "not a name" } },
    ]) {
      const boot = echoGateway({
        plugins: [webhook as Plugin<never>],
        nodes: [{ id: "guard", plugin: "guardrail-webhook", config }],
      });
      await expect(boot, JSON.stringify(config)).rejects.toThrow();
    }
  });
});
