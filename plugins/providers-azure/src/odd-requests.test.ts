/** A model name no URL can hold is a 400, never a crash. */
import { chatCompletion, json } from "@aigw/testkit";
import { afterEach, describe, expect, test } from "vitest";
import { chatBody, type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("odd but valid requests", () => {
  test("a model name with a lone surrogate, used as the deployment, is a 400", async () => {
    h = await harness(json(200, chatCompletion({ content: "ok" })));
    const response = await h.post("/v1/chat/completions", chatBody({ model: "gpt\ud800" }));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ param: "model" });
    expect(h.upstream.requests).toHaveLength(0);
  });
});
