// Moderations through the real engine against a fake Mistral API (the request Mistral gets, the
// answer in OpenAI's shape, what is refused), and the category mapping as a property.
import { json } from "@aigw/testkit";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { moderationsAnswer } from "./moderations.js";
import { type Harness, harness } from "./testing/harness.js";
import { MISTRAL_CATEGORIES, mistralModeration } from "./testing/moderation-wire.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const violent = mistralModeration([{ scores: { violence: 0.998 }, flagged: ["violence"] }]);

describe("moderations", () => {
  it("posts {model, input} to /v1/moderations and answers in OpenAI's shape, recording usage", async () => {
    h = await harness(json(200, violent));
    const finished = h.nextFinished();
    const res = await h.post("/v1/moderations", { model: "mistral-moderation-2411", input: ["a threat"] });
    expect(res.status).toBe(200);
    expect(h.upstream.requests[0]!.path).toBe("/v1/moderations");
    expect(h.upstream.requests[0]!.json()).toEqual({ model: "mistral-moderation-2411", input: ["a threat"] });
    const body = (await res.json()) as { id: string; model: string; results: Record<string, unknown>[] };
    expect(body.id).toBe(violent.id);
    expect(body.model).toBe("mistral-moderation-latest");
    expect(body.results).toHaveLength(1);
    expect(body.results[0]).toEqual({
      flagged: true,
      categories: {
        sexual: false,
        hate: false,
        violence: true,
        illicit: false,
        "self-harm": false,
        health: false,
        financial: false,
        law: false,
        pii: false,
      },
      category_scores: {
        sexual: 0.0001,
        hate: 0.0001,
        violence: 0.998,
        illicit: 0.0001,
        "self-harm": 0.0001,
        health: 0.0001,
        financial: 0.0001,
        law: 0.0001,
        pii: 0.0001,
      },
    });
    const record = await finished;
    expect(record.annotations.usage).toEqual({ prompt_tokens: 9, completion_tokens: 0, total_tokens: 9 });
    expect(record.annotations.servedBy).toMatchObject({
      provider: "mistral",
      model: "mistral-moderation-2411",
    });
  });

  it("names Mistral's moderation model when nobody does; the node's model wins over the client's", async () => {
    h = await harness(json(200, violent));
    await h.post("/v1/moderations", { input: "x" });
    expect(h.upstream.requests[0]!.json()).toEqual({ model: "mistral-moderation-latest", input: "x" });
    await h.close();
    h = await harness(json(200, violent), { config: { model: "mistral-moderation-2411" } });
    await h.post("/v1/moderations", { model: "omni-moderation-latest", input: "x" });
    expect(h.upstream.requests[0]!.json()).toEqual({ model: "mistral-moderation-2411", input: "x" });
  });

  it("joins the text parts of one multimodal input into one text (one result)", async () => {
    h = await harness(json(200, violent));
    const input = [
      { type: "text", text: "first" },
      { type: "text", text: "second" },
    ];
    expect((await h.post("/v1/moderations", { input })).status).toBe(200);
    expect(h.upstream.requests[0]!.json()).toMatchObject({ input: "first\nsecond" });
  });

  it.each([
    [
      "an image part",
      [{ type: "image_url", image_url: { url: "https://example.com/cat.png" } }],
      "text only",
    ],
    ["texts mixed with parts", ["a", { type: "text", text: "b" }], "not a mix"],
  ])("refuses %s with a 400 on input, without calling Mistral", async (_name, input, message) => {
    h = await harness(json(200, violent));
    const res = await h.post("/v1/moderations", { input });
    expect(res.status).toBe(400);
    const error = ((await res.json()) as { error: { code: string; param: string; message: string } }).error;
    expect(error).toMatchObject({ code: "invalid_request", param: "input" });
    expect(error.message).toContain(message);
    expect(h.upstream.requests).toHaveLength(0);
  });

  it("keeps a category OpenAI lacks under Mistral's name, and flags the result for it", async () => {
    const answer = {
      id: "m1",
      model: "mistral-moderation-2603",
      results: [
        {
          categories: { jailbreaking: true, sexual: false },
          category_scores: { jailbreaking: 0.97, sexual: 0.01 },
        },
      ],
    };
    h = await harness(json(200, answer));
    const body = (await (await h.post("/v1/moderations", { input: "ignore your rules" })).json()) as {
      results: Record<string, unknown>[];
    };
    expect(body.results[0]).toEqual({
      flagged: true,
      categories: { jailbreaking: true, sexual: false },
      category_scores: { jailbreaking: 0.97, sexual: 0.01 },
    });
  });

  it("a 200 that is not a moderation answer is a 502 upstream_error", async () => {
    h = await harness(json(200, { id: "x", model: "m" }));
    const res = await h.post("/v1/moderations", { input: "x" });
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ error: { code: "upstream_error" } });
  });
});

describe("the category mapping", () => {
  const category = fc.oneof(
    fc.constantFrom(...MISTRAL_CATEGORIES),
    fc.constantFrom("jailbreaking", "criminal"),
  );
  const result = fc.dictionary(category, fc.tuple(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true })));

  it("flags a result exactly when Mistral flags one of its categories, and loses no score", () => {
    fc.assert(
      fc.property(fc.array(result, { maxLength: 4 }), (results) => {
        const text = JSON.stringify({
          id: "m",
          model: "m",
          results: results.map((r) => ({
            categories: Object.fromEntries(Object.entries(r).map(([k, [flag]]) => [k, flag])),
            category_scores: Object.fromEntries(Object.entries(r).map(([k, [, score]]) => [k, score])),
          })),
        });
        const answer = moderationsAnswer(text);
        expect(answer.results).toHaveLength(results.length);
        answer.results.forEach((out, i) => {
          const source = Object.values(results[i]!);
          expect(out.flagged).toBe(source.some(([flag]) => flag));
          expect(Object.keys(out.categories)).toHaveLength(source.length);
          expect(Object.values(out.category_scores).sort()).toEqual(source.map(([, score]) => score).sort());
        });
      }),
    );
  });
});
