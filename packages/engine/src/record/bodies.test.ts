/**
 * Bodies in the record: off by default; when asked for, the request as sent upstream and the
 * answer (a stream assembled into one), with named fields and anything shaped like a secret
 * redacted, and long bodies cut.
 */
import type { JsonObject } from "@aigw/plugin-api";
import { assembleStream } from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import { testGateway } from "../testing/harness.js";
import { compileRedactPath, redact } from "./redact.js";

const nodes = [
  { id: "watch", plugin: "probe" },
  { id: "llm", plugin: "scripted-provider", config: { chunks: ["Hel", "lo"] } },
];

describe("bodies in the record", () => {
  test("left out unless logging.bodies asks", async () => {
    const t = await testGateway({ pipeline: { nodes } });
    await (await t.chat()).arrayBuffer();
    await t.gateway.idle();
    expect(t.journal.finished.get("watch")).not.toHaveProperty("bodies");
  });

  test("request and streamed answer, redacted by path and by shape", async () => {
    const t = await testGateway({
      pipeline: { nodes },
      logging: { bodies: { request: true, response: true, redact: ["user"] } },
    });
    const key = `sk-${"a1B2".repeat(8)}`;
    await (
      await t.chat({
        stream: true,
        user: "alice@example.com",
        messages: [{ role: "user", content: `my key is ${key}` }],
      })
    ).arrayBuffer();
    await t.gateway.idle();
    const bodies = t.journal.finished.get("watch")!.bodies!;
    expect(bodies.request).toMatchObject({
      user: "[redacted]",
      messages: [{ content: "my key is [secret]" }],
    });
    expect(JSON.stringify(bodies)).not.toContain(key);
    expect(bodies.response).toMatchObject({
      object: "chat.completion",
      choices: [{ message: { content: "Hello" } }],
    });
  });

  test("a body over maxBytes is cut and marked", async () => {
    const t = await testGateway({
      pipeline: { nodes },
      logging: { bodies: { request: true, maxBytes: 256 } },
    });
    await (await t.chat({ messages: [{ role: "user", content: "x".repeat(2000) }] })).arrayBuffer();
    await t.gateway.idle();
    const bodies = t.journal.finished.get("watch")!.bodies!;
    expect(bodies.truncated).toBe(true);
    expect(typeof bodies.request).toBe("string");
    expect((bodies.request as string).length).toBe(256);
  });
});

describe("redact", () => {
  test("paths with wildcards and indexes, credential fields, secret-shaped strings", () => {
    const body: JsonObject & { messages: JsonObject[] } = {
      messages: [{ content: "a" }, { content: "b", name: "n" }],
      api_key: "plain",
      nested: { Authorization: "Bearer abcdefghijklmnopqrstuvwx", note: "AKIAABCDEFGHIJKLMNOP here" },
    };
    const out = redact(body, [
      compileRedactPath("messages[*].content"),
      compileRedactPath("nested.missing.deep"),
    ]);
    expect(out).toEqual({
      messages: [{ content: "[redacted]" }, { content: "[redacted]", name: "n" }],
      api_key: "[redacted]",
      nested: { Authorization: "[redacted]", note: "[secret] here" },
    });
    expect(body.messages[0]!.content).toBe("a");
    expect(() => compileRedactPath("messages[x")).toThrow(/not a field path/);
  });

  test("a chat stream's tool calls are joined by index", () => {
    const chunk = (delta: JsonObject, finish: string | null = null): JsonObject => ({
      id: "c1",
      object: "chat.completion.chunk",
      model: "m",
      choices: [{ index: 0, delta, finish_reason: finish }],
    });
    const body = assembleStream([
      chunk({
        role: "assistant",
        tool_calls: [{ index: 0, id: "t1", type: "function", function: { name: "get", arguments: "" } }],
      }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: '{"a":' } }] }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: "1}" } }] }, "tool_calls"),
    ]);
    expect(body).toMatchObject({
      choices: [
        {
          message: { tool_calls: [{ id: "t1", function: { name: "get", arguments: '{"a":1}' } }] },
          finish_reason: "tool_calls",
        },
      ],
    });
  });
});
