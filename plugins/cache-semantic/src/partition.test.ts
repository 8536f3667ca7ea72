/**
 * The partition's rules, as properties: any change to an answer-shaping parameter, the system
 * prompt, the tools, the model, the caller or the embedding model changes the partition; key
 * order, fields that do not shape the answer, and a null parameter do not.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { canonicalJson } from "./canonical.js";
import { NOT_ANSWER_SHAPING, type PartitionScope, partitionOf } from "./partition.js";

const SCOPE: PartitionScope = { turns: "last-user", embedding: { model: "e" } };

/** The answer-shaping parameters the brief names, with a generator of values for each. */
const SHAPING = {
  temperature: fc.double({ min: 0, max: 2, noNaN: true }),
  top_p: fc.double({ min: 0, max: 1, noNaN: true }),
  max_tokens: fc.integer({ min: 1, max: 4096 }),
  max_completion_tokens: fc.integer({ min: 1, max: 4096 }),
  n: fc.integer({ min: 1, max: 8 }),
  seed: fc.integer(),
  stop: fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 4 })),
  logit_bias: fc.dictionary(
    fc.integer({ min: 0, max: 100_000 }).map(String),
    fc.integer({ min: -100, max: 100 }),
  ),
  presence_penalty: fc.double({ min: -2, max: 2, noNaN: true }),
  frequency_penalty: fc.double({ min: -2, max: 2, noNaN: true }),
  response_format: fc.constantFrom({ type: "text" }, { type: "json_object" }),
  tool_choice: fc.constantFrom("none", "auto", "required", { type: "function", function: { name: "f" } }),
  tools: fc.array(
    fc.record({ type: fc.constant("function"), function: fc.record({ name: fc.string({ minLength: 1 }) }) }),
    { minLength: 1, maxLength: 3 },
  ),
  reasoning_effort: fc.constantFrom("low", "medium", "high"),
  logprobs: fc.boolean(),
  top_k: fc.integer({ min: 1, max: 100 }),
} as const;
type Shaping = keyof typeof SHAPING;
const SHAPING_KEYS = Object.keys(SHAPING) as Shaping[];

/** A chat body with a random subset of answer-shaping parameters and an optional system prompt. */
const chatBody = fc
  .record(
    {
      model: fc.constantFrom("gpt-a", "gpt-b"),
      system: fc.option(fc.string(), { nil: undefined }),
      user: fc.string({ minLength: 1 }),
      params: fc.record(SHAPING, { requiredKeys: [] }),
    },
    { requiredKeys: ["model", "user", "params"] },
  )
  .map(({ model, system, user, params }) => ({
    model,
    messages: [
      ...(system === undefined ? [] : [{ role: "system", content: system }]),
      { role: "user", content: user },
    ],
    ...params,
  }));

const part = (body: Record<string, unknown>, scope = SCOPE) => partitionOf("chat.completions", body, scope);

/** `value` with every object's keys in a shuffled order (same content). */
function shuffled(value: unknown, rnd: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffled(v, rnd));
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).sort(() => rnd() - 0.5);
  return Object.fromEntries(entries.map(([k, v]) => [k, shuffled(v, rnd)]));
}

describe("partition", () => {
  test("changing any answer-shaping parameter changes the partition", () => {
    fc.assert(
      fc.property(
        chatBody,
        fc.constantFrom(...SHAPING_KEYS).chain((key) => fc.tuple(fc.constant(key), SHAPING[key])),
        (body, [key, value]) => {
          const changed = { ...body, [key]: value };
          fc.pre(canonicalJson((body as Record<string, unknown>)[key]) !== canonicalJson(value));
          expect(part(changed)).not.toBe(part(body));
        },
      ),
    );
  });

  test("changing the system prompt changes the partition; last-user ignores earlier turns", () => {
    fc.assert(
      fc.property(chatBody, fc.string(), fc.string(), (body, system, earlier) => {
        const messages = body.messages as { role: string; content: string }[];
        const user = messages.at(-1)!;
        const withSystem = { ...body, messages: [{ role: "system", content: system }, user] };
        const otherSystem = { ...body, messages: [{ role: "system", content: `${system}!` }, user] };
        expect(part(withSystem)).not.toBe(part(otherSystem));
        // A developer message is an instruction too.
        const developer = { ...body, messages: [{ role: "developer", content: system }, user] };
        expect(part(developer)).not.toBe(part(withSystem));
        // Earlier user and assistant turns are not in the partition (the text decides).
        const longer = {
          ...withSystem,
          messages: [
            withSystem.messages[0],
            { role: "user", content: earlier },
            { role: "assistant", content: earlier },
            user,
          ],
        };
        expect(part(longer)).toBe(part(withSystem));
      }),
    );
  });

  test("key order, at any depth, does not change the partition", () => {
    fc.assert(
      fc.property(chatBody, fc.integer(), (body, seed) => {
        let state = seed;
        const rnd = () => {
          state = (state * 1103515245 + 12345) & 0x7fffffff;
          return state / 0x7fffffff;
        };
        expect(part(shuffled(body, rnd) as Record<string, unknown>)).toBe(part(body));
      }),
    );
  });

  test("fields that do not shape the answer, and null parameters, do not change it", () => {
    const ignored = [...NOT_ANSWER_SHAPING].filter((k) => k !== "messages" && k !== "prompt");
    fc.assert(
      fc.property(
        chatBody,
        fc.constantFrom(...ignored),
        fc.jsonValue(),
        fc.constantFrom(...SHAPING_KEYS),
        (body, key, value, nulled) => {
          expect(part({ ...body, [key]: value })).toBe(part(body));
          const without = { ...body } as Record<string, unknown>;
          delete without[nulled];
          expect(part({ ...without, [nulled]: null })).toBe(part(without));
        },
      ),
    );
  });

  test("the caller, the embedding model and its dimensions, and the turns mode each change it", () => {
    fc.assert(
      fc.property(chatBody, fc.string(), (body, key) => {
        const base = part(body);
        expect(part(body, { ...SCOPE, caller: `key:${key}` })).not.toBe(base);
        expect(part(body, { ...SCOPE, caller: `key:${key}` })).not.toBe(
          part(body, { ...SCOPE, caller: `team:${key}` }),
        );
        expect(part(body, { ...SCOPE, embedding: { model: "other" } })).not.toBe(base);
        expect(part(body, { ...SCOPE, embedding: { model: "e", dimensions: 256 } })).not.toBe(base);
        expect(part(body, { ...SCOPE, turns: "all" })).not.toBe(base);
      }),
    );
  });

  test("a chat and a completion with the same model never share a partition", () => {
    const body = { model: "m", temperature: 0 };
    expect(partitionOf("completions", body, SCOPE)).not.toBe(partitionOf("chat.completions", body, SCOPE));
  });

  test("it is a hex SHA-256", () => {
    expect(part({ model: "m", messages: [] })).toMatch(/^[0-9a-f]{64}$/);
  });
});
