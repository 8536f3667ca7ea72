/** The text that is embedded: which turns count, and what makes a request uncacheable. */
import { describe, expect, test } from "vitest";
import { chatText, completionText } from "./prompt-text.js";

const user = (content: unknown) => ({ role: "user", content });

describe("last-user", () => {
  test("the last user message, string or text parts", () => {
    expect(
      chatText([user("first"), { role: "assistant", content: "x" }, user("second")], "last-user"),
    ).toEqual({
      text: "second",
    });
    expect(
      chatText(
        [
          user([
            { type: "text", text: "a" },
            { type: "text", text: "b" },
          ]),
        ],
        "last-user",
      ),
    ).toEqual({
      text: "a\nb",
    });
  });

  test("a last message that is not the user's, or has an image, or no text, is not cached", () => {
    expect(chatText([user("q"), { role: "assistant", content: "a" }], "last-user")).toEqual({
      bypass: "the last message is not the user's",
    });
    const image = { type: "image_url", image_url: { url: "https://x/y.png" } };
    expect(chatText([user([{ type: "text", text: "q" }, image])], "last-user")).toHaveProperty("bypass");
    expect(chatText([user("   ")], "last-user")).toHaveProperty("bypass");
    expect(chatText([], "last-user")).toHaveProperty("bypass");
    expect(chatText("nope", "last-user")).toHaveProperty("bypass");
  });
});

describe("all", () => {
  test("every turn but the instructions, one line each; tool call ids are left out", () => {
    const text = chatText(
      [
        { role: "system", content: "be brief" },
        user("weather in Paris?"),
        {
          role: "assistant",
          content: null,
          tool_calls: [
            { id: "call_1", type: "function", function: { name: "weather", arguments: '{"city":"Paris"}' } },
          ],
        },
        { role: "tool", tool_call_id: "call_1", content: "sunny" },
        { role: "developer", content: "no emojis" },
        user("and tomorrow?"),
      ],
      "all",
    );
    expect(text).toEqual({
      text: 'user: weather in Paris?\nassistant calls weather({"city":"Paris"})\ntool: sunny\nuser: and tomorrow?',
    });
  });

  test("an image in any turn makes it uncacheable", () => {
    const image = { type: "image_url", image_url: { url: "https://x/y.png" } };
    expect(chatText([user([image]), user("what is it?")], "all")).toHaveProperty("bypass");
  });

  test("only instructions: nothing to embed", () => {
    expect(chatText([{ role: "system", content: "s" }], "all")).toHaveProperty("bypass");
  });
});

describe("completions", () => {
  test("one text, or a batch of one", () => {
    expect(completionText("say hi")).toEqual({ text: "say hi" });
    expect(completionText(["say hi"])).toEqual({ text: "say hi" });
  });

  test("token ids, batches and empty prompts are not cached", () => {
    expect(completionText([1, 2, 3])).toHaveProperty("bypass");
    expect(completionText(["a", "b"])).toHaveProperty("bypass");
    expect(completionText("")).toHaveProperty("bypass");
    expect(completionText(null)).toHaveProperty("bypass");
  });
});
