import { describe, expect, it } from "vitest";
import { compileAnswerSchema } from "./compile.js";
import { validateConfig } from "./config-validator.gen.js";
import { JsonSchemaConfigError } from "./errors.js";

const person = {
  type: "object",
  properties: {
    name: { type: "string" },
    age: { type: "integer", minimum: 0 },
    email: { type: "string", format: "email" },
  },
  required: ["name", "age"],
  additionalProperties: false,
};

const chat = (content: unknown, extra: Record<string, unknown> = {}) => ({
  object: "chat.completion",
  choices: [{ index: 0, message: { role: "assistant", content, ...extra }, finish_reason: "stop" }],
});
const calls = (...list: [string, unknown][]) =>
  chat(null, {
    tool_calls: list.map(([name, args], i) => ({
      id: `call_${i}`,
      type: "function",
      function: { name, arguments: typeof args === "string" ? args : JSON.stringify(args) },
    })),
  });

describe("content target", () => {
  const check = compileAnswerSchema({ schema: person });

  it("passes valid JSON content that matches the schema", () => {
    expect(check.check(chat('{"name":"Ada","age":36}'))).toEqual([
      { check: "json-schema", verdict: "pass", reason: "choice 0 content: valid JSON matching the schema" },
    ]);
  });

  it("fails content that does not match, with the first errors and their paths", () => {
    const [v] = check.check(chat('{"age":-1,"email":"nope","x":1}'));
    expect(v?.verdict).toBe("fail");
    expect(v?.reason).toBe(
      "choice 0 content: does not match the schema: / must have required property 'name'; / must NOT have additional properties (\"x\"); /age must be >= 0 (and 1 more)",
    );
  });

  it("lists as many errors as maxErrors says", () => {
    const [v] = compileAnswerSchema({ schema: person, maxErrors: 10 }).check(
      chat('{"age":-1,"email":"nope","x":1}'),
    );
    expect(v?.reason).toContain('/email must match format "email"');
    expect(v?.reason).not.toContain("more)");
  });

  it("says when the content is not JSON, without quoting it", () => {
    const [v] = check.check(chat("Sure! Here is the JSON: {secret stuff}"));
    expect(v?.verdict).toBe("fail");
    expect(v?.reason).toMatch(/^choice 0 content: not valid JSON \(/);
    expect(v?.reason).not.toContain("secret");
    expect(check.check(chat("not json"))[0]?.reason).toBe(
      "choice 0 content: not valid JSON (Unexpected token)",
    );
    expect(check.check(chat('{"name":"Ada",}'))[0]?.reason).toBe(
      "choice 0 content: not valid JSON (Expected double-quoted property name at position 14)",
    );
  });

  it("accepts a ```json fence only with allowFence", () => {
    const fenced = chat('```json\n{"name":"Ada","age":36}\n```\n');
    expect(check.check(fenced)[0]?.verdict).toBe("fail");
    expect(compileAnswerSchema({ schema: person, allowFence: true }).check(fenced)[0]?.verdict).toBe("pass");
  });

  it("gives one verdict per choice, and reads completions' text and content parts", () => {
    const answer = {
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content: [
              { type: "text", text: '{"name":"A",' },
              { type: "text", text: '"age":1}' },
            ],
          },
        },
        { index: 1, text: '{"name":"B"}' },
      ],
    };
    expect(check.check(answer).map((v) => [v.verdict, v.reason])).toEqual([
      ["pass", "choice 0 content: valid JSON matching the schema"],
      ["fail", "choice 1 content: does not match the schema: / must have required property 'age'"],
    ]);
  });

  it("fails an answer without choices or content, or with a refusal; passes a tool-calling answer", () => {
    expect(check.check({ error: "x" })[0]?.reason).toBe("the answer has no choices");
    expect(check.check(chat(null))[0]?.reason).toBe("choice 0 has no content");
    expect(check.check(chat(null, { refusal: "I can't" }))[0]).toMatchObject({
      verdict: "fail",
      reason: "choice 0 is a refusal, not content",
    });
    expect(check.check(calls(["f", {}]))[0]).toMatchObject({ verdict: "pass" });
  });

  it("without a schema, only requires JSON", () => {
    const parseOnly = compileAnswerSchema({});
    expect(parseOnly.check(chat("[1,2]"))[0]).toMatchObject({
      verdict: "pass",
      reason: "choice 0 content: valid JSON",
    });
    expect(parseOnly.check(chat("nope"))[0]?.verdict).toBe("fail");
  });

  it("checks streamed text once complete", () => {
    expect(check.checkText('{"name":"Ada","age":36}')).toEqual([
      { check: "json-schema", verdict: "pass", reason: "the content: valid JSON matching the schema" },
    ]);
    expect(check.checkText('{"name":"Ada"}')[0]?.verdict).toBe("fail");
  });
});

describe("tool_arguments target", () => {
  const weather = { type: "object", properties: { city: { type: "string" } }, required: ["city"] };
  const check = compileAnswerSchema({
    target: "tool_arguments",
    tools: { get_weather: weather },
    schema: { type: "object" },
  });

  it("validates each call against its tool's schema, others against the default schema", () => {
    const verdicts = check.check(
      calls(["get_weather", { city: "Oslo" }], ["get_weather", { town: "Oslo" }], ["search", [1]]),
    );
    expect(verdicts.map((v) => [v.verdict, v.reason])).toEqual([
      ["pass", "choice 0 tool call 0 (get_weather) arguments: valid JSON matching the schema"],
      [
        "fail",
        "choice 0 tool call 1 (get_weather) arguments: does not match the schema: / must have required property 'city'",
      ],
      ["fail", "choice 0 tool call 2 (search) arguments: does not match the schema: / must be object"],
    ]);
  });

  it("fails arguments that are not JSON, and passes an answer without tool calls", () => {
    expect(check.check(calls(["get_weather", '{"city": "Oslo"']))[0]?.reason).toMatch(
      /arguments: not valid JSON/,
    );
    expect(check.check(chat("hello"))[0]).toMatchObject({
      verdict: "pass",
      reason: "choice 0 calls no tool",
    });
  });

  it("reads the legacy function_call, and calls gathered from a stream", () => {
    const legacy = chat(null, { function_call: { name: "get_weather", arguments: "{}" } });
    expect(check.check(legacy)[0]?.verdict).toBe("fail");
    expect(check.checkToolCalls([{ name: "get_weather", arguments: '{"city":"Rome"}' }])[0]?.verdict).toBe(
      "pass",
    );
    expect(check.checkToolCalls([])[0]?.verdict).toBe("pass");
  });
});

describe("request schemas", () => {
  const body = (schema: unknown) => ({
    model: "gpt-4o",
    response_format: { type: "json_schema", json_schema: { name: "person", strict: true, schema } },
  });

  it("validate content against response_format's schema", () => {
    const check = compileAnswerSchema({ useRequestSchema: true });
    expect(check.check(chat('{"name":"Ada","age":36}'), { body: body(person) })[0]?.verdict).toBe("pass");
    expect(check.check(chat('{"name":"Ada"}'), { body: body(person) })[0]?.verdict).toBe("fail");
    // No schema in the request: the content must still be JSON.
    expect(check.check(chat('{"name":"Ada"}'), { body: {} })[0]?.reason).toBe("choice 0 content: valid JSON");
  });

  it("fall back to the config's schema when the request has none", () => {
    const check = compileAnswerSchema({ useRequestSchema: true, schema: { type: "array" } });
    expect(check.check(chat("{}"), { body: {} })[0]?.verdict).toBe("fail");
    expect(check.check(chat("{}"), { body: body({ type: "object" }) })[0]?.verdict).toBe("pass");
  });

  it("validate tool arguments against the request's tool parameters, the config's tools first", () => {
    const check = compileAnswerSchema({
      target: "tool_arguments",
      useRequestSchema: true,
      tools: { pinned: { type: "object", required: ["x"] } },
    });
    const request = {
      body: {
        tools: [
          {
            type: "function",
            function: { name: "lookup", parameters: { type: "object", required: ["id"] } },
          },
          { type: "function", function: { name: "pinned", parameters: { type: "object" } } },
        ],
      },
    };
    const verdicts = check.check(
      calls(["lookup", { id: 1 }], ["lookup", {}], ["pinned", {}], ["other", {}]),
      request,
    );
    expect(verdicts.map((v) => v.verdict)).toEqual(["pass", "fail", "fail", "pass"]);
  });

  it("report a request schema that cannot be compiled", () => {
    const check = compileAnswerSchema({ useRequestSchema: true });
    const [v] = check.check(chat("{}"), { body: body({ type: "no-such-type" }) });
    expect(v?.verdict).toBe("fail");
    expect(v?.reason).toMatch(/^choice 0 content: the request's schema cannot be compiled \(/);
  });

  it("ignore unknown keywords and formats in a request's schema", () => {
    const check = compileAnswerSchema({ useRequestSchema: true });
    const schema = {
      type: "object",
      "x-vendor": true,
      properties: { a: { type: "string", format: "made-up" } },
    };
    expect(check.check(chat('{"a":"b"}'), { body: body(schema) })[0]?.verdict).toBe("pass");
  });

  it("understand 2020-12 schemas", () => {
    const check = compileAnswerSchema({ useRequestSchema: true });
    const schema = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "array",
      prefixItems: [{ type: "string" }, { type: "integer" }],
      items: false,
    };
    expect(check.check(chat('["a",1]'), { body: body(schema) })[0]?.verdict).toBe("pass");
    expect(check.check(chat('["a",1,2]'), { body: body(schema) })[0]?.verdict).toBe("fail");
  });

  it("keep schemas with the same $id apart", () => {
    const check = compileAnswerSchema({ useRequestSchema: true });
    const a = { $id: "https://example.com/s", type: "string" };
    const b = { $id: "https://example.com/s", type: "number" };
    expect(check.check(chat('"x"'), { body: body(a) })[0]?.verdict).toBe("pass");
    expect(check.check(chat('"x"'), { body: body(b) })[0]?.verdict).toBe("fail");
  });
});

describe("config", () => {
  it("rejects a schema that is not a valid JSON schema, at compile time, clearly", () => {
    expect(() => compileAnswerSchema({ schema: { type: "strnig" } })).toThrow(JsonSchemaConfigError);
    expect(() => compileAnswerSchema({ schema: { type: "strnig" } })).toThrow(
      /^schema is not a valid JSON schema: schema is invalid/,
    );
    expect(() => compileAnswerSchema({ schema: { type: "object", requried: ["a"] } })).toThrow(
      /unknown keyword: "requried"/,
    );
    expect(() => compileAnswerSchema({ target: "tool_arguments", tools: { f: { minimum: "one" } } })).toThrow(
      /^tools\.f is not a valid JSON schema/,
    );
    expect(() => compileAnswerSchema({ schema: { type: "string", format: "no-such-format" } })).toThrow(
      /unknown format/,
    );
    expect(() =>
      compileAnswerSchema({ schema: { $schema: "http://json-schema.org/draft-04/schema#" } }),
    ).toThrow(/unsupported \$schema/);
  });

  it("accepts boolean schemas and the plain config the schema describes", () => {
    expect(compileAnswerSchema({ schema: false }).check(chat("1"))[0]?.verdict).toBe("fail");
    const config = { target: "tool_arguments", tools: { f: true }, useRequestSchema: true };
    expect(validateConfig(structuredClone(config))).toBe(true);
    expect(validateConfig({ target: "both" })).toBe(false);
  });
});
