/**
 * Whatever an Anthropic client sends to `/v1/messages` or `/v1/messages/count_tokens`, the
 * answer is never a 5xx: a field of the wrong kind is a 400 in Anthropic's shape naming the field
 * first (`messages.0.content: ...`), a body nested 10,000 levels deep is a 400, and random damage
 * to a valid request, non-object bodies and broken JSON are 4xx or a normal answer.
 */
import {
  anyValue,
  type Kind,
  nestedText,
  oddString,
  put,
  rawJson,
  spliceRaw,
  wrongValue,
} from "@aigw/testkit/conformance";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { testGateway } from "./testing/gateway.js";
import { completion, json, stream, textChunks } from "./testing/provider.js";

type Json = Record<string, unknown>;
type Path = readonly (string | number)[];

const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

function full(): Json {
  return {
    model: "claude-test",
    max_tokens: 100,
    system: [{ type: "text", text: "Be brief." }],
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: "Weather?" },
          { type: "image", source: { type: "base64", media_type: "image/png", data: PNG } },
        ],
      },
      {
        role: "assistant",
        content: [{ type: "tool_use", id: "toolu_1", name: "get_weather", input: { city: "Paris" } }],
      },
      { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: "sunny" }] },
    ],
    tools: [
      {
        name: "get_weather",
        description: "Weather for a city.",
        input_schema: { type: "object", properties: { city: { type: "string" } } },
      },
    ],
    tool_choice: { type: "auto" },
    stop_sequences: ["END"],
    temperature: 0.5,
    top_p: 0.9,
    top_k: 5,
    metadata: { user_id: "user-1" },
  };
}

/** The fields the ingress types, with the kinds Anthropic's API takes. */
const FIELDS: { path: Path; accepts: Kind[]; required?: boolean }[] = [
  { path: ["model"], accepts: ["string"], required: true },
  { path: ["max_tokens"], accepts: ["integer"], required: true },
  { path: ["temperature"], accepts: ["number", "null"] },
  { path: ["top_p"], accepts: ["number", "null"] },
  { path: ["top_k"], accepts: ["integer", "null"] },
  { path: ["stream"], accepts: ["boolean", "null"] },
  { path: ["system"], accepts: ["string", "array", "null"] },
  { path: ["system", 0], accepts: ["object"] },
  { path: ["system", 0, "text"], accepts: ["string"], required: true },
  { path: ["stop_sequences"], accepts: ["array", "null"] },
  { path: ["stop_sequences", 0], accepts: ["string"] },
  { path: ["metadata"], accepts: ["object", "null"] },
  { path: ["metadata", "user_id"], accepts: ["string", "null"] },
  { path: ["tools"], accepts: ["array", "null"] },
  { path: ["tools", 0], accepts: ["object"] },
  { path: ["tools", 0, "name"], accepts: ["string"], required: true },
  { path: ["tools", 0, "description"], accepts: ["string", "null"] },
  { path: ["tools", 0, "input_schema"], accepts: ["object"], required: true },
  { path: ["tool_choice"], accepts: ["object", "null"] },
  { path: ["tool_choice", "type"], accepts: ["string"], required: true },
  { path: ["messages"], accepts: ["array"], required: true },
  { path: ["messages", 0], accepts: ["object"] },
  { path: ["messages", 0, "content"], accepts: ["string", "array"], required: true },
  { path: ["messages", 0, "content", 0], accepts: ["object"] },
  { path: ["messages", 0, "content", 0, "type"], accepts: ["string"], required: true },
  { path: ["messages", 0, "content", 0, "text"], accepts: ["string"], required: true },
  { path: ["messages", 0, "content", 1, "source"], accepts: ["object"], required: true },
  { path: ["messages", 0, "content", 1, "source", "data"], accepts: ["string"], required: true },
  { path: ["messages", 1, "content", 0, "id"], accepts: ["string"], required: true },
  { path: ["messages", 1, "content", 0, "name"], accepts: ["string"], required: true },
  { path: ["messages", 2, "content", 0, "tool_use_id"], accepts: ["string"], required: true },
  { path: ["messages", 2, "content", 0, "is_error"], accepts: ["boolean", "null"] },
];

interface Hostile {
  path: string;
  body: string;
  /** Anthropic's name of the one field at fault: the error message must start with it. */
  faulty?: string;
}

type Container = Record<string | number, unknown>;

/** A member of its own (`__proto__` included, as JSON.parse makes it), never an inherited one. */
function own(node: unknown, key: string | number): unknown {
  return node !== null && typeof node === "object" && Object.hasOwn(node, key)
    ? (node as Container)[key]
    : undefined;
}

function parentOf(body: unknown, path: Path): Container | undefined {
  let node: unknown = body;
  for (const key of path.slice(0, -1)) node = own(node, key);
  return node !== null && typeof node === "object" ? (node as Container) : undefined;
}

function pathsOf(body: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (body === null || typeof body !== "object" || prefix.length > 6) return out;
  const keys = Array.isArray(body) ? body.map((_, i) => i) : Object.keys(body);
  for (const key of keys) {
    out.push([...prefix, key]);
    pathsOf(own(body, key), [...prefix, key], out);
  }
  return out;
}

const route = fc.constantFrom("/v1/messages", "/v1/messages/count_tokens");

const wrongField: fc.Arbitrary<Hostile> = fc.tuple(route, fc.constantFrom(...FIELDS)).chain(([path, field]) =>
  fc.oneof(wrongValue(field.accepts), ...(field.required ? [fc.constant(undefined)] : [])).map((value) => {
    const body = full();
    const parent = parentOf(body, field.path)!;
    const key = field.path.at(-1)!;
    if (value === undefined) delete parent[key];
    else put(parent, key, value);
    // count_tokens takes no max_tokens: a wrong one is ignored there.
    const ignored = path.endsWith("count_tokens") && field.path[0] === "max_tokens";
    return { path, body: spliceRaw(body), ...(ignored ? {} : { faulty: field.path.join(".") }) };
  }),
);

const damaged: fc.Arbitrary<Hostile> = fc
  .tuple(route, fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.nat(2), anyValue, oddString), { maxLength: 3 }))
  .map(([path, stream, damages]) => {
    const body = full();
    if (stream) body.stream = true;
    for (const [at, how, value, name] of damages) {
      const paths = pathsOf(body);
      const target = paths[at % Math.max(1, paths.length)] ?? [name || "extra"];
      const parent = parentOf(body, target);
      if (!parent) continue;
      const key = target.at(-1)!;
      if (how === 0) delete parent[key];
      else if (how === 1) put(parent, `${name}_x`, value);
      else put(parent, key, value);
    }
    return { path, body: spliceRaw(body) };
  });

const deepOrBroken: fc.Arbitrary<Hostile> = fc.tuple(route, fc.nat()).chain(([path, cut]) => {
  const valid = JSON.stringify(full());
  return fc.constantFrom<Hostile>(
    { path, body: spliceRaw({ ...full(), extra: rawJson(nestedText(10_000)) }), faulty: "extra" },
    { path, body: spliceRaw({ ...full(), tools: rawJson(nestedText(10_000, "{")) }), faulty: "tools" },
    { path, body: nestedText(10_000) },
    { path, body: "[]" },
    { path, body: "null" },
    { path, body: '"x"' },
    { path, body: "" },
    { path, body: valid.slice(0, cut % valid.length) },
  );
});

const hostile = fc.oneof(
  { weight: 3, arbitrary: wrongField },
  { weight: 4, arbitrary: damaged },
  { weight: 1, arbitrary: deepOrBroken },
);

describe("the Anthropic ingress under hostile requests", () => {
  test("answers with 4xx in Anthropic's shape (naming the field) or a normal answer, never a 5xx", async () => {
    const t = await testGateway((request) =>
      request.stream ? stream(textChunks(["Hello", " there"])) : json(completion({ content: "Hello there" })),
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (h) => {
        const response = await t.post(h.path, h.body);
        const text = await response.text();
        const context = `${response.status} ${text.slice(0, 300)}`;
        expect(response.status, context).toBeLessThan(500);
        if (response.status >= 400) {
          const body = JSON.parse(text) as { type: string; error: { type: string; message: string } };
          expect(body.type, context).toBe("error");
          expect(typeof body.error.type, context).toBe("string");
          expect(typeof body.error.message, context).toBe("string");
        }
        if (h.faulty !== undefined) {
          expect(response.status, context).toBe(400);
          const message = (JSON.parse(text) as { error: { message: string } }).error.message;
          expect(message.startsWith(h.faulty) || message.includes(`'${h.faulty}'`), context).toBe(true);
        }
        if (response.status === 200 && (response.headers.get("content-type") ?? "").includes("event-stream"))
          expect(text, context).not.toMatch(/^event: error/m);
      }),
      { numRuns: Number(process.env.AIGW_HOSTILE_RUNS) || 800 },
    );
  }, 120_000);
});
