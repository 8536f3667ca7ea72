/**
 * Reading a service's answer: the two forms, the problems named by place, span clamping, and, as
 * properties, agreement with schema/wire.json (the published contract) on any answer, and spans
 * that always fall inside their part.
 */
import { readFileSync } from "node:fs";
import type { TextPart } from "@aigw/guardrail-kit";
import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseAnswer } from "./answer.js";

const parts: TextPart[] = [
  { text: "hello world", role: "user", path: "/messages/0/content" },
  { text: "second", role: "user", path: "/messages/1/content" },
];

const wire = JSON.parse(readFileSync(new URL("../schema/wire.json", import.meta.url), "utf8")) as object;
const ajv = new Ajv({ strict: true, allErrors: false });
ajv.addSchema(wire, "wire");
const validAnswer = ajv.getSchema("wire#/definitions/WebhookAnswer")!;
const validRequest = ajv.getSchema("wire#/definitions/WebhookRequest")!;

describe("parseAnswer", () => {
  test("the full form, with score and spans", () => {
    expect(
      parseAnswer(
        {
          verdicts: [
            { check: "pii", verdict: "fail", reason: "an email", score: 0.9, spans: [span(0, 6, 11)] },
            { check: "tone", verdict: "pass", reason: "fine", extra: "ignored" },
          ],
          model: "ignored too",
        },
        parts,
      ),
    ).toEqual({
      ok: true,
      verdicts: [
        { check: "pii", verdict: "fail", reason: "an email", score: 0.9, spans: [span(0, 6, 11)] },
        { check: "tone", verdict: "pass", reason: "fine", score: undefined, spans: undefined },
      ],
    });
  });

  test("an empty verdict list is an answer with nothing to say", () => {
    expect(parseAnswer({ verdicts: [] }, parts)).toEqual({ ok: true, verdicts: [] });
  });

  test("the short form, with and without a reason", () => {
    expect(parseAnswer({ verdict: "fail", reason: "no", score: 1 }, parts)).toEqual({
      ok: true,
      verdicts: [{ check: "webhook", verdict: "fail", reason: "no", score: 1 }],
    });
    expect(parseAnswer({ verdict: "pass" }, parts)).toMatchObject({
      ok: true,
      verdicts: [{ check: "webhook", verdict: "pass", reason: "passed by the webhook" }],
    });
    expect(parseAnswer({ verdict: "fail" }, parts)).toMatchObject({
      verdicts: [{ reason: "failed by the webhook" }],
    });
  });

  test("verdicts wins over verdict when both are there", () => {
    expect(parseAnswer({ verdicts: [], verdict: "fail" }, parts)).toEqual({ ok: true, verdicts: [] });
  });

  test("spans are clamped to the part's text; one left empty is dropped, and so is the list", () => {
    const answer = (spans: unknown[]) => ({
      verdicts: [{ check: "c", verdict: "fail", reason: "r", spans }],
    });
    expect(parseAnswer(answer([span(1, 2, 99)]), parts)).toMatchObject({
      verdicts: [{ spans: [span(1, 2, 6)] }],
    });
    expect(parseAnswer(answer([span(1, 6, 9), span(0, 5, 5), span(0, 4, 2)]), parts)).toMatchObject({
      verdicts: [{ spans: undefined }],
    });
  });

  test.each([
    ["not an object", ["pass"], "the answer must be a JSON object"],
    ["neither form", { ok: true }, "the answer has neither verdicts nor verdict"],
    ["verdicts not a list", { verdicts: {} }, "verdicts must be an array"],
    ["a bad verdict value", { verdicts: [{ check: "c", verdict: "ok", reason: "" }] }, "verdicts[0].verdict"],
    ["a missing reason", { verdicts: [{ check: "c", verdict: "pass" }] }, "verdicts[0].reason"],
    ["an empty check name", { verdicts: [{ check: "", verdict: "pass", reason: "" }] }, "verdicts[0].check"],
    ["a score that is not a number", { verdict: "pass", score: "high" }, "score must be a number"],
    [
      "a span on a part not sent",
      { verdicts: [{ check: "c", verdict: "fail", reason: "r", spans: [span(2, 0, 1)] }] },
      "verdicts[0].spans[0].part names no part that was sent",
    ],
    [
      "a fractional offset",
      { verdicts: [{ check: "c", verdict: "fail", reason: "r", spans: [span(0, 0.5, 1)] }] },
      "verdicts[0].spans[0].start",
    ],
    [
      "a span without a label",
      { verdicts: [{ check: "c", verdict: "fail", reason: "r", spans: [{ part: 0, start: 0, end: 1 }] }] },
      "verdicts[0].spans[0].label",
    ],
  ])("%s is malformed, said by place", (_name, answer, problem) => {
    const parsed = parseAnswer(answer, parts);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(problem);
  });

  test("a problem never repeats a value from the answer", () => {
    const parsed = parseAnswer({ verdicts: [{ check: "c", verdict: "hello world", reason: "r" }] }, parts);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).not.toContain("hello world");
  });
});

function span(part: number, start: number, end: number, label = "x") {
  return { part, start, end, label };
}

/** Answers near the contract: mostly well-formed, with any field possibly replaced or missing. */
const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -3, max: 40 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 3 }),
  fc.constantFrom("pass", "fail"),
);
const maybe = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 15, arbitrary: value }, { weight: 1, arbitrary: anyValue });
/** Short strings, and strings around the length limit, counted in code points (some astral). */
const text = (min: number, max: number) =>
  fc.oneof(
    fc.string({ minLength: Math.max(0, min - 1), maxLength: 4 }),
    fc.string({ unit: fc.constantFrom("a", "\u{1F600}"), minLength: max - 1, maxLength: max + 1 }),
  );
const spanArb = fc.record({
  part: maybe(fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 1 }) }, fc.constant(2))),
  start: maybe(fc.integer({ min: 0, max: 15 })),
  end: maybe(fc.integer({ min: 0, max: 15 })),
  label: maybe(text(1, 64)),
});
const verdictArb = fc.record(
  {
    check: maybe(text(1, 128)),
    verdict: maybe(fc.constantFrom("pass", "fail")),
    reason: maybe(text(0, 1024)),
    score: maybe(fc.double({ noNaN: true, noDefaultInfinity: true })),
    spans: maybe(fc.array(spanArb, { maxLength: 3 })),
  },
  { requiredKeys: ["check", "verdict", "reason"] },
);
const answerArb = fc.oneof(
  fc.record({ verdicts: maybe(fc.array(verdictArb, { maxLength: 3 })) }, { requiredKeys: [] }),
  fc.record(
    {
      verdict: maybe(fc.constantFrom("pass", "fail")),
      reason: maybe(text(0, 1024)),
      score: maybe(fc.double({ noNaN: true, noDefaultInfinity: true })),
    },
    { requiredKeys: [] },
  ),
  anyValue,
);

/** What JSON would carry: undefined fields gone, as after a round trip. */
const asJson = (value: unknown): unknown =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value));

/** Whether every span names one of the parts sent (the one rule schema/wire.json cannot state). */
function partsInRange(answer: unknown, count: number): boolean {
  const verdicts = (answer as { verdicts?: { spans?: { part?: unknown }[] }[] }).verdicts ?? [];
  return verdicts.every((v) => (v.spans ?? []).every((s) => typeof s.part !== "number" || s.part < count));
}

describe("properties", () => {
  test("an answer is accepted exactly when schema/wire.json accepts it and its spans name parts sent", () => {
    fc.assert(
      fc.property(answerArb, (raw) => {
        const answer = asJson(raw);
        if (answer === undefined) return;
        const parsed = parseAnswer(answer, parts);
        const expected = validAnswer(answer) && partsInRange(answer, parts.length);
        expect(parsed.ok).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  test("every span kept lies inside its part, is not empty, and keeps its label", () => {
    const partsArb = fc.array(
      fc.record({ text: fc.string({ maxLength: 20 }), role: fc.constant("user"), path: fc.constant("") }),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(partsArb, fc.array(spanArb, { maxLength: 6 }), (sent, spans) => {
        const parsed = parseAnswer(
          asJson({ verdicts: [{ check: "c", verdict: "fail", reason: "", spans }] }),
          sent,
        );
        if (!parsed.ok) return;
        for (const s of parsed.verdicts[0]!.spans ?? []) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.start).toBeLessThan(s.end);
          expect(s.end).toBeLessThanOrEqual(sent[s.part]!.text.length);
          expect(s.label.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe("schema/wire.json", () => {
  test("describes what the gateway sends", () => {
    expect(
      validRequest({
        side: "input",
        parts: [{ text: "hi", role: "user", path: "/messages/0/content" }],
        model: "m",
        endpoint: "chat.completions",
        requestId: "r1",
        principal: { keyId: "k" },
      }),
    ).toBe(true);
    expect(validRequest({ side: "sideways", parts: [] })).toBe(false);
  });
});
