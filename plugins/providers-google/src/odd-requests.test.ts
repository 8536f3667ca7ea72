/** Requests OpenAI accepts but Google has no form for are a 400 naming the field, never a crash. */
import { json } from "@aigw/testkit";
import { afterEach, describe, expect, test } from "vitest";
import { chatBody, type Harness, harness, textAnswer } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("odd but valid requests", () => {
  test("a custom tool call in the history is a 400 naming it", async () => {
    h = await harness(json(200, textAnswer("ok")));
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
    expect(h.upstream.requests).toHaveLength(0);
  });

  test("a data: URL with broken percent-encoding is a 400 naming the part", async () => {
    h = await harness(json(200, textAnswer("ok")));
    const content = [{ type: "image_url", image_url: { url: "data:,%E0%A4%A" } }];
    const response = await h.post(
      "/v1/chat/completions",
      chatBody({ messages: [{ role: "user", content }] }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ param: "messages[0].content[0]" });
  });
});
