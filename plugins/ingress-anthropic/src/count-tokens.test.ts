/**
 * `/v1/messages/count_tokens`: answered by the ingress without running the pipeline, with an
 * o200k_base estimate that grows with every part of the prompt.
 */
import { describe, expect, test } from "vitest";
import { IMAGE_TOKENS, MESSAGE_OVERHEAD } from "./count-tokens.js";
import { testGateway } from "./testing/gateway.js";
import { completion, json } from "./testing/provider.js";

async function count(body: Record<string, unknown>): Promise<number> {
  const { post, script } = await testGateway(() => json(completion({ content: "never" })));
  const response = await post("/v1/messages/count_tokens", body);
  expect(response.status).toBe(200);
  expect(script.seen).toHaveLength(0);
  const answer = (await response.json()) as { input_tokens: number };
  expect(Object.keys(answer)).toEqual(["input_tokens"]);
  return answer.input_tokens;
}

const base = { model: "claude-test", messages: [{ role: "user", content: "Hello, world" }] };

describe("count_tokens", () => {
  test("counts the text with o200k_base plus per-message framing (no max_tokens needed)", async () => {
    // "Hello, world" is 3 tokens in o200k_base.
    expect(await count(base)).toBe(3 + MESSAGE_OVERHEAD);
  });

  test("system, tools, tool calls, tool results and images all add up", async () => {
    const plain = await count(base);
    const withSystem = await count({ ...base, system: "You are a helpful assistant." });
    expect(withSystem).toBeGreaterThan(plain);
    const withTools = await count({
      ...base,
      tools: [
        { name: "get_weather", description: "Weather", input_schema: { type: "object", properties: {} } },
      ],
    });
    expect(withTools).toBeGreaterThan(plain + 10);
    const withImage = await count({
      ...base,
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "Hello, world" },
            { type: "image", source: { type: "url", url: "https://example.com/a.png" } },
          ],
        },
      ],
    });
    expect(withImage).toBe(plain + IMAGE_TOKENS);
    const withTools2 = await count({
      ...base,
      messages: [
        ...base.messages,
        {
          role: "assistant",
          content: [{ type: "tool_use", id: "t", name: "lookup", input: { q: "weather" } }],
        },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "t", content: "sunny and warm" }] },
      ],
    });
    expect(withTools2).toBeGreaterThan(plain + 2 * MESSAGE_OVERHEAD + 6);
  });

  test("special-token markers in text are just text", async () => {
    expect(await count({ ...base, messages: [{ role: "user", content: "<|endoftext|>" }] })).toBeGreaterThan(
      MESSAGE_OVERHEAD,
    );
  });

  test("bad input is a 400 in Anthropic's shape", async () => {
    const { post } = await testGateway(() => json(completion({ content: "never" })));
    const response = await post("/v1/messages/count_tokens", { model: "m" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      type: "error",
      error: { type: "invalid_request_error", message: "messages: Field required" },
    });
  });
});
