/**
 * Request translation, checked on the GenerateContentRequest the fake upstream received: system
 * prompts, media, tools and tool choice, tool results, thought signatures, generation options,
 * Vertex specifics, and the 400s for what cannot be translated.
 */
import { json, startFakeUpstream, text } from "@aigw/testkit";
import { afterEach, describe, expect, test } from "vitest";
import type { GoogleProviderConfig } from "./config.gen.js";
import { chatBody, type Harness, harness, textAnswer } from "./testing/harness.js";
import type { GenerateContentRequest } from "./wire.js";

const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const VERTEX: GoogleProviderConfig = { api: "vertex", project: "p", accessTokenEnv: "T" };
const WEATHER = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Weather.",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
};

describe("request translation", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  /** Posts a chat request and returns what Google received (and the response). */
  async function sent(
    body: Record<string, unknown>,
    config: GoogleProviderConfig = {},
    env?: Record<string, string>,
  ) {
    await h?.close();
    h = await harness(json(200, textAnswer("ok")), {
      config,
      env: env ?? (config.api === "vertex" ? { T: "tok" } : undefined),
    });
    const response = await h.post("/v1/chat/completions", { model: "gemini-2.5-flash", ...body });
    const request = h.upstream.requests.at(-1);
    return { response, google: request?.json<GenerateContentRequest>() };
  }

  test("system and developer messages become systemInstruction; turns alternate", async () => {
    const { google } = await sent({
      messages: [
        { role: "system", content: "Be terse." },
        { role: "user", content: "Hi" },
        { role: "developer", content: [{ type: "text", text: "Answer in French." }] },
        { role: "user", content: "Again" },
        { role: "assistant", content: [{ type: "text", text: "Bonjour" }] },
        { role: "assistant", content: "" },
        { role: "user", content: "" },
        { role: "user", content: "Thanks" },
      ],
    });
    expect(google!.systemInstruction).toEqual({
      parts: [{ text: "Be terse." }, { text: "Answer in French." }],
    });
    expect(google!.contents).toEqual([
      { role: "user", parts: [{ text: "Hi" }, { text: "Again" }] },
      { role: "model", parts: [{ text: "Bonjour" }] },
      { role: "user", parts: [{ text: "Thanks" }] },
    ]);
  });

  test("images, audio and files: inlineData for bytes, fileData for URLs", async () => {
    const { google } = await sent({
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "Look:" },
            { type: "image_url", image_url: { url: `data:image/png;base64,${PNG}` } },
            { type: "image_url", image_url: { url: "https://example.com/cat.webp?size=large" } },
            { type: "image_url", image_url: { url: "https://example.com/render" } },
            { type: "image_url", image_url: { url: "gs://bucket/photo.png" } },
            { type: "input_audio", input_audio: { data: "UklGRg==", format: "wav" } },
            { type: "file", file: { file_data: "data:application/pdf;base64,JVBERi0=", filename: "a.pdf" } },
            { type: "file", file: { file_data: "JVBERi0=", filename: "notes.txt" } },
          ],
        },
      ],
    });
    expect(google!.contents[0]!.parts).toEqual([
      { text: "Look:" },
      { inlineData: { mimeType: "image/png", data: PNG } },
      { fileData: { mimeType: "image/webp", fileUri: "https://example.com/cat.webp?size=large" } },
      { fileData: { mimeType: "image/jpeg", fileUri: "https://example.com/render" } },
      { fileData: { mimeType: "image/png", fileUri: "gs://bucket/photo.png" } },
      { inlineData: { mimeType: "audio/wav", data: "UklGRg==" } },
      { inlineData: { mimeType: "application/pdf", data: "JVBERi0=" } },
      { inlineData: { mimeType: "text/plain", data: "JVBERi0=" } },
    ]);
  });

  test("imageUrls: fetch downloads the image through the gateway and inlines it", async () => {
    const images = await startFakeUpstream((request) =>
      request.path === "/missing"
        ? text(404, "no")
        : {
            kind: "body",
            status: 200,
            headers: { "content-type": "image/png" },
            parts: [Uint8Array.from(atob(PNG), (c) => c.charCodeAt(0))],
            delayMs: 0,
          },
    );
    try {
      const ok = await sent(
        {
          messages: [
            { role: "user", content: [{ type: "image_url", image_url: { url: `${images.url}/x` } }] },
          ],
        },
        { imageUrls: "fetch" },
      );
      expect(ok.google!.contents[0]!.parts).toEqual([{ inlineData: { mimeType: "image/png", data: PNG } }]);
      const missing = await sent(
        {
          messages: [
            { role: "user", content: [{ type: "image_url", image_url: { url: `${images.url}/missing` } }] },
          ],
        },
        { imageUrls: "fetch" },
      );
      expect(missing.response.status).toBe(400);
      expect((await missing.response.json()).error).toMatchObject({
        message: `messages[0].content[0]: could not fetch the image ${images.url}/missing (HTTP 404).`,
        param: "messages[0].content[0]",
      });
      const big = await sent(
        {
          messages: [
            { role: "user", content: [{ type: "image_url", image_url: { url: `${images.url}/x` } }] },
          ],
        },
        { imageUrls: "fetch", maxImageBytes: 10 },
      );
      expect(big.response.status).toBe(400);
      expect(h!.upstream.requests).toHaveLength(0);
    } finally {
      await images.close();
    }
  });

  test("what Google cannot take is a 400 naming the part: other URL schemes, OpenAI file ids", async () => {
    const ftp = await sent({
      messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "ftp://x/y.png" } }] }],
    });
    expect(ftp.response.status).toBe(400);
    expect((await ftp.response.json()).error.param).toBe("messages[0].content[0]");
    const fileId = await sent({
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "x" },
            { type: "file", file: { file_id: "file-abc" } },
          ],
        },
      ],
    });
    expect(fileId.response.status).toBe(400);
    expect((await fileId.response.json()).error.message).toContain("file_id refers to OpenAI's Files API");
    expect(h!.upstream.requests).toHaveLength(0);
  });

  test("tools: declarations with the schema converted to Google's subset", async () => {
    const { google } = await sent({
      tools: [
        WEATHER,
        {
          type: "function",
          function: {
            name: "search",
            parameters: {
              $schema: "http://json-schema.org/draft-07/schema#",
              type: "object",
              additionalProperties: false,
              properties: {
                query: { type: "string", format: "uri", minLength: 1 },
                filter: { $ref: "#/$defs/Filter" },
                limit: { type: ["integer", "null"], default: 10 },
              },
              required: ["query", "ghost"],
              $defs: {
                Filter: {
                  type: "object",
                  properties: { lang: { enum: ["en", "fr", null] } },
                  additionalProperties: false,
                },
              },
            },
            strict: true,
          },
        },
        { type: "function", function: { name: "now", parameters: { type: "object", properties: {} } } },
      ],
      messages: [{ role: "user", content: "Hi" }],
    });
    expect(google!.tools).toEqual([
      {
        functionDeclarations: [
          { name: "get_weather", description: "Weather.", parameters: WEATHER.function.parameters },
          {
            name: "search",
            parameters: {
              type: "object",
              properties: {
                query: { type: "string", minLength: 1 },
                filter: {
                  type: "object",
                  properties: { lang: { type: "string", enum: ["en", "fr"], nullable: true } },
                },
                limit: { type: "integer", nullable: true, default: 10 },
              },
              required: ["query"],
            },
          },
          { name: "now" },
        ],
      },
    ]);
    expect(google!.toolConfig).toBeUndefined();
  });

  test("schemaDialect json-schema sends the schemas untouched as parametersJsonSchema / responseJsonSchema", async () => {
    const schema = { type: "object", properties: { a: { type: "string" } }, additionalProperties: false };
    const { google } = await sent(
      {
        tools: [{ type: "function", function: { name: "f", parameters: { $schema: "x", ...schema } } }],
        response_format: { type: "json_schema", json_schema: { name: "out", schema } },
        messages: [{ role: "user", content: "Hi" }],
      },
      { schemaDialect: "json-schema" },
    );
    expect(google!.tools![0]!.functionDeclarations[0]).toEqual({ name: "f", parametersJsonSchema: schema });
    expect(google!.generationConfig).toEqual({
      responseMimeType: "application/json",
      responseJsonSchema: schema,
    });
  });

  test.each([
    ["auto", { mode: "AUTO" }],
    ["none", { mode: "NONE" }],
    ["required", { mode: "ANY" }],
    [
      { type: "function", function: { name: "get_weather" } },
      { mode: "ANY", allowedFunctionNames: ["get_weather"] },
    ],
  ])("tool_choice %j -> functionCallingConfig %j", async (choice, expected) => {
    const { google } = await sent({
      tools: [WEATHER],
      tool_choice: choice,
      messages: [{ role: "user", content: "Hi" }],
    });
    expect(google!.toolConfig).toEqual({ functionCallingConfig: expected });
  });

  test("legacy functions and function_call are translated too", async () => {
    const { google } = await sent({
      functions: [WEATHER.function],
      function_call: { name: "get_weather" },
      messages: [{ role: "user", content: "Hi" }],
    });
    expect(google!.tools![0]!.functionDeclarations.map((d) => d.name)).toEqual(["get_weather"]);
    expect(google!.toolConfig).toEqual({
      functionCallingConfig: { mode: "ANY", allowedFunctionNames: ["get_weather"] },
    });
  });

  const toolTurn = [
    { role: "user", content: "Weather in Paris and Rome?" },
    {
      role: "assistant",
      content: "Checking.",
      tool_calls: [
        { id: "c1", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } },
        { id: "c2", type: "function", function: { name: "get_time", arguments: "" } },
      ],
    },
    { role: "tool", tool_call_id: "c1", content: '{"temp": 18, "unit": "C"}' },
    { role: "tool", tool_call_id: "c2", content: [{ type: "text", text: "12:00" }] },
    { role: "user", content: "And tomorrow?" },
  ];

  test("tool calls and results: names recovered from ids, parallel results in one turn, objects kept", async () => {
    const { google } = await sent({ messages: toolTurn, tools: [WEATHER] });
    expect(google!.contents).toEqual([
      { role: "user", parts: [{ text: "Weather in Paris and Rome?" }] },
      {
        role: "model",
        parts: [
          { text: "Checking." },
          { functionCall: { id: "c1", name: "get_weather", args: { city: "Paris" } } },
          { functionCall: { id: "c2", name: "get_time", args: {} } },
        ],
      },
      {
        role: "user",
        parts: [
          { functionResponse: { id: "c1", name: "get_weather", response: { temp: 18, unit: "C" } } },
          { functionResponse: { id: "c2", name: "get_time", response: { content: "12:00" } } },
          { text: "And tomorrow?" },
        ],
      },
    ]);
  });

  test("Vertex AI by default sends no function call ids (matched by name and order)", async () => {
    const { google } = await sent({ messages: toolTurn }, VERTEX);
    expect(google!.contents[1]!.parts![1]).toEqual({
      functionCall: { name: "get_weather", args: { city: "Paris" } },
    });
    expect(google!.contents[2]!.parts![0]).toEqual({
      functionResponse: { name: "get_weather", response: { temp: 18, unit: "C" } },
    });
  });

  test("a tool result for an unknown call, or unparsable arguments, is a 400", async () => {
    const orphan = await sent({ messages: [{ role: "tool", tool_call_id: "nope", content: "x" }] });
    expect(orphan.response.status).toBe(400);
    expect((await orphan.response.json()).error).toMatchObject({ param: "messages[0].tool_call_id" });
    const broken = await sent({
      messages: [
        { role: "user", content: "x" },
        {
          role: "assistant",
          tool_calls: [{ id: "a", type: "function", function: { name: "f", arguments: "{oops" } }],
        },
      ],
    });
    expect(broken.response.status).toBe(400);
    expect((await broken.response.json()).error.param).toBe("messages[1].tool_calls[0].function.arguments");
  });

  describe("thought signatures", () => {
    const history = (extra?: object) => [
      { role: "user", content: "Time?" },
      {
        role: "assistant",
        content: null,
        tool_calls: [
          { id: "t1", type: "function", function: { name: "now", arguments: "{}" }, ...extra },
          { id: "t2", type: "function", function: { name: "now", arguments: "{}" } },
        ],
      },
      { role: "tool", tool_call_id: "t1", content: "noon" },
      { role: "tool", tool_call_id: "t2", content: "noon" },
    ];

    test("come back from the tool call's extra_content", async () => {
      const { google } = await sent({
        model: "gemini-3-pro",
        messages: history({ extra_content: { google: { thought_signature: "c2lnLTE=" } } }),
      });
      expect(google!.contents[1]!.parts!.map((p) => p.thoughtSignature)).toEqual(["c2lnLTE=", undefined]);
    });

    test("missing on a Gemini 3 model: Google's placeholder on the first call only", async () => {
      const { google } = await sent({ model: "gemini-3-pro", messages: history() });
      expect(google!.contents[1]!.parts!.map((p) => p.thoughtSignature)).toEqual([
        "skip_thought_signature_validator",
        undefined,
      ]);
    });

    test("missing on an older model: nothing added (unless thoughtSignatureFallback: always)", async () => {
      const auto = await sent({ model: "gemini-2.5-flash", messages: history() });
      expect(auto.google!.contents[1]!.parts!.some((p) => p.thoughtSignature)).toBe(false);
      const always = await sent(
        { model: "gemini-2.5-flash", messages: history() },
        { thoughtSignatureFallback: "always" },
      );
      expect(always.google!.contents[1]!.parts![0]!.thoughtSignature).toBe(
        "skip_thought_signature_validator",
      );
      const never = await sent(
        { model: "gemini-3-pro", messages: history() },
        { thoughtSignatureFallback: "never" },
      );
      expect(never.google!.contents[1]!.parts!.some((p) => p.thoughtSignature)).toBe(false);
    });

    test("an answer's signature reaches the client as extra_content, and is remembered for clients that drop it", async () => {
      h = await harness(
        json(200, {
          candidates: [
            {
              content: {
                role: "model",
                parts: [
                  { functionCall: { id: "g-1", name: "now", args: {} }, thoughtSignature: "U0lHTkFUVVJF" },
                ],
              },
              finishReason: "STOP",
            },
          ],
        }),
      );
      const body = await (await h.post("/v1/chat/completions", chatBody({ model: "gemini-3-pro" }))).json();
      expect(body.choices[0].message.tool_calls).toEqual([
        {
          id: "g-1",
          type: "function",
          function: { name: "now", arguments: "{}" },
          extra_content: { google: { thought_signature: "U0lHTkFUVVJF" } },
        },
      ]);
      h.upstream.setScript(json(200, textAnswer("noon")));
      await h.post("/v1/chat/completions", {
        model: "gemini-3-pro",
        messages: [
          { role: "user", content: "Time?" },
          {
            role: "assistant",
            tool_calls: [{ id: "g-1", type: "function", function: { name: "now", arguments: "{}" } }],
          },
          { role: "tool", tool_call_id: "g-1", content: "noon" },
        ],
      });
      const again = h.upstream.requests[1]!.json<GenerateContentRequest>();
      expect(again.contents[1]!.parts![0]!.thoughtSignature).toBe("U0lHTkFUVVJF");
    });
  });

  test("generation options", async () => {
    const { google } = await sent({
      messages: [{ role: "user", content: "Hi" }],
      temperature: 0.2,
      top_p: 0.8,
      max_tokens: 100,
      max_completion_tokens: 50,
      stop: "END",
      n: 1,
      presence_penalty: 0.5,
      frequency_penalty: -0.5,
      seed: 7,
      response_format: {
        type: "json_schema",
        json_schema: {
          name: "answer",
          strict: true,
          schema: { type: "object", properties: { ok: { type: "boolean" } }, additionalProperties: false },
        },
      },
    });
    expect(google!.generationConfig).toEqual({
      temperature: 0.2,
      topP: 0.8,
      maxOutputTokens: 50,
      stopSequences: ["END"],
      presencePenalty: 0.5,
      frequencyPenalty: -0.5,
      seed: 7,
      responseMimeType: "application/json",
      responseSchema: { type: "object", properties: { ok: { type: "boolean" } } },
    });
  });

  test("max tokens: defaultMaxTokens when the client gives none, clamped by maxTokensLimit", async () => {
    const config = { defaultMaxTokens: 1024, maxTokensLimit: 8192 };
    expect(
      (await sent({ messages: [{ role: "user", content: "Hi" }] }, config)).google!.generationConfig,
    ).toEqual({
      maxOutputTokens: 1024,
    });
    expect(
      (await sent({ messages: [{ role: "user", content: "Hi" }], max_tokens: 100_000 }, config)).google!
        .generationConfig,
    ).toEqual({ maxOutputTokens: 8192 });
    expect(
      (await sent({ messages: [{ role: "user", content: "Hi" }] })).google!.generationConfig,
    ).toBeUndefined();
  });

  test.each([
    ["gemini-2.5-flash", "low", { thinkingBudget: 1024 }],
    ["gemini-2.5-flash", "high", { thinkingBudget: 24576 }],
    ["gemini-2.5-flash", "none", { thinkingBudget: 0 }],
    ["gemini-3-flash-preview", "medium", { thinkingLevel: "medium" }],
    ["gemini-3-pro", "none", { thinkingLevel: "minimal" }],
  ])("%s with reasoning_effort %s -> thinkingConfig %j", async (model, effort, expected) => {
    const { google } = await sent({
      model,
      reasoning_effort: effort,
      messages: [{ role: "user", content: "Hi" }],
    });
    expect(google!.generationConfig).toEqual({ thinkingConfig: expected });
  });

  test("Vertex: metadata as labels when asked (invalid pairs dropped); safety settings passed", async () => {
    const { google } = await sent(
      {
        messages: [{ role: "user", content: "Hi" }],
        metadata: { team: "search", "Bad Key": "x", env: "Prod" },
      },
      {
        ...VERTEX,
        metadataAsLabels: true,
        safetySettings: [{ category: "HARM_CATEGORY_HARASSMENT", threshold: "BLOCK_NONE" }],
      },
    );
    expect(google!.labels).toEqual({ team: "search" });
    expect(google!.safetySettings).toEqual([
      { category: "HARM_CATEGORY_HARASSMENT", threshold: "BLOCK_NONE" },
    ]);
    const gemini = await sent({ messages: [{ role: "user", content: "Hi" }], metadata: { team: "search" } });
    expect(gemini.google!.labels).toBeUndefined();
  });

  test("config.model forces the upstream model; the record names provider, model and node", async () => {
    h = await harness(json(200, textAnswer("ok")), { config: { model: "gemini-2.5-pro" } });
    const finished = h.nextFinished();
    await h.post("/v1/chat/completions", chatBody({ model: "anything" }));
    expect(h.upstream.requests[0]!.path).toBe("/v1beta/models/gemini-2.5-pro:generateContent");
    expect((await finished).annotations.servedBy).toEqual({
      provider: "google",
      model: "gemini-2.5-pro",
      node: "llm",
    });
  });
});
