/** Bad input always gets an OpenAI-shaped error with the right status, never a crash. */
import { describe, expect, test } from "vitest";
import { testGateway } from "../testing/harness.js";

const config = {
  pipeline: { nodes: [{ id: "llm", plugin: "scripted-provider", config: { models: ["m1", "m2"] } }] },
  limits: { maxBodyBytes: 2048 },
};

async function send(path: string, init: RequestInit = {}) {
  const t = await testGateway(config);
  const response = await t.gateway.fetch(new Request(`http://gw.test${path}`, init));
  return { status: response.status, body: await response.json(), headers: response.headers };
}

function expectOpenAIError(body: { error: Record<string, unknown> }) {
  expect(Object.keys(body.error).sort()).toEqual(["code", "message", "param", "type"]);
  expect(typeof body.error.message).toBe("string");
}

describe("OpenAI ingress", () => {
  test.each([
    ["invalid JSON", "/v1/chat/completions", { method: "POST", body: "{nope" }, 400, "invalid_json", null],
    ["a JSON array", "/v1/chat/completions", { method: "POST", body: "[]" }, 400, "invalid_request", null],
    [
      "no model",
      "/v1/chat/completions",
      { method: "POST", body: JSON.stringify({ messages: [{ role: "user", content: "x" }] }) },
      400,
      "invalid_request",
      "model",
    ],
    [
      "empty messages",
      "/v1/chat/completions",
      { method: "POST", body: JSON.stringify({ model: "m", messages: [] }) },
      400,
      "invalid_request",
      "messages",
    ],
    [
      "a message without role",
      "/v1/chat/completions",
      { method: "POST", body: JSON.stringify({ model: "m", messages: [{ content: "x" }] }) },
      400,
      "invalid_request",
      "messages[0].role",
    ],
    [
      "wrong type",
      "/v1/chat/completions",
      {
        method: "POST",
        body: JSON.stringify({ model: "m", messages: [{ role: "user" }], temperature: "hot" }),
      },
      400,
      "invalid_request",
      "temperature",
    ],
    ["an unknown path", "/v1/nothing-here", { method: "POST", body: "{}" }, 404, "not_found", null],
    ["GET on a POST route", "/v1/chat/completions", { method: "GET" }, 405, "method_not_allowed", null],
    [
      "a body over the limit",
      "/v1/embeddings",
      { method: "POST", body: JSON.stringify({ model: "m", input: "x".repeat(5000) }) },
      413,
      "payload_too_large",
      null,
    ],
    [
      "multipart on a JSON route",
      "/v1/embeddings",
      { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: "--x--" },
      415,
      "unsupported_media_type",
      null,
    ],
    [
      "JSON on the multipart route",
      "/v1/audio/transcriptions",
      { method: "POST", headers: { "content-type": "application/json" }, body: "{}" },
      415,
      "unsupported_media_type",
      null,
    ],
    [
      "bad metadata header",
      "/v1/embeddings",
      {
        method: "POST",
        headers: { "x-aigw-metadata": "not json" },
        body: JSON.stringify({ model: "m", input: "x" }),
      },
      400,
      "invalid_request",
      "x-aigw-metadata",
    ],
  ])("%s", async (_name, path, init, status, code, param) => {
    const { status: got, body } = await send(path, init as RequestInit);
    expect(got).toBe(status);
    expectOpenAIError(body);
    expect(body.error.code).toBe(code);
    expect(body.error.param).toBe(param);
  });

  test("a body without a JSON content type is still read as JSON (curl -d)", async () => {
    const { status } = await send("/chat/completions", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "x" }] }),
    });
    expect(status).toBe(200);
  });

  test("transcriptions take multipart with a file", async () => {
    const form = new FormData();
    form.set("model", "whisper-1");
    form.set("file", new Blob([new Uint8Array([1, 2, 3])], { type: "audio/wav" }), "a.wav");
    form.set("temperature", "0.2");
    const t = await testGateway({
      pipeline: { nodes: [{ id: "llm", plugin: "scripted-provider", config: { echo: true } }] },
    });
    const response = await t.gateway.fetch(
      new Request("http://gw.test/v1/audio/transcriptions", { method: "POST", body: form }),
    );
    expect(response.status).toBe(200);
    const echoed = JSON.parse((await response.json()).text);
    expect(echoed).toMatchObject({ model: "whisper-1", temperature: 0.2, file: {} });
  });

  test("moderations take a JSON body and never stream, whatever the body says", async () => {
    const t = await testGateway({
      pipeline: { nodes: [{ id: "llm", plugin: "scripted-provider", config: { echo: true } }] },
    });
    const body = { input: ["one", { type: "text", text: "two" }], stream: true };
    const response = await t.gateway.fetch(
      new Request("http://gw.test/v1/moderations", { method: "POST", body: JSON.stringify(body) }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toMatchObject({
      results: [{ flagged: false }],
      seen: { stream: false, body },
    });
  });

  test("health, readiness, and models", async () => {
    const t = await testGateway(config);
    expect((await t.gateway.fetch(new Request("http://gw.test/health"))).status).toBe(200);
    expect(await (await t.gateway.fetch(new Request("http://gw.test/ready"))).json()).toEqual({
      status: "ready",
    });
    const models = await (await t.gateway.fetch(new Request("http://gw.test/v1/models"))).json();
    expect(models).toEqual({
      object: "list",
      data: [expect.objectContaining({ id: "m1", object: "model" }), expect.objectContaining({ id: "m2" })],
    });
    expect((await t.gateway.fetch(new Request("http://gw.test/v1/models/m2"))).status).toBe(200);
    const missing = await t.gateway.fetch(new Request("http://gw.test/v1/models/nope"));
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("model_not_found");
    await t.gateway.drain(1000);
    expect((await t.gateway.fetch(new Request("http://gw.test/ready"))).status).toBe(503);
    const refused = await t.chat();
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("1");
  });

  test("every answer carries a request id and the gateway's overhead", async () => {
    const t = await testGateway(config);
    const ok = await t.chat();
    expect(ok.headers.get("x-request-id")).toMatch(/^[\w-]+$/);
    expect(Number(ok.headers.get("x-aigw-overhead-ms"))).toBeGreaterThanOrEqual(0);
    const bad = await t.gateway.fetch(
      new Request("http://gw.test/v1/chat/completions", { method: "POST", body: "{" }),
    );
    expect(bad.headers.get("x-request-id")).toBeTruthy();
  });
});
