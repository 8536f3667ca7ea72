/** Requests OpenAI accepts but Bedrock has no form for are a 400 naming the field, never a crash. */
import { afterEach, describe, expect, test } from "vitest";
import { chatBody, converseAnswer, type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const TOOLS = [{ type: "function", function: { name: "get_weather", parameters: { type: "object" } } }];

describe("odd but valid requests", () => {
  test("a custom tool call in the history is a 400 naming it", async () => {
    h = await harness(converseAnswer([{ text: "ok" }]));
    const response = await h.post(
      "/v1/chat/completions",
      chatBody({
        messages: [
          { role: "user", content: "Hi" },
          {
            role: "assistant",
            tool_calls: [{ id: "c1", type: "custom", custom: { name: "grammar", input: "x" } }],
          },
          { role: "tool", tool_call_id: "c1", content: "done" },
        ],
      }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ param: "messages[1].tool_calls[0].type" });
  });

  test.each([
    [{ type: "custom", custom: { name: "grammar" } }],
    [
      {
        type: "allowed_tools",
        allowed_tools: { mode: "auto", tools: [{ type: "function", name: "get_weather" }] },
      },
    ],
  ])("tool_choice %j is a 400", async (choice) => {
    h = await harness(converseAnswer([{ text: "ok" }]));
    const response = await h.post("/v1/chat/completions", chatBody({ tools: TOOLS, tool_choice: choice }));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ param: "tool_choice" });
    expect(h.upstream.requests).toHaveLength(0);
  });

  test("a model name with a lone surrogate (no URL can hold it) is a 400", async () => {
    h = await harness(converseAnswer([{ text: "ok" }]));
    const response = await h.post("/v1/chat/completions", chatBody({ model: "claude\ud800" }));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ param: "model" });
  });
});
