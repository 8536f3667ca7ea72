// Validator errors become config issues with a path a user can find and a message they can act on.
import { describe, expect, test } from "vitest";
import { issuesFrom } from "./issues.js";

describe("issuesFrom", () => {
  test("a field a schema's dependencies forbid names the field that excludes it", () => {
    const issues = issuesFrom(
      [
        {
          keyword: "false schema",
          instancePath: "/apiKey",
          schemaPath: "#/dependencies/credential/properties/apiKey/false schema",
          params: {},
          message: "boolean schema is false",
        },
        {
          keyword: "false schema",
          instancePath: "/extra",
          schemaPath: "#/properties/extra/false schema",
          params: {},
          message: "boolean schema is false",
        },
      ],
      "/pipeline/nodes/2/config",
      "openai",
    );
    expect(issues).toEqual([
      {
        path: "/pipeline/nodes/2/config/apiKey",
        node: "openai",
        message: 'cannot be set together with "credential"',
      },
      { path: "/pipeline/nodes/2/config/extra", node: "openai", message: "is not allowed here" },
    ]);
  });

  describe("a discriminated oneOf", () => {
    const schema = {
      properties: {
        rules: {
          items: {
            type: "object",
            discriminator: { propertyName: "kind" },
            oneOf: [
              { properties: { kind: { const: "a" } } },
              { $ref: "#/definitions/B" },
              { properties: { kind: { enum: ["c", "d"] } } },
            ],
          },
        },
      },
      definitions: { B: { properties: { kind: { const: "b" } } } },
    };
    const error = (tagValue: unknown, kind: "mapping" | "tag" = "mapping") => ({
      keyword: "discriminator",
      instancePath: "/rules/1",
      schemaPath: "#/properties/rules/items/discriminator",
      params: { error: kind, tag: "kind", tagValue },
      message: 'value of tag "kind" must be in oneOf',
    });

    test("an unknown tag value is one issue on the tag listing every value, $refs followed", () => {
      expect(issuesFrom([error("e")], "/c", "n", schema)).toEqual([
        { path: "/c/rules/1/kind", node: "n", message: 'must be one of ["a","b","c","d"]' },
      ]);
      expect(issuesFrom([error(7, "tag")], "", undefined, schema)).toEqual([
        { path: "/rules/1/kind", node: undefined, message: 'must be one of ["a","b","c","d"]' },
      ]);
    });

    test("a missing tag is one missing-field issue listing the values", () => {
      expect(issuesFrom([error(undefined, "tag")], "", undefined, schema)).toEqual([
        {
          path: "/rules/1",
          node: undefined,
          message: 'missing required field "kind" (one of ["a","b","c","d"])',
        },
      ]);
    });

    test("without the schema, or when the path does not lead to the oneOf, the issue still names the tag", () => {
      const expected = [
        { path: "/rules/1/kind", node: undefined, message: "must be one of the values its schema lists" },
      ];
      expect(issuesFrom([error("e")])).toEqual(expected);
      expect(
        issuesFrom(
          [{ ...error("e"), schemaPath: "#/definitions/Elsewhere/discriminator" }],
          "",
          undefined,
          schema,
        ),
      ).toEqual(expected);
    });
  });
});
