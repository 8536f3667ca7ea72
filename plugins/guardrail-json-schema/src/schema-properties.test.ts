// Properties over a tiny family of schemas: objects of a few typed properties (strings with
// length bounds, bounded integers, numbers, booleans, string enums, arrays of integers, one level
// of nested objects), some required. A value built to fit the schema validates; the same value
// with one required property removed fails, and the reason names that property.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileAnswerSchema } from "./compile.js";

type Schema = Record<string, unknown>;
type Shaped = { schema: Schema; value: fc.Arbitrary<unknown> };

const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);

/** A leaf schema with the arbitrary of the values it accepts. */
const leaf: fc.Arbitrary<Shaped> = fc.oneof(
  fc.tuple(fc.nat(5), fc.nat(10)).map(([min, extra]) => ({
    schema: { type: "string", minLength: min, maxLength: min + extra },
    value: fc.string({ minLength: min, maxLength: min + extra }),
  })),
  fc.tuple(fc.integer({ min: -100, max: 100 }), fc.nat(1000)).map(([min, span]) => ({
    schema: { type: "integer", minimum: min, maximum: min + span },
    value: fc.integer({ min, max: min + span }),
  })),
  fc.constant({ schema: { type: "number" }, value: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
  fc.constant({ schema: { type: "boolean" }, value: fc.boolean() }),
  fc.uniqueArray(fc.string({ maxLength: 5 }), { minLength: 1, maxLength: 4 }).map((values) => ({
    schema: { type: "string", enum: values },
    value: fc.constantFrom(...values),
  })),
  fc.nat(4).map((max) => ({
    schema: { type: "array", items: { type: "integer" }, maxItems: max },
    value: fc.array(fc.integer(), { maxLength: max }),
  })),
);

/** An object schema over `member` properties, some required, with the values it accepts. */
function objectOf(member: fc.Arbitrary<Shaped>): fc.Arbitrary<Shaped & { required: string[] }> {
  return fc
    .uniqueArray(fc.tuple(key, member, fc.boolean()), { minLength: 1, maxLength: 5, selector: ([k]) => k })
    .chain((members) =>
      fc.boolean().map((closed) => {
        const required = members.filter(([, , isRequired]) => isRequired).map(([k]) => k);
        const schema: Schema = {
          type: "object",
          properties: Object.fromEntries(members.map(([k, m]) => [k, m.schema])),
          required,
          additionalProperties: !closed,
        };
        const value = fc.record(Object.fromEntries(members.map(([k, m]) => [k, m.value])), {
          requiredKeys: required,
        });
        return { schema, value, required };
      }),
    );
}

const nested = objectOf(fc.oneof({ weight: 4, arbitrary: leaf }, { weight: 1, arbitrary: objectOf(leaf) }));

/** A schema with a value built from it. */
const schemaAndValue = nested.chain((shaped) => shaped.value.map((value) => ({ ...shaped, value })));

describe("answers built from a schema", () => {
  it("validate against it", () => {
    fc.assert(
      fc.property(schemaAndValue, ({ schema, value }) => {
        const check = compileAnswerSchema({ schema });
        const [verdict] = check.checkText(JSON.stringify(value));
        expect(verdict?.reason).toBe("the content: valid JSON matching the schema");
        expect(verdict?.verdict).toBe("pass");
      }),
      { numRuns: 150 },
    );
  });

  it("fail when a required property is removed, naming it", () => {
    const withRequired = schemaAndValue
      .filter(({ required }) => required.length > 0)
      .chain((case_) => fc.constantFrom(...case_.required).map((removed) => ({ ...case_, removed })));
    fc.assert(
      fc.property(withRequired, ({ schema, value, removed }) => {
        const without = { ...(value as Record<string, unknown>) };
        delete without[removed];
        const [verdict] = compileAnswerSchema({ schema }).checkText(JSON.stringify(without));
        expect(verdict?.verdict).toBe("fail");
        expect(verdict?.reason).toContain(`must have required property '${removed}'`);
      }),
      { numRuns: 150 },
    );
  });
});
