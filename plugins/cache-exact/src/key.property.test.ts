// The canonical key, as properties: it does not change with key order, whitespace or the fields
// that cannot change an answer; two requests that differ in anything else (at any depth), or in
// endpoint, pipeline or partition, never share a key.
import { isDeepStrictEqual } from "node:util";
import type { HookContext, JsonObject, JsonValue, Principal } from "@aigw/plugin-api";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { IGNORED_FIELDS, RequestKeys } from "./key.js";

interface Subject {
  body: JsonValue;
  endpoint?: string;
  config?: string;
  principal?: Principal;
}

function keyOf(keys: RequestKeys, subject: Subject): string {
  const ctx = {
    request: { endpoint: subject.endpoint ?? "chat.completions", body: subject.body, headers: new Headers() },
    config: subject.config ?? "default",
    annotations: { principal: subject.principal },
  };
  return keys.key(ctx as unknown as HookContext);
}

const none = new RequestKeys({ partition: "none", vary: [] });

/** JSON as it arrives off the wire (no -0, no undefined). */
const json = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.parse(JSON.stringify(v)) as JsonValue);

/** Fields a chat request carries, answer-changing ones and the ignored ones. */
const FIELDS = [
  "model",
  "messages",
  "tools",
  "tool_choice",
  "temperature",
  "top_p",
  "n",
  "stop",
  "max_tokens",
  "max_completion_tokens",
  "seed",
  "response_format",
  "logprobs",
  "presence_penalty",
  "reasoning_effort",
  ...IGNORED_FIELDS,
];

const bodies = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 8 })), json, {
  maxKeys: 8,
}) as fc.Arbitrary<JsonObject>;

/** Sets an own member, even one named `__proto__` (which JSON.parse makes an ordinary member). */
function put(target: Record<string, JsonValue>, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The same value with every object's keys in another order. */
function shuffled(value: JsonValue, order: number[]): JsonValue {
  if (Array.isArray(value)) return value.map((v) => shuffled(v, order));
  if (value === null || typeof value !== "object") return value;
  const keys = Object.keys(value);
  const seed = order[keys.length % order.length] ?? 0;
  const rotated = keys.map((_, i) => keys[(i + seed) % keys.length]!).reverse();
  const out: JsonObject = {};
  for (const key of rotated) put(out, key, shuffled(value[key]!, order));
  return out;
}

/** JSON text with arbitrary insignificant whitespace between tokens. */
function spaced(value: JsonValue, gaps: string[]): string {
  let n = 0;
  const gap = () => gaps[n++ % gaps.length] ?? "";
  const write = (v: JsonValue): string => {
    if (Array.isArray(v))
      return `[${gap()}${v.map((item) => `${gap()}${write(item)}${gap()}`).join(",")}${gap()}]`;
    if (v !== null && typeof v === "object")
      return `{${gap()}${Object.entries(v)
        .map(([k, item]) => `${gap()}${JSON.stringify(k)}${gap()}:${gap()}${write(item)}${gap()}`)
        .join(",")}}`;
    return JSON.stringify(v);
  };
  return `${gap()}${write(value)}${gap()}`;
}

const whitespace = fc.array(fc.constantFrom("", " ", "\n", "\t", "\r\n", "   "), {
  minLength: 1,
  maxLength: 20,
});

/** A body without the ignored fields: what the key is meant to cover. */
function covered(body: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(body)) if (!IGNORED_FIELDS.has(k)) put(out, k, v);
  return out;
}

describe("the canonical key", () => {
  test("is the same whatever the key order and whitespace of the body", () => {
    fc.assert(
      fc.property(bodies, fc.array(fc.nat(7), { minLength: 1 }), whitespace, (body, order, gaps) => {
        const text = spaced(shuffled(body, order), gaps);
        expect(keyOf(none, { body: JSON.parse(text) as JsonValue })).toBe(keyOf(none, { body }));
      }),
      { numRuns: 300 },
    );
  });

  test("ignores the fields that cannot change the answer", () => {
    fc.assert(
      fc.property(bodies, fc.constantFrom(...IGNORED_FIELDS), json, (body, field, value) => {
        const changed = { ...body };
        put(changed, field, value);
        expect(keyOf(none, { body: changed })).toBe(keyOf(none, { body }));
      }),
      { numRuns: 200 },
    );
  });

  test("two bodies share a key exactly when they agree on every answer-changing field", () => {
    fc.assert(
      fc.property(bodies, bodies, (a, b) => {
        const same = isDeepStrictEqual(covered(a), covered(b));
        expect(keyOf(none, { body: a }) === keyOf(none, { body: b })).toBe(same);
      }),
      { numRuns: 300 },
    );
  });

  test("changing any answer-changing value, at any depth, changes the key", () => {
    /** Paths to every value inside a body (not under an ignored top-level field). */
    function paths(value: JsonValue, at: (string | number)[] = []): (string | number)[][] {
      const here = at.length > 0 ? [at] : [];
      if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...at, i]))];
      if (value !== null && typeof value === "object")
        return [
          ...here,
          ...Object.entries(value)
            .filter(([k]) => at.length > 0 || !IGNORED_FIELDS.has(k))
            .flatMap(([k, v]) => paths(v, [...at, k])),
        ];
      return here;
    }
    function replaced(value: JsonValue, path: (string | number)[], next: JsonValue): JsonValue {
      if (path.length === 0) return next;
      const [head, ...rest] = path;
      const copy = (Array.isArray(value) ? [...value] : { ...(value as JsonObject) }) as Record<
        string,
        JsonValue
      >;
      put(copy, head as string, replaced(copy[head as string]!, rest, next));
      return copy as JsonValue;
    }
    const get = (value: JsonValue, path: (string | number)[]): JsonValue =>
      path.reduce<JsonValue>((v, k) => (v as Record<string, JsonValue>)[k as string]!, value);
    fc.assert(
      fc.property(
        bodies.filter((b) => paths(b).length > 0),
        fc.nat(),
        json,
        (body, pick, next) => {
          const all = paths(body);
          const path = all[pick % all.length]!;
          fc.pre(!isDeepStrictEqual(get(body, path), next));
          expect(keyOf(none, { body: replaced(body, path, next) })).not.toBe(keyOf(none, { body }));
        },
      ),
      { numRuns: 300 },
    );
  });

  test("the endpoint, the pipeline and the partition are part of the key", () => {
    const byKey = new RequestKeys({ partition: "key", vary: [] });
    const byTeam = new RequestKeys({ partition: "team", vary: [] });
    fc.assert(
      fc.property(bodies, fc.string(), fc.string(), (body, a, b) => {
        fc.pre(a !== b);
        expect(keyOf(none, { body, endpoint: "completions" })).not.toBe(keyOf(none, { body }));
        expect(keyOf(none, { body, config: a })).not.toBe(keyOf(none, { body, config: b }));
        expect(keyOf(byKey, { body, principal: { keyId: a } })).not.toBe(
          keyOf(byKey, { body, principal: { keyId: b } }),
        );
        expect(keyOf(byKey, { body, principal: { keyId: a, team: "t" } })).toBe(
          keyOf(byKey, { body, principal: { keyId: a, team: "u" } }),
        );
        expect(keyOf(byTeam, { body, principal: { keyId: a, team: "t" } })).toBe(
          keyOf(byTeam, { body, principal: { keyId: b, team: "t" } }),
        );
        expect(keyOf(byTeam, { body, principal: { keyId: a, team: a } })).not.toBe(
          keyOf(byTeam, { body, principal: { keyId: a, team: b } }),
        );
        // Without a caller, every partition mode shares the anonymous one.
        expect(keyOf(byKey, { body })).toBe(keyOf(none, { body }));
      }),
      { numRuns: 100 },
    );
  });

  test("a body that holds something other than JSON cannot be keyed", () => {
    expect(() => keyOf(none, { body: { file: new Blob(["x"]) } as unknown as JsonValue })).toThrow(
      /no canonical form/,
    );
    expect(() => keyOf(none, { body: { n: Number.NaN } })).toThrow(/non-finite/);
  });
});

test("any two different strings, lone surrogates and all, give different keys; equal ones the same", () => {
  fc.assert(
    fc.property(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "binary" }),
      fc.string({ unit: "binary" }),
      (a, b, key) => {
        const of = (text: string) =>
          keyOf(none, { body: { model: "m", messages: [{ role: "user", content: text }], [key]: text } });
        expect(of(a) === of(b)).toBe(a === b);
      },
    ),
    { numRuns: 500 },
  );
  // Lone surrogates that UTF-8 would turn into the same replacement character stay apart.
  expect(keyOf(none, { body: { content: "\ud800" } })).not.toBe(keyOf(none, { body: { content: "\udbff" } }));
  expect(keyOf(none, { body: { content: "\ud800" } })).not.toBe(keyOf(none, { body: { content: "\ufffd" } }));
});

test("a member named __proto__ (an ordinary member once parsed) is keyed like any other", () => {
  const withIt = JSON.parse('{"model":"m","__proto__":{"a":1}}') as JsonValue;
  const reordered = JSON.parse('{"__proto__":{"a":1},"model":"m"}') as JsonValue;
  const other = JSON.parse('{"model":"m","__proto__":{"a":2}}') as JsonValue;
  expect(keyOf(none, { body: withIt })).toBe(keyOf(none, { body: reordered }));
  expect(keyOf(none, { body: withIt })).not.toBe(keyOf(none, { body: other }));
  expect(keyOf(none, { body: withIt })).not.toBe(keyOf(none, { body: { model: "m" } }));
});
