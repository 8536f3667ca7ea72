/**
 * Whatever a client sends, the mock behind the gateway answers with a 4xx or a 2xx, never a 5xx:
 * the bodies that once crashed it, by name, and the hostile-request property over every endpoint.
 */
import { assertHostileRequests, nestedText, toFetchRequest } from "@aigw/testkit/conformance";
import { describe, expect, test } from "vitest";
import { mockGateway } from "./testing/gateway.js";

async function send(path: string, body: string) {
  const { gateway } = await mockGateway();
  const response = await gateway.fetch(
    new Request(`http://gateway.test${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    }),
  );
  return { status: response.status, body: (await response.json()) as { error: Record<string, unknown> } };
}

const chat = (extra: string) => `{"model":"mock","messages":[{"role":"user","content":"hi"}]${extra}}`;

describe("bodies that once made the mock fail", () => {
  test.each([
    ["stop that is neither a string nor a list", "/v1/chat/completions", chat(',"stop":5'), "stop"],
    ["stop with a number in its list", "/v1/chat/completions", chat(',"stop":["a",5]'), "stop[1]"],
    ["embeddings input of objects", "/v1/embeddings", '{"model":"mock","input":[{"a":1}]}', "input[0]"],
    ["a completions prompt of null", "/v1/completions", '{"model":"mock","prompt":[null]}', "prompt[0]"],
    ["a body nested 10,000 levels deep", "/v1/chat/completions", chat(`,"x":${nestedText(10_000)}`), "x"],
    [
      "an object nested 10,000 levels deep",
      "/v1/embeddings",
      `{"model":"mock","input":${nestedText(10_000, "{")}}`,
      "input",
    ],
  ])("%s is a 400 naming the field", async (_name, path, body, param) => {
    const answer = await send(path, body);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({
      type: "invalid_request_error",
      code: "invalid_request",
      param,
    });
  });
});

describe("the mock behind the gateway, under hostile requests", () => {
  test("answers every endpoint's mistyped and hostile requests with OpenAI-shaped 4xx, never a 5xx", async () => {
    const { gateway } = await mockGateway();
    await assertHostileRequests(
      { model: "mock", send: (request) => gateway.fetch(toFetchRequest(request)) },
      Number(process.env.AIGW_HOSTILE_RUNS) || 800,
    );
  }, 120_000);
});
