import type { GatewayRequest } from "@aigw/plugin-api";
import { describe, expect, it } from "vitest";
import { estimateUsage } from "./estimate.js";

const S = { charsPerToken: 4, completionTokens: 256, imageTokens: 765 };

function req(endpoint: string, body: object): GatewayRequest {
  return {
    endpoint,
    method: "POST",
    path: "/",
    headers: new Headers(),
    body,
    model: "m",
    stream: false,
    metadata: {},
    raw: undefined,
  } as GatewayRequest;
}

describe("estimateUsage", () => {
  it("counts chat text, framing, images (not their bytes) and the completion allowance times n", () => {
    const e = estimateUsage(
      req("chat.completions", {
        model: "m",
        n: 2,
        max_completion_tokens: 50,
        messages: [
          { role: "system", content: "x".repeat(84) },
          {
            role: "user",
            content: [
              { type: "text", text: "y".repeat(100) },
              { type: "image_url", image_url: { url: `data:image/png;base64,${"A".repeat(100_000)}` } },
            ],
          },
        ],
      }),
      S,
    );
    // (16 + 84 + 16 + 100) / 4 = 54 prompt tokens + one image; 50 x 2 completion tokens.
    expect(e.usage).toEqual({ promptTokens: 54 + 765, completionTokens: 100 });
    expect(e.tokens).toBe(919);
  });

  it("reserves the configured completion default when the request sets no maximum", () => {
    expect(
      estimateUsage(req("chat.completions", { model: "m", messages: [] }), S).usage.completionTokens,
    ).toBe(256);
  });

  it("counts embedding inputs in every form, with no completion", () => {
    const e = estimateUsage(req("embeddings", { model: "m", input: ["abcd", "efgh"] }), S);
    expect(e.usage).toEqual({ promptTokens: 2, completionTokens: 0 });
    expect(estimateUsage(req("embeddings", { model: "m", input: [1, 2, 3] }), S).tokens).toBe(3);
  });

  it("gives images and speech what they are priced by", () => {
    expect(estimateUsage(req("images.generations", { prompt: "a cat", n: 3 }), S).usage.images).toBe(3);
    expect(
      estimateUsage(req("audio.speech", { model: "m", input: "hello", voice: "v" }), S).usage.characters,
    ).toBe(5);
  });
});
