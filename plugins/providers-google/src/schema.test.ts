/** JSON Schema to Google's OpenAPI subset (request/schema.ts), case by case. */
import { describe, expect, test } from "vitest";
import { toGoogleParameters, toGoogleSchema } from "./request/schema.js";

describe("toGoogleSchema", () => {
  test("drops keywords Google rejects, keeps the supported ones", () => {
    expect(
      toGoogleSchema({
        $schema: "https://json-schema.org/draft/2020-12/schema",
        $id: "x",
        title: "T",
        description: "D",
        type: "object",
        additionalProperties: false,
        patternProperties: { "^x": { type: "string" } },
        minProperties: 1,
        properties: {
          n: { type: "number", minimum: 0, exclusiveMaximum: 10, format: "double", multipleOf: 2 },
          s: { type: "string", pattern: "^a", maxLength: 5, format: "email", examples: ["a@b"] },
          when: { type: "string", format: "date-time" },
          list: {
            type: "array",
            items: { type: "integer", format: "int64" },
            minItems: 1,
            uniqueItems: true,
          },
        },
      }),
    ).toEqual({
      title: "T",
      description: "D",
      type: "object",
      minProperties: 1,
      properties: {
        n: { type: "number", minimum: 0, format: "double" },
        s: { type: "string", pattern: "^a", maxLength: 5, example: "a@b" },
        when: { type: "string", format: "date-time" },
        list: { type: "array", items: { type: "integer", format: "int64" }, minItems: 1 },
      },
    });
  });

  test("nullable forms: type arrays, anyOf with null, enum with null", () => {
    expect(toGoogleSchema({ type: ["string", "null"] })).toEqual({ type: "string", nullable: true });
    expect(toGoogleSchema({ anyOf: [{ type: "integer" }, { type: "null" }], description: "d" })).toEqual({
      type: "integer",
      nullable: true,
      description: "d",
    });
    expect(toGoogleSchema({ type: ["string", "integer"] })).toEqual({
      anyOf: [{ type: "string" }, { type: "integer" }],
    });
  });

  test("oneOf becomes anyOf; allOf is merged", () => {
    expect(toGoogleSchema({ oneOf: [{ type: "string" }, { type: "number" }] })).toEqual({
      anyOf: [{ type: "string" }, { type: "number" }],
    });
    expect(
      toGoogleSchema({
        allOf: [
          { type: "object", properties: { a: { type: "string" } }, required: ["a"] },
          { properties: { b: { type: "number" } }, required: ["b"], description: "both" },
        ],
      }),
    ).toEqual({
      type: "object",
      properties: { a: { type: "string" }, b: { type: "number" } },
      required: ["a", "b"],
      description: "both",
    });
  });

  test("const and non-string enums become string enums", () => {
    expect(toGoogleSchema({ const: "fixed" })).toEqual({ type: "string", enum: ["fixed"] });
    expect(toGoogleSchema({ type: "integer", enum: [1, 2, 3] })).toEqual({
      type: "integer",
      format: "enum",
      enum: ["1", "2", "3"],
    });
  });

  test("local $refs are inlined; a recursive one is cut to a plain object", () => {
    const tree = {
      type: "object",
      properties: { root: { $ref: "#/definitions/Node" } },
      definitions: {
        Node: {
          type: "object",
          properties: {
            name: { type: "string" },
            children: { type: "array", items: { $ref: "#/definitions/Node" } },
          },
        },
      },
    };
    expect(toGoogleSchema(tree)).toEqual({
      type: "object",
      properties: {
        root: {
          type: "object",
          properties: {
            name: { type: "string" },
            children: { type: "array", items: { type: "object" } },
          },
        },
      },
    });
    expect(toGoogleSchema({ $ref: "https://elsewhere/schema.json", description: "remote" })).toEqual({
      type: "object",
      description: "remote",
    });
  });

  test("tuples become items with anyOf", () => {
    expect(toGoogleSchema({ type: "array", prefixItems: [{ type: "string" }, { type: "number" }] })).toEqual({
      type: "array",
      items: { anyOf: [{ type: "string" }, { type: "number" }] },
    });
  });
});

describe("toGoogleParameters", () => {
  test("a function without parameters sends none (Google refuses empty OBJECT properties)", () => {
    expect(toGoogleParameters({ type: "object", properties: {} })).toBeUndefined();
    expect(toGoogleParameters({ type: "object", additionalProperties: false })).toBeUndefined();
    expect(toGoogleParameters(undefined)).toBeUndefined();
    expect(toGoogleParameters({ type: "object", properties: { a: { type: "string" } } })).toEqual({
      type: "object",
      properties: { a: { type: "string" } },
    });
  });
});
