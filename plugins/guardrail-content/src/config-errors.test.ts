/**
 * What a user sees at boot for a wrong rule: only the errors of the rule kind its `type` names,
 * and for an unknown or missing `type`, one error listing the valid types.
 */
import { ConfigError } from "@aigw/engine";
import { echoGateway } from "@aigw/guardrail-kit/testing";
import type { Plugin } from "@aigw/plugin-api";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { configSchema } from "./config-schema.gen.js";
import content from "./index.js";

const RULE = "/pipeline/nodes/0/config/rules/0";
const TYPES = '["regex","contains","notContains","length","models","params","words"]';

/** The boot errors of a content node with these rules, as `path: message` lines. */
async function bootErrors(rules: unknown[]): Promise<string[]> {
  try {
    const t = await echoGateway({
      plugins: [content as Plugin<never>],
      nodes: [{ id: "content", plugin: "guardrail-content", config: { rules } }],
    });
    await t.gateway.close();
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
  }
}

describe("a wrong content rule", () => {
  test("gets only the errors of the kind its type names", async () => {
    expect(await bootErrors([{ type: "regex", name: "a", pattern: "x", flags: "g" }])).toEqual([
      `${RULE}/flags: must match pattern "^[imsuv]*$"`,
    ]);
    expect(await bootErrors([{ type: "models", name: "m", allow: ["gpt-*"], pattern: "x" }])).toEqual([
      `${RULE}/pattern: unknown field "pattern"`,
    ]);
  });

  test("an unknown, missing or non-string type is one error listing the valid types", async () => {
    expect(await bootErrors([{ type: "lenght", name: "a", unit: "chars", max: 3 }])).toEqual([
      `${RULE}/type: must be one of ${TYPES}`,
    ]);
    expect(await bootErrors([{ name: "a", pattern: "x" }])).toEqual([
      `${RULE}: missing required field "type" (one of ${TYPES})`,
    ]);
    expect(await bootErrors([{ type: 3, name: "a" }])).toEqual([`${RULE}/type: must be one of ${TYPES}`]);
    expect(await bootErrors(["regex"])).toEqual([`${RULE}: must be object`]);
  });
});

// A valid rule of each kind with every optional field set, so that any field can be corrupted.
const VALID: Record<string, Record<string, unknown>> = {
  regex: { type: "regex", name: "r", roles: ["user"], pattern: "a+", flags: "i", mustMatch: false },
  contains: {
    type: "contains",
    name: "c",
    roles: ["user"],
    values: ["x"],
    caseSensitive: false,
    wholeWord: true,
    match: "all",
  },
  notContains: { type: "notContains", name: "n", values: ["x"], caseSensitive: true, wholeWord: false },
  length: {
    type: "length",
    name: "l",
    roles: ["user"],
    unit: "tokens",
    min: 1,
    max: 10,
    scope: "part",
    encoding: "o200k_base",
  },
  models: { type: "models", name: "m", allow: ["gpt-*"], deny: ["gpt-3*"] },
  params: {
    type: "params",
    name: "p",
    ranges: { temperature: { max: 1 } },
    values: { reasoning_effort: ["low"] },
    forbidden: ["logit_bias"],
    required: ["max_tokens"],
  },
  words: { type: "words", name: "w", roles: ["user"], categories: { rivals: ["acme"] }, caseSensitive: true },
};

type Branch = { properties: Record<string, { type?: string | string[]; $ref?: string }>; required: string[] };
const branches = configSchema.properties.rules.items.oneOf as unknown as Branch[];
const branchOf = (type: string) =>
  branches.find((b) => {
    const tag = b.properties.type as { const?: string; enum?: string[] };
    return tag.const === type || tag.enum?.includes(type);
  })!;
const allFields = [...new Set(branches.flatMap((b) => Object.keys(b.properties)))];

/** A value of a JSON type the field's schema does not allow. */
const SAMPLES: Record<string, unknown> = {
  string: "x",
  number: 1.5,
  boolean: true,
  array: ["x"],
  object: { a: 1 },
};
function wrongValues(type: string, field: string): unknown[] {
  const prop = branchOf(type).properties[field]!;
  // A `$ref` here is the Roles list; 1.5 is a wrong value for an integer field too.
  const allowed = new Set([prop.type ?? "array"].flat());
  return [
    null,
    ...Object.entries(SAMPLES)
      .filter(([t]) => !allowed.has(t))
      .map(([, v]) => v),
  ];
}

/** One corruption of one field of a valid rule, and the field it is about. */
const corrupted = fc.constantFrom(...Object.keys(VALID)).chain((type) => {
  const valid = VALID[type]!;
  const fields = Object.keys(valid).filter((f) => f !== "type");
  const required = branchOf(type).required.filter((f) => f !== "type");
  const strangers = [...allFields.filter((f) => !(f in branchOf(type).properties)), "colour"];
  return fc.oneof(
    fc
      .constantFrom(...fields)
      .chain((field) =>
        fc
          .constantFrom(...wrongValues(type, field))
          .map((value) => ({ rule: { ...valid, [field]: value }, field })),
      ),
    fc.constantFrom(...required).map((field) => {
      const { [field]: _dropped, ...rest } = valid;
      return { rule: rest, field };
    }),
    fc.constantFrom(...strangers).map((field) => ({ rule: { ...valid, [field]: 1 }, field })),
  );
});

test("a valid rule with one field corrupted gets errors about that field only", async () => {
  for (const rule of Object.values(VALID)) expect(await bootErrors([rule])).toEqual([]);
  await fc.assert(
    fc.asyncProperty(corrupted, async ({ rule, field }) => {
      const errors = await bootErrors([rule]);
      expect(errors.length).toBeGreaterThan(0);
      for (const line of errors) {
        const aboutField =
          line.startsWith(`${RULE}/${field}: `) ||
          line.startsWith(`${RULE}/${field}/`) ||
          line === `${RULE}: missing required field "${field}"`;
        expect(aboutField, `${JSON.stringify(rule)}: ${line}`).toBe(true);
      }
    }),
    { numRuns: 60 },
  );
});
